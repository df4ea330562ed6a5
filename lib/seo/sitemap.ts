import "server-only";
import { articleLastModified } from "@/lib/articles/last-modified";
import { publishedWhere } from "@/lib/articles/visibility";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db, type Prisma } from "@/lib/db";
import { languageAlternates } from "@/lib/editions/alternates";
import { articlePartCount, articlePartWindow } from "@/lib/seo/sitemap-xml";

// Every sitemap lists published articles or pages that exist because of them: any article write
// expires them all (the `articles` tag), like every other list.
const sitemapTags = () => [cacheTags.articleLists()];

// Oldest first, the id breaking ties: parts keep their articles as new ones are published.
const oldestFirst = [{ publishedAt: "asc" }, { id: "asc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/**
 * How many article parts the sitemap index names. Only a count: a last change per part would scan
 * every part (over a second at 100,000 articles on SQLite), and each address has its own lastmod.
 */
export const countSitemapArticleParts = readerQuery(
  "sitemap:parts",
  async (editionId: string) => articlePartCount(await db.article.count({ where: { AND: [publishedWhere(new Date()), { editionId }] } })),
  sitemapTags,
);

/** Part `part` of an edition's published articles (SITEMAP_PART_SIZE of them, oldest first). */
export const listSitemapArticles = readerQuery("sitemap:articles", loadSitemapArticles, sitemapTags);

async function loadSitemapArticles(editionId: string, part: number) {
  const now = new Date();
  const articles = await db.article.findMany({ where: { AND: [publishedWhere(now), { editionId }] }, select: { slug: true, publishedAt: true, editedAt: true, translationGroup: true }, orderBy: oldestFirst, ...articlePartWindow(part) });
  // Every published version of the part's translated stories, in one query: their hreflang links.
  const groups = [...new Set(articles.flatMap((article) => (article.translationGroup ? [article.translationGroup] : [])))];
  const versions = groups.length
    ? await db.article.findMany({
        where: { AND: [publishedWhere(now), { translationGroup: { in: groups } }] },
        select: { slug: true, translationGroup: true, edition: { select: { language: true, path: true, isDefault: true } } },
      })
    : [];
  const byGroup = new Map<string, typeof versions>();
  for (const version of versions) byGroup.set(version.translationGroup!, [...(byGroup.get(version.translationGroup!) ?? []), version]);
  return articles.map((article) => ({
    slug: article.slug,
    lastModified: articleLastModified({ publishedAt: article.publishedAt!, editedAt: article.editedAt }),
    alternates: article.translationGroup ? languageAlternates((byGroup.get(article.translationGroup) ?? []).map(({ slug, edition }) => ({ slug, ...edition })), (slug) => `/articles/${slug}`) : undefined,
  }));
}

/** An edition's own pages: the newest publication (the home page's change), and the authors, categories and tags that have a published article. */
export const listSitemapPages = readerQuery("sitemap:pages", loadSitemapPages, sitemapTags);

async function loadSitemapPages(editionId: string) {
  const published = { AND: [publishedWhere(new Date()), { editionId }] };
  const [newest, authors, categories, tags, newestCorrection] = await Promise.all([
    db.article.aggregate({ where: published, _max: { publishedAt: true } }),
    db.author.findMany({ where: { bylines: { some: { article: published } } }, select: { handle: true }, orderBy: { handle: "asc" } }),
    db.category.findMany({ where: { articles: { some: published } }, select: { slug: true }, orderBy: { slug: "asc" } }),
    db.tag.findMany({ where: { articles: { some: { article: published } } }, select: { slug: true }, orderBy: { slug: "asc" } }),
    db.articleCorrection.findFirst({ where: { article: published }, select: { createdAt: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] }),
  ]);
  return { homeLastModified: newest._max.publishedAt, authors, categories, tags, correctionsLastModified: newestCorrection?.createdAt ?? null };
}

/** An edition's articles published in the last 48 hours, for the Google News sitemap. */
export const listNewsSitemapArticles = readerQuery("news-sitemap", loadNewsSitemapArticles, sitemapTags);

async function loadNewsSitemapArticles(editionId: string) {
  const now = new Date();
  const articles = await db.article.findMany({
    where: { AND: [publishedWhere(now), { editionId }, { publishedAt: { gte: new Date(now.getTime() - 48 * 60 * 60 * 1000) } }] },
    select: { slug: true, title: true, publishedAt: true, editedAt: true },
    orderBy: { publishedAt: "desc" },
    take: 1000,
  });
  return articles.map((article) => ({ slug: article.slug, title: article.title, publishedAt: article.publishedAt!, lastModified: articleLastModified({ publishedAt: article.publishedAt!, editedAt: article.editedAt }) }));
}
