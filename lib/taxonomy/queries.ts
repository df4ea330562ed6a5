import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";

export type CategorySummary = { id: string; slug: string; name: string; description: string };
export type TagSummary = { id: string; slug: string; name: string };

export const getCategoryBySlug = readerQuery(
  "category",
  async (editionId: string, slug: string): Promise<CategorySummary | null> =>
    db.category.findUnique({ where: { editionId_slug: { editionId, slug } }, select: { id: true, slug: true, name: true, description: true } }),
  (_editionId, slug) => [cacheTags.category(slug)],
);

export const getTagBySlug = readerQuery(
  "tag",
  async (editionId: string, slug: string): Promise<TagSummary | null> =>
    db.tag.findUnique({ where: { editionId_slug: { editionId, slug } }, select: { id: true, slug: true, name: true } }),
  (_editionId, slug) => [cacheTags.tag(slug)],
);

/**
 * Every section of an edition, for the masthead on every reader page. Sections are editorial, as a WordPress menu
 * is: an empty one is listed too (its page says so). Only section changes expire it, so publishing an
 * article does not expire every page on the site (docs/decisions/011-caching-reader-pages.md).
 */
export const listNavigationCategories = readerQuery(
  "categories:navigation",
  async (editionId: string): Promise<{ slug: string; name: string }[]> =>
    db.category.findMany({ where: { editionId }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  () => [cacheTags.categories()],
);

/** Every category and tag of an edition with its article count, for the dashboard. */
export async function listTermsForDashboard(editionId: string) {
  await requirePermission("taxonomy:manage");
  const [categories, tags] = await Promise.all([
    db.category.findMany({ where: { editionId }, select: { id: true, name: true, _count: { select: { articles: true } } }, orderBy: { name: "asc" } }),
    db.tag.findMany({ where: { editionId }, select: { id: true, name: true, _count: { select: { articles: true } } }, orderBy: { name: "asc" } }),
  ]);
  const rows = (list: typeof categories) => list.map((term) => ({ id: term.id, name: term.name, count: term._count.articles }));
  return { categories: rows(categories), tags: rows(tags) };
}
