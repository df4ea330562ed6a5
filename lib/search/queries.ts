import "server-only";
// Full-text search over published articles, behind one function: SQLite FTS5 on the embedded
// database, PostgreSQL text search with a GIN index in production (docs/decisions/010-search.md).
import type { ArticleCard } from "@/lib/articles/queries";
import { articleCardSelect } from "@/lib/articles/queries";
import { HIDDEN_STATUSES, VISIBLE_STATUSES, publishedWhere } from "@/lib/articles/visibility";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { MATCH_END, MATCH_START, fts5Match, searchTerms, snippetParts, type SnippetPart } from "./query-text";

export type SearchResult = ArticleCard & { snippet: SnippetPart[] };
export type SearchResults = { query: string; results: SearchResult[]; page: PageInfo };

type Hit = { id: string; snippet: string };

// SQLite stores Prisma DateTimes as ISO-8601 text with an explicit offset; compare in that form.
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");
// Enum values are fixed identifiers, safe to write into SQL.
const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");

async function sqliteSearch(terms: string[], skip: number, take: number, now: Date): Promise<{ hits: Hit[]; total: number }> {
  const match = fts5Match(terms);
  // Articles readers may not see: statuses that never show, and visible ones not due yet. Few, and
  // found by index ranges, so matches are filtered against this list rather than each joined to
  // "Article" (28 ms → 8 ms for a common word at 100,000 articles).
  const hidden = `SELECT rowid FROM "Article" WHERE "status" IN (${sqlList(HIDDEN_STATUSES)})
                  UNION ALL
                  SELECT rowid FROM "Article" WHERE "status" IN (${sqlList(VISIBLE_STATUSES)}) AND ("publishedAt" > ? OR "publishedAt" IS NULL)`;
  // bm25 weights: a match in the title counts ten times one in the body, the standfirst four times;
  // equal scores go newest-written first (rowid). Rank and page first, then make snippets for that
  // page only: snippet() for every match would take seconds at 100,000 articles.
  const hits = await db.$queryRawUnsafe<Hit[]>(
    `WITH page AS (
       SELECT rowid, bm25("ArticleSearch", 10.0, 4.0, 1.0) AS rank
         FROM "ArticleSearch"
        WHERE "ArticleSearch" MATCH ? AND rowid NOT IN (${hidden})
        ORDER BY rank, rowid DESC
        LIMIT ? OFFSET ?)
     SELECT (SELECT a."id" FROM "Article" a WHERE a.rowid = page.rowid) AS id,
            snippet("ArticleSearch", -1, char(1), char(2), '…', 24) AS snippet
       FROM "ArticleSearch" JOIN page ON page.rowid = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ?
      ORDER BY page.rank, page.rowid DESC`,
    match,
    sqliteTime(now),
    take,
    skip,
    match,
  );
  // All matches minus the hidden ones among them: both walks of the full-text index.
  const [{ total }] = (await db.$queryRawUnsafe<{ total: number | bigint }[]>(
    `SELECT (SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ?)
          - (SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ? AND rowid IN (${hidden})) AS total`,
    match,
    match,
    sqliteTime(now),
  )) as [{ total: number | bigint }];
  return { hits, total: Number(total) };
}

// Must be the indexed expression in prisma/sql/postgres-article-search.sql, character for character.
const PG_VECTOR = `(setweight(to_tsvector('english', coalesce(a."title", '')), 'A') ||
    setweight(to_tsvector('english', coalesce(a."standfirst", '')), 'B') ||
    setweight(to_tsvector('english', coalesce(a."body", '')), 'C'))`;

async function postgresSearch(terms: string[], skip: number, take: number, now: Date): Promise<{ hits: Hit[]; total: number }> {
  const query = terms.join(" ");
  const where = `${PG_VECTOR} @@ plainto_tsquery('english', $1) AND a."status" IN (${sqlList(VISIBLE_STATUSES)}) AND a."publishedAt" <= $2`;
  const hits = await db.$queryRawUnsafe<Hit[]>(
    `SELECT a."id" AS id,
            ts_headline('english', a."standfirst" || ' ' || a."body", plainto_tsquery('english', $1),
                        'StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2') AS snippet
       FROM "Article" a
      WHERE ${where}
      ORDER BY ts_rank(${PG_VECTOR}, plainto_tsquery('english', $1)) DESC, a."publishedAt" DESC
      LIMIT $3 OFFSET $4`,
    query,
    now,
    take,
    skip,
  );
  const [{ total }] = (await db.$queryRawUnsafe<{ total: number | bigint }[]>(`SELECT count(*) AS total FROM "Article" a WHERE ${where}`, query, now)) as [
    { total: number | bigint },
  ];
  return { hits, total: Number(total) };
}

/**
 * Published articles matching every word of `query`, best first: title matches lead. Results are
 * cached per words and page under the article-list tag, so a term everyone is searching for during
 * a spike is ranked once per change to the articles, not once per reader.
 */
export async function searchPublishedArticles(query: string, page: number): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { query, results: [], page: pageInfo(pageWindow(page, env.PAGE_SIZE), 0) };
  return { query, ...(await cachedSearch(terms.join(" "), page)) };
}

const cachedSearch = readerQuery("search", (words: string, page: number) => runSearch(words.split(" "), page), () => [cacheTags.articleLists()]);

async function runSearch(terms: string[], page: number): Promise<Omit<SearchResults, "query">> {
  const window = pageWindow(page, env.PAGE_SIZE);
  const now = new Date();
  const search = isPostgresUrl(databaseUrl()) ? postgresSearch : sqliteSearch;
  const { hits, total } = await search(terms, window.skip, window.take, now);
  const cards = await db.article.findMany({
    where: { AND: [publishedWhere(now), { id: { in: hits.map((hit) => hit.id) } }] },
    select: articleCardSelect,
  });
  const byId = new Map(cards.map((card) => [card.id, card as ArticleCard]));
  const results = hits.flatMap((hit) => {
    const card = byId.get(hit.id);
    return card ? [{ ...card, snippet: snippetParts(hit.snippet) }] : [];
  });
  return { results, page: pageInfo(window, total) };
}
