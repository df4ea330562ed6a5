import "server-only";
import { publishedWhere } from "@/lib/articles/visibility";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";

/** Every public URL with its last change: published articles, and the authors, categories and tags that have one. */
export const listSitemapEntries = readerQuery("sitemap", loadSitemapEntries, () => [cacheTags.articleLists()]);

async function loadSitemapEntries() {
  const now = new Date();
  const published = publishedWhere(now);
  const [articles, authors, categories, tags] = await Promise.all([
    db.article.findMany({ where: published, select: { slug: true, publishedAt: true, editedAt: true }, orderBy: { publishedAt: "desc" } }),
    db.author.findMany({ where: { articles: { some: published } }, select: { handle: true, updatedAt: true } }),
    db.category.findMany({ where: { articles: { some: published } }, select: { slug: true } }),
    db.tag.findMany({ where: { articles: { some: { article: published } } }, select: { slug: true } }),
  ]);
  return { articles, authors, categories, tags };
}

/** Articles published in the last 48 hours, for the Google News sitemap. */
export const listNewsSitemapArticles = readerQuery("news-sitemap", loadNewsSitemapArticles, () => [cacheTags.articleLists()]);

async function loadNewsSitemapArticles() {
  const now = new Date();
  return db.article.findMany({
    where: { AND: [publishedWhere(now), { publishedAt: { gte: new Date(now.getTime() - 48 * 60 * 60 * 1000) } }] },
    select: { slug: true, title: true, publishedAt: true },
    orderBy: { publishedAt: "desc" },
    take: 1000,
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);
}
