import "server-only";
import { cache } from "react";
import { publishedWhere } from "@/lib/articles/visibility";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";

export type CategorySummary = { id: string; slug: string; name: string; description: string };
export type TagSummary = { id: string; slug: string; name: string };

export const getCategoryBySlug = cache(
  (slug: string): Promise<CategorySummary | null> =>
    db.category.findUnique({ where: { slug }, select: { id: true, slug: true, name: true, description: true } }),
);

export const getTagBySlug = cache(
  (slug: string): Promise<TagSummary | null> =>
    db.tag.findUnique({ where: { slug }, select: { id: true, slug: true, name: true } }),
);

/** Categories that have at least one published article, for the site navigation. */
export const listNavigationCategories = cache(
  (): Promise<{ slug: string; name: string }[]> =>
    db.category.findMany({
      where: { articles: { some: publishedWhere() } },
      select: { slug: true, name: true },
      orderBy: { name: "asc" },
    }),
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
