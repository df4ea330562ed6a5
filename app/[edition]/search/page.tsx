// The search page without words, or with words the cached route does not take (next.config.js):
// rendered per request. Searches with ordinary words are served by search/results/[q]/[page].
import type { Metadata } from "next";
import { SearchView, searchMetadata, searchQueryOf } from "@/components/search/search-view";
import { parsePageParam } from "@/lib/content/pagination";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

// Rendered per request (it reads searchParams): the readers' layout builds its pages on first request
// (generateStaticParams), which a page reading searchParams must opt out of, as it did before it moved
// under [edition] (docs/decisions/052-editions-routing.md).
export const dynamic = "force-dynamic";

type Props = { searchParams: Promise<{ q?: string | string[]; page?: string | string[] }> };

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ searchParams }: Props): Promise<Metadata> {
  const params = await searchParams;
  return searchMetadata(searchQueryOf(params.q), parsePageParam(params.page));
}

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams;
  return <SearchView query={searchQueryOf(params.q)} pageNumber={parsePageParam(params.page)} />;
}
