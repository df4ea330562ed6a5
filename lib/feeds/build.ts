import "server-only";
// RSS 2.0, Atom 1.0 and JSON Feed 1.1 for the site, an author, a category or a tag, built with `feed`,
// with conditional GET (ETag and Last-Modified). Never an email address, never an unpublished article.
import { createHash } from "node:crypto";
import { stat } from "node:fs/promises";
import path from "node:path";
import { Feed } from "feed";
import { cardAuthors } from "@/lib/articles/bylines";
import { articleLastModified } from "@/lib/articles/last-modified";
import { findBylineArticleIds } from "@/lib/articles/queries";
import { publishedWhere } from "@/lib/articles/visibility";
import { documentToHtml } from "@/lib/content/document-render";
import { readStoredBody } from "@/lib/content/stored-body";
import { db, type Prisma } from "@/lib/db";
import { editionAt } from "@/lib/editions/current";
import { editionHref } from "@/lib/editions/href";
import { editionDescription } from "@/lib/editions/description";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags, editionTags } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { itemByline, withDublinCore } from "@/lib/feeds/byline";
import { imageEnclosure } from "@/lib/feeds/enclosure";
import { uploadDir } from "@/lib/uploads/image-bytes";
import { toJsonFeed11 } from "@/lib/feeds/json-feed";
import { feedPaths, scopeFromKey, scopeKey, scopePage, type FeedKind, type FeedScopeRef } from "@/lib/feeds/links";

export const FEED_SIZE = 20;
export type FeedFormat = "rss" | "atom" | "json";
export type FeedScope = FeedScopeRef;

const CONTENT_TYPES: Record<FeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};

const absolute = (path: string) => new URL(path, env.SITE_URL).toString();

/** What an edition's feed lists and its title, or null when the author, category or tag does not exist. */
async function resolveScope(editionId: string, scope: FeedScope): Promise<{ where: Prisma.ArticleWhereInput; title: string; page: string } | null> {
  const page = scopePage(scope);
  const titled = (name: string) => `${name} · ${env.SITE_NAME}`;
  if (scope.kind === "site") return { where: { editionId }, title: env.SITE_NAME, page };
  if (scope.kind === "author") {
    const author = await db.author.findUnique({ where: { handle: scope.handle }, select: { id: true, displayName: true } });
    // Every article with a byline of theirs: the ids come from the bylines first (fast at any size).
    return author && { where: { id: { in: (await findBylineArticleIds(editionId, author.id, 0, FEED_SIZE)).ids } }, title: titled(author.displayName), page };
  }
  if (scope.kind === "category") {
    const category = await db.category.findUnique({ where: { editionId_slug: { editionId, slug: scope.slug } }, select: { id: true, name: true } });
    return category && { where: { categoryId: category.id }, title: titled(category.name), page };
  }
  const tag = await db.tag.findUnique({ where: { editionId_slug: { editionId, slug: scope.slug } }, select: { id: true, name: true } });
  return tag && { where: { tags: { some: { tagId: tag.id } } }, title: titled(tag.name), page };
}

/** The cache tag of the scope itself (its name or existence), besides every article list's. */
const SCOPE_TAG: Record<FeedKind, (key: string) => string[]> = {
  site: () => [],
  author: (key) => [cacheTags.author(key)],
  category: (key) => [cacheTags.category(key)],
  tag: (key) => [cacheTags.tag(key)],
};

type BuiltFeed = { body: string; etag: string; lastModified: Date } | null;

/** The feed's text and validators, cached under the tags of what it lists (null: no such scope). */
const cachedFeed = readerQuery(
  "feed",
  (editionId: string, kind: FeedKind, key: string, format: FeedFormat) => buildFeed(editionId, scopeFromKey(kind, key), format),
  (_editionId, kind, key) => [cacheTags.articleLists(), editionTags.editions(), ...SCOPE_TAG[kind](key)],
);

/** `editionId`: the edition whose feed it is (route handlers take it from their `edition` param). */
export async function feedResponse(request: Request, editionId: string, scope: FeedScope, format: FeedFormat): Promise<Response> {
  const feed = await cachedFeed(editionId, scope.kind, scopeKey(scope), format);
  if (!feed) return new Response("Not found", { status: 404 });
  const { body, etag, lastModified } = feed;
  const headers = {
    "Content-Type": CONTENT_TYPES[format],
    ETag: etag,
    "Last-Modified": lastModified.toUTCString(),
    "Cache-Control": READER_CACHE_CONTROL,
  };
  const ifNoneMatch = request.headers.get("if-none-match");
  const ifModifiedSince = request.headers.get("if-modified-since");
  const notModified = ifNoneMatch
    ? ifNoneMatch.split(",").some((tag) => tag.trim() === etag)
    : ifModifiedSince !== null && Math.floor(lastModified.getTime() / 1000) <= Math.floor(Date.parse(ifModifiedSince) / 1000);
  if (notModified) return new Response(null, { status: 304, headers });
  return new Response(body, { status: 200, headers });
}

async function buildFeed(editionId: string, scope: FeedScope, format: FeedFormat): Promise<BuiltFeed> {
  const resolved = await resolveScope(editionId, scope);
  if (!resolved) return null;
  const rows = await db.article.findMany({
    where: { AND: [publishedWhere(), resolved.where] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: FEED_SIZE,
    select: {
      id: true,
      slug: true,
      title: true,
      standfirst: true,
      body: true,
      publishedAt: true,
      editedAt: true,
      updatedAt: true,
      heroImageUrl: true,
      author: { select: { displayName: true, handle: true } },
      bylines: { select: { author: { select: { displayName: true, handle: true } } }, orderBy: { position: "asc" } },
      category: { select: { name: true, slug: true } },
      tags: { select: { tag: { select: { name: true } } } },
    },
  });

  const articles = rows.map((row) => ({ ...row, publishedAt: row.publishedAt!, modified: articleLastModified({ publishedAt: row.publishedAt!, editedAt: row.editedAt }) }));

  // Validators from exactly what the feed contains: a publish, an edit or a scheduled article
  // coming due all change them. Last-Modified is the newest entry's editorial date; the ETag also
  // fingerprints every write to a listed row (updatedAt), so a change that is not an edit (a
  // category merge) still reaches readers that send If-None-Match.
  const lastModified = new Date(Math.max(0, ...articles.map((a) => a.modified.getTime())));
  const etag = `"${createHash("sha1")
    .update(`${format}|${articles.map((a) => `${a.id}:${a.updatedAt.getTime()}`).join(",")}`)
    .digest("base64url")}"`;

  const enclosures = await heroEnclosures(articles.flatMap((article) => (article.heroImageUrl ? [article.heroImageUrl] : [])));
  // The edition's own addresses and language (RSS <language>, Atom xml:lang, JSON Feed language).
  const edition = (await db.edition.findUnique({ where: { id: editionId }, select: { language: true, path: true, isDefault: true, description: true } })) ?? { language: "en", path: "", isDefault: true, description: "" };
  const page = (path: string) => absolute(editionHref(edition, path));
  const paths = feedPaths(scope);
  const feed = new Feed({
    id: page(resolved.page),
    title: resolved.title,
    description: editionDescription(edition),
    link: page(resolved.page),
    language: edition.language,
    updated: articles.length ? lastModified : undefined,
    generator: env.SITE_NAME,
    copyright: `© ${new Date().getFullYear()} ${env.SITE_NAME}`,
    feedLinks: { rss: page(paths.rss), atom: page(paths.atom), json: page(paths.json) },
  });
  for (const article of articles) {
    const url = page(`/articles/${article.slug}`);
    feed.addItem({
      title: article.title,
      id: url,
      link: url,
      // Atom's <updated> and JSON Feed's date_modified; RSS's pubDate is the publication, and its
      // entries carry the update in <atom:updated>.
      date: article.modified,
      published: article.publishedAt,
      description: article.standfirst,
      // The full article, with our own upload addresses made absolute for feed readers.
      content: documentToHtml(readStoredBody(article.body), { absolute }),
      ...withUpdated(
        format,
        article.modified,
        itemByline(
          format,
          cardAuthors(article).map((author) => ({ name: author.displayName, link: page(`/authors/${author.handle}`) })),
        ),
      ),
      category: [
        ...(article.category ? [{ name: article.category.name, domain: page(`/category/${article.category.slug}`) }] : []),
        ...article.tags.map(({ tag }) => ({ name: tag.name })),
      ],
      image: article.heroImageUrl ? enclosures.get(article.heroImageUrl) : undefined,
    });
  }
  const body = format === "rss" ? withDublinCore(feed.rss2()) : format === "atom" ? feed.atom1() : toJsonFeed11(feed.json1());
  return { body, etag, lastModified };
}

/** RSS entries also say when they last changed (Atom's <updated>, the channel declares its namespace). */
function withUpdated<T extends { extensions?: { name: string; objects: unknown }[] }>(format: FeedFormat, modified: Date, fields: T): T {
  if (format !== "rss") return fields;
  return { ...fields, extensions: [...(fields.extensions ?? []), { name: "atom:updated", objects: { _text: modified.toISOString() } }] };
}

/** Each hero image's enclosure: type and length from its media record, or the stored file's size. */
async function heroEnclosures(urls: string[]) {
  const unique = [...new Set(urls)];
  const media = new Map((await db.media.findMany({ where: { url: { in: unique } }, select: { url: true, mime: true, byteSize: true } })).map((row) => [row.url, row]));
  const root = uploadDir();
  const sized = await Promise.all(
    unique.map(async (url) => {
      const record = media.get(url);
      let fileSize: number | null = null;
      if (record?.byteSize == null && url.startsWith("/uploads/")) {
        const file = path.resolve(root, ...url.slice("/uploads/".length).split("/"));
        if (file.startsWith(root + path.sep)) fileSize = await stat(file).then((info) => info.size, () => null);
      }
      return [url, imageEnclosure(absolute(url), record, fileSize)] as const;
    }),
  );
  return new Map(sized);
}

/** A route handler for one feed: `export const GET = feedRoute("author", "atom")`. */
export function feedRoute(kind: FeedKind, format: FeedFormat) {
  return async (request: Request, context: { params?: Promise<{ edition?: string; handle?: string; slug?: string }> }) => {
    const params = (await context?.params) ?? {};
    const edition = await editionAt(params.edition);
    return feedResponse(request, edition.id, scopeFromKey(kind, params.handle ?? params.slug ?? ""), format);
  };
}
