import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Prisma } from "@/lib/db";

/** What canEditArticle needs of an article: the logins behind its bylines. */
export type ArticleBylineOwners = { bylines: { author: { userId: string | null } }[] };

/** Select this to call canEditArticle. */
export const bylineOwnersSelect = { bylines: { select: { author: { select: { userId: true } } } } } satisfies Prisma.ArticleSelect;

/**
 * Articles this user may see and edit in the dashboard: all for editors; for authors, those on which
 * they have a byline (co-authors included).
 */
export function editableArticlesWhere(user: Pick<SessionUser, "id" | "role">): Prisma.ArticleWhereInput {
  if (can(user.role, "article:edit:any")) return {};
  if (can(user.role, "article:edit:own")) return { bylines: { some: { author: { userId: user.id } } } };
  return { id: "__none__" };
}

export function canEditArticle(user: Pick<SessionUser, "id" | "role">, article: ArticleBylineOwners): boolean {
  return (
    can(user.role, "article:edit:any") ||
    (can(user.role, "article:edit:own") && article.bylines.some((byline) => byline.author.userId !== null && byline.author.userId === user.id))
  );
}
