// The search statements of each engine, built with Prisma.sql: the reader's words, the time, the
// statuses and the page travel as bound parameters, never as SQL text. Pure (nothing runs here), so
// unit tests read the statements and check the PostgreSQL expression against its index
// (search-sql.test.ts); lib/search/queries.ts runs them.
import { HIDDEN_STATUSES, VISIBLE_STATUSES } from "@/lib/articles/visibility";
import { Prisma } from "@/lib/db";
import { MATCH_END, MATCH_START, fts5Match } from "./query-text";
import { searchConfig } from "./search-config";

export type SearchStatements = { hits: Prisma.Sql; total: Prisma.Sql };

/** The edition searched: its id, and its language (a BCP 47 tag) for PostgreSQL's stemmer. */
export type SearchEdition = { id: string; language: string };

// SQLite stores Prisma DateTimes as ISO-8601 text with an explicit offset; compare in that form.
const sqliteTime = (date: Date) => date.toISOString().replace("Z", "+00:00");

/**
 * SQLite FTS5: the page of an edition's hits (id and snippet) and the number of visible matches. One
 * tokenizer for every language (Porter's English suffixes after unicode61 with diacritics removed):
 * docs/decisions/062-search-in-each-language.md says what that finds in French and Arabic.
 */
export function sqliteSearchSql({ id: editionId }: SearchEdition, terms: string[], skip: number, take: number, now: Date): SearchStatements {
  const match = fts5Match(terms);
  // Articles readers may not see: statuses that never show, and visible ones not due yet. Few, and
  // found by index ranges, so matches are filtered against this list rather than each joined to
  // "Article" (28 ms → 8 ms for a common word at 100,000 articles). Other editions' articles are
  // hidden too, as two ranges of the (editionId, slug) index: none at all on a site of one edition.
  const hidden = Prisma.sql`SELECT rowid FROM "Article" WHERE "status" IN (${Prisma.join(HIDDEN_STATUSES)})
                  UNION ALL
                  SELECT rowid FROM "Article" WHERE "status" IN (${Prisma.join(VISIBLE_STATUSES)}) AND ("publishedAt" > ${sqliteTime(now)} OR "publishedAt" IS NULL)
                  UNION ALL
                  SELECT rowid FROM "Article" WHERE "editionId" < ${editionId}
                  UNION ALL
                  SELECT rowid FROM "Article" WHERE "editionId" > ${editionId}`;
  // bm25 weights: a match in the title counts ten times one in the body, the standfirst four times;
  // equal scores go newest-written first (rowid). Rank and page first, then make snippets for that
  // page only: snippet() for every match would take seconds at 100,000 articles.
  const hits = Prisma.sql`WITH page AS (
       SELECT rowid, bm25("ArticleSearch", 10.0, 4.0, 1.0) AS rank
         FROM "ArticleSearch"
        WHERE "ArticleSearch" MATCH ${match} AND rowid NOT IN (${hidden})
        ORDER BY rank, rowid DESC
        LIMIT ${take} OFFSET ${skip})
     SELECT (SELECT a."id" FROM "Article" a WHERE a.rowid = page.rowid) AS id,
            snippet("ArticleSearch", -1, char(1), char(2), '…', 24) AS snippet
       FROM "ArticleSearch" JOIN page ON page.rowid = "ArticleSearch".rowid
      WHERE "ArticleSearch" MATCH ${match}
      ORDER BY page.rank, page.rowid DESC`;
  // All matches minus the hidden ones among them: both walks of the full-text index.
  const total = Prisma.sql`SELECT (SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match})
          - (SELECT count(*) FROM "ArticleSearch" WHERE "ArticleSearch" MATCH ${match} AND rowid IN (${hidden})) AS total`;
  return { hits, total };
}

/**
 * The document PostgreSQL searches: title (weight A), standfirst (B), body (C), read in the
 * article's own "searchConfig" (its edition's language, set by triggers). It must be the expression
 * of the stored column "searchVector" (the PostgreSQL migration 20261207120000_search_in_each_language),
 * which the GIN index "Article_search_idx" covers and ts_rank reads without parsing any text again;
 * search-sql.test.ts compares the texts (whitespace aside).
 */
export const PG_SEARCH_VECTOR = `search_document("searchConfig", "title", "standfirst", "bodyText")`;

// Match marks as in SQLite's snippet(): control characters no article text contains.
const HEADLINE_OPTIONS = `StartSel=${MATCH_START}, StopSel=${MATCH_END}, MaxWords=30, MinWords=12, ShortWord=2`;

/**
 * PostgreSQL text search: the page of an edition's hits (id and snippet) and the number of visible
 * matches. The reader's words are read with the edition's configuration, the one its articles'
 * vectors were built with: a name from a fixed list (./search-config.ts), bound as a parameter.
 */
export function postgresSearchSql(edition: SearchEdition, terms: string[], skip: number, take: number, now: Date): SearchStatements {
  const editionId = edition.id;
  const vector = Prisma.raw(`"searchVector"`);
  const config = Prisma.sql`CAST(${searchConfig(edition.language)} AS regconfig)`;
  const query = Prisma.sql`plainto_tsquery(${config}, ${terms.join(" ")})`;
  const where = Prisma.sql`${vector} @@ ${query} AND "status" IN (${Prisma.join(VISIBLE_STATUSES)}) AND "publishedAt" <= ${now} AND "editionId" = ${editionId}`;
  const hits = Prisma.sql`SELECT "id" AS id,
            ts_headline(${config}, "standfirst" || ' ' || "bodyText", ${query}, ${HEADLINE_OPTIONS}) AS snippet
       FROM "Article"
      WHERE ${where}
      ORDER BY ts_rank(${vector}, ${query}) DESC, "publishedAt" DESC
      LIMIT ${take} OFFSET ${skip}`;
  const total = Prisma.sql`SELECT count(*) AS total FROM "Article" WHERE ${where}`;
  return { hits, total };
}
