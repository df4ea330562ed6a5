// Search results, cached per words and page like every other reader list: next.config.js rewrites
// `/search?q=…[&page=N]` here (beforeFiles), because Next.js caches a page by its path, not its
// query string. Readers never see this address; links and the canonical use `/search?q=…`. Each
// distinct search is one cache entry, evicted by the memory cache's size limit or, on Redis, after
// SEARCH_ENTRY_SECONDS (lib/cache/shared-cache.mjs), so a flood of made-up words cannot fill either.
import type { Metadata } from "next";
import { SearchView, searchMetadata, searchQueryOf } from "@/components/search/search-view";
import { parsePageParam } from "@/lib/content/pagination";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

type Props = { params: Promise<{ q: string; page: string }> };

/** The rewrite hands the words over percent-encoded (a space as %20): decoded here, once. */
function wordsOf(q: string): string {
  try {
    return searchQueryOf(decodeURIComponent(q));
  } catch {
    return searchQueryOf(q);
  }
}

export const generateStaticParams = renderOnFirstRequest;

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const { q, page } = await params;
  return searchMetadata(wordsOf(q), parsePageParam(page));
}

export default async function CachedSearchPage({ params }: Props) {
  const { q, page } = await params;
  return <SearchView query={wordsOf(q)} pageNumber={parsePageParam(page)} />;
}
