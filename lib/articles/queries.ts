import "server-only";
import { cache } from "react";
import { publishedWhere } from "@/lib/articles/visibility";
import { getAuthorById, type AuthorProfile } from "@/lib/authors/queries";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import type { BodyDocument } from "@/lib/content/document";
import { readStoredBody } from "@/lib/content/stored-body";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { readingTimeMinutes } from "@/lib/content/reading-time";
import { editableArticlesWhere } from "@/lib/articles/permissions";
import { bylineArticleSql } from "@/lib/articles/byline-sql";
import { db, type ArticleStatus, type Prisma, type Role } from "@/lib/db";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";

// What a list of articles shows: never whole rows.
export const articleCardSelect = {
  id: true,
  slug: true,
  title: true,
  standfirst: true,
  publishedAt: true,
  author: { select: { handle: true, displayName: true } },
  bylines: { select: { author: { select: { handle: true, displayName: true } } }, orderBy: { position: "asc" } },
  category: { select: { slug: true, name: true } },
  // The card's picture (front page, section and topic lists): the media library's copies, public.
  heroImageUrl: true,
  heroImageAlt: true,
} satisfies Prisma.ArticleSelect;

export type ArticleCard = Prisma.ArticleGetPayload<{ select: typeof articleCardSelect }> & { publishedAt: Date };

export type ArticlePage = { articles: ArticleCard[]; page: PageInfo };

// Newest first; the id breaks ties so pages never overlap or skip.
const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

async function listPublished(filter: Prisma.ArticleWhereInput, page: number): Promise<ArticlePage> {
  const where = { AND: [publishedWhere(), filter] };
  const window = pageWindow(page, env.PAGE_SIZE);
  const [articles, total] = await Promise.all([
    db.article.findMany({ where, select: articleCardSelect, orderBy: newestFirst, skip: window.skip, take: window.take }),
    db.article.count({ where }),
  ]);
  return { articles: articles as ArticleCard[], page: pageInfo(window, total) };
}

// Every list of articles changes with any article write (lib/cache/tags.ts: articleCacheTags).
const listTags = () => [cacheTags.articleLists()];

/** An edition's latest articles (every reader query takes the rendering edition's id first). */
export const listPublishedArticles = readerQuery("articles:latest", (editionId: string, page: number) => listPublished({ editionId }, page), listTags);

/** Ids of the newest published articles of an edition with a byline of this author, and how many there are. */
export async function findBylineArticleIds(editionId: string, authorId: string, skip: number, take: number): Promise<{ ids: string[]; total: number }> {
  const sql = bylineArticleSql(isPostgresUrl(databaseUrl()) ? "postgres" : "sqlite", editionId, authorId, new Date(), skip, take);
  const [rows, [counted]] = await Promise.all([db.$queryRaw<{ id: string }[]>(sql.ids), db.$queryRaw<[{ total: number | bigint }]>(sql.total)]);
  return { ids: rows.map((row) => row.id), total: Number(counted?.total ?? 0) };
}

export const listPublishedArticlesByAuthor = readerQuery(
  "articles:by-author",
  // Every article with a byline of theirs, first or not (lib/articles/byline-sql.ts says why in SQL).
  async (editionId: string, authorId: string, page: number): Promise<ArticlePage> => {
    const window = pageWindow(page, env.PAGE_SIZE);
    const { ids, total } = await findBylineArticleIds(editionId, authorId, window.skip, window.take);
    const cards = await db.article.findMany({ where: { id: { in: ids } }, select: articleCardSelect });
    const byId = new Map(cards.map((card) => [card.id, card as ArticleCard]));
    return { articles: ids.flatMap((id) => byId.get(id) ?? []), page: pageInfo(window, total) };
  },
  listTags,
);

export const listPublishedArticlesInCategory = readerQuery(
  "articles:in-category",
  (categoryId: string, page: number) => listPublished({ categoryId }, page),
  listTags,
);

export const listPublishedArticlesWithTag = readerQuery(
  "articles:with-tag",
  (tagId: string, page: number) => listPublished({ tags: { some: { tagId } } }, page),
  listTags,
);

const articleDetailSelect = {
  id: true,
  slug: true,
  editionId: true,
  translationGroup: true,
  title: true,
  standfirst: true,
  body: true,
  bodyText: true,
  sourceName: true,
  sourceUrl: true,
  publishedAt: true,
  editedAt: true,
  heroImageUrl: true,
  heroImageAlt: true,
  repliesOpen: true,
  seoTitle: true,
  seoDescription: true,
  authorId: true,
  bylines: { select: { authorId: true }, orderBy: { position: "asc" } },
  translators: { select: { authorId: true }, orderBy: { position: "asc" } },
  corrections: { select: { id: true, kind: true, text: true, createdAt: true }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
  category: { select: { id: true, slug: true, name: true } },
  tags: { select: { tag: { select: { slug: true, name: true } } }, orderBy: { tag: { name: "asc" } } },
} satisfies Prisma.ArticleSelect;

type ArticleRow = Prisma.ArticleGetPayload<{ select: typeof articleDetailSelect }>;

type ArticleBody = Omit<ArticleRow, "body" | "bodyText" | "tags" | "authorId" | "bylines" | "translators"> & {
  authorId: string;
  /** Author ids in byline order (the first is authorId). */
  bylineIds: string[];
  /** Translators' author ids in order ("Translated by …"). */
  translatorIds: string[];
  publishedAt: Date;
  /** The checked body document; components/articles/article-body.tsx renders it. */
  body: BodyDocument;
  readingMinutes: number;
  tags: { slug: string; name: string }[];
};

/** `author` is the first byline; `authors` every byline in order; `translators` in order. */
export type ArticleDetail = ArticleBody & { author: AuthorProfile; authors: AuthorProfile[]; translators: AuthorProfile[] };

function toArticleBody(article: ArticleRow): ArticleBody {
  const { body, bodyText, tags, bylines, translators, ...rest } = article;
  return {
    ...rest,
    bylineIds: bylines.length ? bylines.map((byline) => byline.authorId) : [article.authorId],
    translatorIds: translators.map((translator) => translator.authorId),
    publishedAt: article.publishedAt ?? new Date(),
    body: readStoredBody(body),
    readingMinutes: readingTimeMinutes(bodyText),
    tags: tags.map(({ tag }) => tag),
  };
}

/** The article with its authors' profiles, each cached on its own (a profile edit changes it). */
async function withAuthor<T extends ArticleBody>(article: T | null): Promise<(T & { author: AuthorProfile; authors: AuthorProfile[]; translators: AuthorProfile[] }) | null> {
  if (!article) return null;
  const profiles = (ids: string[]) => Promise.all(ids.map((id) => getAuthorById(id))).then((found) => found.filter((author): author is AuthorProfile => author !== null));
  const [authors, translators] = await Promise.all([profiles(article.bylineIds), profiles(article.translatorIds)]);
  const [author] = authors;
  return author ? { ...article, author, authors, translators } : null;
}

const getPublishedArticleBody = readerQuery(
  "article",
  async (editionId: string, slug: string): Promise<ArticleBody | null> => {
    const article = await db.article.findFirst({ where: { AND: [publishedWhere(), { slug, editionId }] }, select: articleDetailSelect });
    return article && toArticleBody(article);
  },
  (_editionId, slug) => [cacheTags.article(slug)],
);

/**
 * A published article of an edition by its slug, with its body document checked, or null. Cached
 * under its slug's tag, and per request so generateMetadata and the page share one query.
 */
export const getPublishedArticleBySlug = cache(async (editionId: string, slug: string): Promise<ArticleDetail | null> =>
  withAuthor(await getPublishedArticleBody(editionId, slug)),
);

/**
 * Any article by its slug, whatever its status, for draft-mode preview, only if `user` may edit it
 * (the caller has checked draft mode; this checks who is asking).
 */
export async function getArticleForPreview(
  editionId: string,
  slug: string,
  user: { id: string; role: Role } | null,
): Promise<(ArticleDetail & { status: ArticleStatus }) | null> {
  if (!user) return null;
  const article = await db.article.findFirst({
    where: { AND: [{ slug, editionId }, editableArticlesWhere(user)] },
    select: { ...articleDetailSelect, status: true },
  });
  return withAuthor(article && { ...toArticleBody(article), status: article.status });
}

/** A published version of a story in one edition: what hreflang and the editions switch link to. */
export type StoryVersion = { editionId: string; slug: string; language: string; name: string; path: string; isDefault: boolean; direction: "LTR" | "RTL" };

/**
 * The published versions of a story (its translation group), the default edition's first, then in
 * the editions' order. Cached under every list's tag: publishing or unpublishing any version expires
 * the pages of all of them, whose heads and switches name it.
 */
export const listPublishedVersions = readerQuery(
  "article:versions",
  async (translationGroup: string): Promise<StoryVersion[]> => {
    const rows = await db.article.findMany({
      where: { AND: [publishedWhere(), { translationGroup }] },
      select: { slug: true, edition: { select: { id: true, language: true, name: true, path: true, isDefault: true, direction: true, position: true } } },
      take: 50,
    });
    return rows
      .map(({ slug, edition }) => ({ editionId: edition.id, slug, language: edition.language, name: edition.name, path: edition.path, isDefault: edition.isDefault, direction: edition.direction, position: edition.position }))
      .sort((a, b) => Number(b.isDefault) - Number(a.isDefault) || a.position - b.position || a.language.localeCompare(b.language))
      .map(({ position: _position, ...version }) => version);
  },
  () => [cacheTags.articleLists()],
);

export const RELATED_COUNT = 3;

/**
 * Up to three published articles sharing the most tags with this one, then from its category. Cached
 * under those tags and that category: publishing into either changes it.
 */
export function listRelatedArticles(article: { id: string; editionId: string; category: Section | null; tags: { slug: string }[] }): Promise<ArticleCard[]> {
  const { category } = article;
  return cachedRelated(article.editionId, article.id, category?.id ?? "", category?.slug ?? "", article.tags.map((tag) => tag.slug).join(" "));
}

type Section = { id: string; slug: string };

const cachedRelated = readerQuery(
  "articles:related",
  (editionId: string, id: string, categoryId: string, categorySlug: string, tagSlugs: string) =>
    findRelated({ id, editionId, category: categoryId ? { id: categoryId, slug: categorySlug } : null, tags: tagSlugs ? tagSlugs.split(" ").map((slug) => ({ slug })) : [] }),
  (_editionId, _id, _categoryId, categorySlug, tagSlugs) => [
    ...(categorySlug ? [cacheTags.category(categorySlug)] : []),
    ...(tagSlugs ? tagSlugs.split(" ").map(cacheTags.tag) : []),
  ],
);

async function findRelated(article: { id: string; editionId: string; category: Section | null; tags: { slug: string }[] }): Promise<ArticleCard[]> {
  const now = new Date();
  const exclude = { id: { not: article.id } };
  const tagged = article.tags.length
    ? await db.article.findMany({
        where: { AND: [publishedWhere(now), exclude, { editionId: article.editionId }, { tags: { some: { tag: { slug: { in: article.tags.map((tag) => tag.slug) } } } } }] },
        select: { ...articleCardSelect, tags: { select: { tag: { select: { slug: true } } } } },
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        take: 50,
      })
    : [];
  const wanted = new Set(article.tags.map((tag) => tag.slug));
  const shared = (candidate: (typeof tagged)[number]) => candidate.tags.filter(({ tag }) => wanted.has(tag.slug)).length;
  const related: ArticleCard[] = [...tagged]
    .sort((a, b) => shared(b) - shared(a))
    .slice(0, RELATED_COUNT)
    .map(({ tags: _tags, ...card }) => card as ArticleCard);
  // By the section's id, not its slug: an equality lets the database walk its latest articles in order
  // (Article_categoryId_publishedAt_id_idx) instead of sorting all of them (127 → 0.2 ms at 100,000).
  if (related.length < RELATED_COUNT && article.category) {
    const more = await db.article.findMany({
      where: { AND: [publishedWhere(now), exclude, { id: { notIn: related.map((card) => card.id) } }, { categoryId: article.category.id }] },
      select: articleCardSelect,
      orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
      take: RELATED_COUNT - related.length,
    });
    related.push(...(more as ArticleCard[]));
  }
  return related;
}
