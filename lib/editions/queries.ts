import "server-only";
// Reads of the site's editions for the dashboard, from the database; reader code reads the in-process
// list (./registry.ts) or a query tagged `editions`.
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { DESK_EDITION_ORDER, editionSelect, type RegisteredEdition } from "./registry";

export type { RegisteredEdition as Edition } from "./registry";

/** Every edition, default first then in order, for Settings → Editions. */
export async function listEditionsForSettings(): Promise<RegisteredEdition[]> {
  await requirePermission("settings:manage");
  return db.edition.findMany({ select: editionSelect, orderBy: [...DESK_EDITION_ORDER], take: 100 });
}

export type DeskEdition = { id: string; name: string; path: string; isDefault: boolean; language: string; direction: "LTR" | "RTL" };

/**
 * The edition a desk (sections and tags, the front page, menus, pages) works on: `?edition=<id>`, or
 * the default when none or an unknown one is asked for; with every edition, default first, to switch.
 */
export async function deskEditions(requested: string | undefined): Promise<{ current: DeskEdition; editions: DeskEdition[] }> {
  const editions = await db.edition.findMany({ select: { id: true, name: true, path: true, isDefault: true, language: true, direction: true }, orderBy: [...DESK_EDITION_ORDER], take: 100 });
  // The migration makes the first edition and the editions' mutation never deletes the default.
  const current = editions.find((edition) => edition.id === requested) ?? editions[0]!;
  return { current, editions };
}
