// An article's slug (its address, /articles/<slug>): the one rule for the editor's save
// (./mutations.ts) and the import (./import.ts). No "server-only": the command line imports articles.
import { uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";

/** Whether another article (not `exceptId`) of the edition has this slug. Slugs are unique per edition. */
export async function articleSlugTaken(slug: string, editionId: string, exceptId?: string | null): Promise<boolean> {
  return (await db.article.count({ where: { slug, editionId, ...(exceptId ? { id: { not: exceptId } } : {}) } })) > 0;
}

/** The first free slug of the edition made from `wanted` (a title, an old address): `wanted`, `wanted-2`, … */
export function uniqueArticleSlug(wanted: string, editionId: string, exceptId?: string | null): Promise<string> {
  return uniqueSlug(wanted, (candidate) => articleSlugTaken(candidate, editionId, exceptId));
}
