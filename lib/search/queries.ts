import "server-only";
// Full-text search over published articles, behind one function: SQLite FTS5 on the embedded
// database, PostgreSQL text search with a GIN index in production (docs/decisions/010-search-feeds-metadata.md).
import type { ArticleCard } from "@/lib/articles/queries";
import { articleCardSelect } from "@/lib/articles/queries";
import { publishedWhere } from "@/lib/articles/visibility";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { databaseUrl, isPostgresUrl } from "@/lib/db/url";
import { env } from "@/lib/env";
import { resultSnippet, searchTerms, snippetParts, type SnippetPart } from "./query-text";
import { postgresSearchSql, sqliteSearchSql, type SearchEdition, type SearchStatements } from "./search-sql";

export type SearchResult = ArticleCard & { snippet: SnippetPart[] };
export type SearchResults = { query: string; results: SearchResult[]; page: PageInfo };

type Hit = { id: string; snippet: string };

// The statements are built in search-sql.ts, parameterised; here they run.
async function search(statements: SearchStatements): Promise<{ hits: Hit[]; total: number }> {
  const hits = await db.$queryRaw<Hit[]>(statements.hits);
  const [{ total }] = await db.$queryRaw<[{ total: number | bigint }]>(statements.total);
  return { hits, total: Number(total) };
}

/**
 * An edition's published articles matching every word of `query`, best first: title matches lead. Results are
 * cached per words and page under the article-list tag, so a term everyone is searching for during
 * a spike is ranked once per change to the articles, not once per reader.
 */
export async function searchPublishedArticles(edition: SearchEdition, query: string, page: number): Promise<SearchResults> {
  const terms = searchTerms(query);
  if (terms.length === 0) return { query, results: [], page: pageInfo(pageWindow(page, env.PAGE_SIZE), 0) };
  return { query, ...(await cachedSearch(edition.id, edition.language, terms.join(" "), page)) };
}

// Keyed by the edition's language too: an edition whose language changes is searched with its new stemmer at once.
const cachedSearch = readerQuery(
  "search",
  (editionId: string, language: string, words: string, page: number) => runSearch({ id: editionId, language }, words.split(" "), page),
  () => [cacheTags.articleLists()],
);

async function runSearch(edition: SearchEdition, terms: string[], page: number): Promise<Omit<SearchResults, "query">> {
  const window = pageWindow(page, env.PAGE_SIZE);
  const now = new Date();
  const statements = isPostgresUrl(databaseUrl()) ? postgresSearchSql : sqliteSearchSql;
  const { hits, total } = await search(statements(edition, terms, window.skip, window.take, now));
  const cards = await db.article.findMany({
    where: { AND: [publishedWhere(now), { id: { in: hits.map((hit) => hit.id) } }] },
    select: articleCardSelect,
  });
  const byId = new Map(cards.map((card) => [card.id, card as ArticleCard]));
  const results = hits.flatMap((hit) => {
    const card = byId.get(hit.id);
    return card ? [{ ...card, snippet: resultSnippet(snippetParts(hit.snippet), card) }] : [];
  });
  return { results, page: pageInfo(window, total) };
}
