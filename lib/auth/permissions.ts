// Who may do what, as named permissions in one place. Every server action and dashboard query asks
// here (through requirePermission in lib/auth/session.ts); hiding a button is never the check.
import type { Role } from "@/lib/db";

export const PERMISSIONS = {
  "article:create": ["ADMIN", "EDITOR", "AUTHOR"],
  "article:edit:own": ["ADMIN", "EDITOR", "AUTHOR"],
  "article:edit:any": ["ADMIN", "EDITOR"],
  "article:publish": ["ADMIN", "EDITOR"],
  /** Delete an article for good, with its replies, revisions and corrections (Archive keeps them). */
  "article:delete": ["ADMIN", "EDITOR"],
  "taxonomy:manage": ["ADMIN", "EDITOR"],
  /** Arrange the front page and post the breaking-news banner (docs/decisions/039-front-page.md). */
  "frontpage:arrange": ["ADMIN", "EDITOR"],
  /** Choose and order the header and footer menus. */
  "menus:manage": ["ADMIN", "EDITOR"],
  /** Write the site's own pages (About, Contact, Corrections policy, Terms). */
  "pages:manage": ["ADMIN", "EDITOR"],
  /** Upload to the media library, describe images, use them in articles. */
  "media:upload": ["ADMIN", "EDITOR", "AUTHOR"],
  /** Change the words of an image someone else uploaded. */
  "media:edit:any": ["ADMIN", "EDITOR"],
  "media:delete": ["ADMIN", "EDITOR"],
  /**
   * Add a translation of a story to another edition: a draft carrying the source's bylines, which
   * only those who choose any article's bylines may do (docs/decisions/055-translations.md).
   */
  "article:translate": ["ADMIN", "EDITOR"],
  /** Add corrections and updates to published articles. */
  "article:correct": ["ADMIN", "EDITOR"],
  "reply:moderate": ["ADMIN", "EDITOR", "MODERATOR"],
  "user:manage": ["ADMIN"],
  "settings:manage": ["ADMIN"],
  /** Import a WordPress export from the dashboard (docs/decisions/023-wordpress-import.md). */
  "site:import": ["ADMIN"],
  /** Live coverage: post, edit, delete and pin updates, end and resume coverage. */
  "live:post:own": ["ADMIN", "EDITOR", "AUTHOR"],
  "live:post:any": ["ADMIN", "EDITOR"],
  "dashboard:view": ["ADMIN", "EDITOR", "AUTHOR", "MODERATOR"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: Role | null | undefined, permission: Permission): boolean {
  return role != null && (PERMISSIONS[permission] as readonly Role[]).includes(role);
}
