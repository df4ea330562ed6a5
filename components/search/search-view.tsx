// The search page, shared by its two routes: app/[edition]/search/results/[q]/[page] (cached per words
// and page, where next.config.js sends `/search?q=…`) and app/[edition]/search (no words, or words the
// rewrite leaves alone, rendered per request). docs/decisions/025-cached-pages-at-full-speed.md
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { SearchResult } from "@/components/articles/search-result";
import { getTranslations } from "next-intl/server";
import { ReaderPagination } from "@/components/ui/reader-pagination";
import { buttonClass } from "@/components/ui/styles";
import { isPastEnd } from "@/lib/content/pagination";
import { searchPublishedArticles } from "@/lib/search/queries";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { currentEdition, editionPath } from "@/lib/editions/current";

/** The words a reader typed, as the search box keeps them: trimmed, at most 200 characters. */
export const searchQueryOf = (q: string | string[] | undefined) => ((Array.isArray(q) ? q[0] : q) ?? "").trim().slice(0, 200);

export async function searchMetadata(query: string, page: number): Promise<Metadata> {
  const t = await getTranslations("Search");
  const title = query ? t("titleWith", { query }) : t("title");
  // Its own address (the words and page asked for), for a reader who shares the results.
  const path = query ? `/search?${new URLSearchParams({ q: query, ...(page > 1 ? { page: String(page) } : {}) })}` : "/search";
  return { title, robots: { index: false, follow: true }, ...shareMetadata({ path, title }) };
}

export async function SearchView({ query, pageNumber }: { query: string; pageNumber: number }) {
  const { results, page } = await searchPublishedArticles(await currentEdition(), query, pageNumber);
  if (query && page.total > 0 && isPastEnd(page)) notFound();
  const t = await getTranslations("Search");
  const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;
  const searchPage = await editionPath("/search");
  return (
    <div className="container-page py-8 sm:py-12">
      <h1 className="font-serif text-4xl font-bold tracking-tight">{t("title")}</h1>
      {/* Not a second search landmark: the masthead's search form is the page's one (role="search"). */}
      <form action={searchPage} className="mt-6 flex max-w-2xl gap-2">
        <label htmlFor="search-page-q" className="sr-only">
          {t("label")}
        </label>
        <input id="search-page-q" name="q" type="search" dir="auto" defaultValue={query} className="block w-full rounded border border-neutral-400 px-3 py-2 text-lg" />
        <button type="submit" className={buttonClass("primary")}>
          {t("button")}
        </button>
      </form>
      {query && (
        <p role="status" className="mt-6 text-muted">
          {page.total === 0 ? t.rich("none", { query, bdi }) : t.rich("count", { count: page.total, query, bdi })}
        </p>
      )}
      {results.length > 0 && (
        <ol aria-label={t("results")} className="mt-4 list-none">
          {results.map((result) => (
            <li key={result.id}>
              <SearchResult result={result} />
            </li>
          ))}
        </ol>
      )}
      <ReaderPagination info={page} basePath={`/search?${new URLSearchParams({ q: query })}`} label={t("pages")} />
    </div>
  );
}
