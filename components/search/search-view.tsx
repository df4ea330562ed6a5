// The search page, shared by its two routes: app/(site)/search/results/[q]/[page] (cached per words
// and page, where next.config.js sends `/search?q=…`) and app/(site)/search (no words, or words the
// rewrite leaves alone, rendered per request). docs/decisions/025-cached-pages-at-full-speed.md
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchResult } from "@/components/articles/search-result";
import { Pagination } from "@/components/ui/pagination";
import { buttonClass } from "@/components/ui/styles";
import { isPastEnd } from "@/lib/content/pagination";
import { pluralize } from "@/lib/format";
import { searchPublishedArticles } from "@/lib/search/queries";
import { shareMetadata } from "@/lib/seo/share-metadata";

/** The words a reader typed, as the search box keeps them: trimmed, at most 200 characters. */
export const searchQueryOf = (q: string | string[] | undefined) => ((Array.isArray(q) ? q[0] : q) ?? "").trim().slice(0, 200);

export function searchMetadata(query: string, page: number): Metadata {
  const title = query ? `Search: ${query}` : "Search";
  // Its own address (the words and page asked for), for a reader who shares the results.
  const path = query ? `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}` : "/search";
  return { title, robots: { index: false, follow: true }, ...shareMetadata({ path, title }) };
}

export async function SearchView({ query, pageNumber }: { query: string; pageNumber: number }) {
  const { results, page } = await searchPublishedArticles(query, pageNumber);
  if (query && page.total > 0 && isPastEnd(page)) notFound();
  return (
    <div className="container-page py-8 sm:py-12">
      <h1 className="font-serif text-4xl font-bold tracking-tight">Search</h1>
      {/* Not a second search landmark: the masthead's search form is the page's one (role="search"). */}
      <form action="/search" className="mt-6 flex max-w-2xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          Search articles
        </label>
        <input id="search-page-q" name="q" type="search" defaultValue={query} className="block w-full rounded border border-neutral-400 px-3 py-2 text-lg" />
        <button type="submit" className={buttonClass("primary")}>
          Search
        </button>
      </form>
      {query && (
        <p role="status" className="mt-6 text-muted">
          {page.total === 0 ? `No results for “${query}”. Try fewer or different words.` : `${pluralize(page.total, "result")} for “${query}”`}
        </p>
      )}
      {results.length > 0 && (
        <ol aria-label="Search results" className="mt-4 list-none">
          {results.map((result) => (
            <li key={result.id}>
              <SearchResult result={result} />
            </li>
          ))}
        </ol>
      )}
      <Pagination info={page} basePath={`/search?${new URLSearchParams({ q: query })}`} label="Search result pages" />
    </div>
  );
}
