import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { readerEditionId } from "@/lib/editions/owner";

export type CategorySummary = { id: string; slug: string; name: string; description: string };
export type TagSummary = { id: string; slug: string; name: string };

export const getCategoryBySlug = readerQuery(
  "category",
  async (slug: string): Promise<CategorySummary | null> =>
    db.category.findUnique({ where: { editionId_slug: { editionId: await readerEditionId(), slug } }, select: { id: true, slug: true, name: true, description: true } }),
  (slug) => [cacheTags.category(slug)],
);

export const getTagBySlug = readerQuery(
  "tag",
  async (slug: string): Promise<TagSummary | null> =>
    db.tag.findUnique({ where: { editionId_slug: { editionId: await readerEditionId(), slug } }, select: { id: true, slug: true, name: true } }),
  (slug) => [cacheTags.tag(slug)],
);

/**
 * Every section, for the masthead on every reader page. Sections are editorial, as a WordPress menu
 * is: an empty one is listed too (its page says so). Only section changes expire it, so publishing an
 * article does not expire every page on the site (docs/decisions/011-caching-reader-pages.md).
 */
export const listNavigationCategories = readerQuery(
  "categories:navigation",
  async (): Promise<{ slug: string; name: string }[]> =>
    db.category.findMany({ where: { editionId: await readerEditionId() }, select: { slug: true, name: true }, orderBy: { name: "asc" } }),
  () => [cacheTags.categories()],
);

/** Every category and tag with its article count, for the dashboard. */
export async function listTermsForDashboard() {
  await requirePermission("taxonomy:manage");
  const [categories, tags] = await Promise.all([
    db.category.findMany({ select: { id: true, name: true, _count: { select: { articles: true } } }, orderBy: { name: "asc" } }),
    db.tag.findMany({ select: { id: true, name: true, _count: { select: { articles: true } } }, orderBy: { name: "asc" } }),
  ]);
  const rows = (list: typeof categories) => list.map((term) => ({ id: term.id, name: term.name, count: term._count.articles }));
  return { categories: rows(categories), tags: rows(tags) };
}
