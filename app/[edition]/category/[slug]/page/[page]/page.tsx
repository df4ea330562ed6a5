import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArchiveView } from "@/components/articles/archive-view";
import { listPublishedArticlesInCategory } from "@/lib/articles/queries";
import { isPastEnd, parsePageParam } from "@/lib/content/pagination";
import { getCategoryBySlug } from "@/lib/taxonomy/queries";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { JsonLd } from "@/components/seo/json-ld";
import { archiveMetadata } from "@/lib/seo/archive-metadata";
import { siteData } from "@/lib/seo/structured-data";
import { editionHref } from "@/lib/editions/href";
import { findOldAddressTarget } from "@/lib/wordpress/old-addresses";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

// `/…/:slug` and `?page=N` are rewritten here (next.config.js), so the page is cached per page number.
type Props = { params: Promise<{ slug: string; page: string }> };

export const generateStaticParams = renderOnFirstRequest;

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const category = await getCategoryBySlug((await currentEdition()).id, (await params).slug);
  if (!category) return {};
  const page = parsePageParam((await params).page);
  return archiveMetadata({ kind: "category", slug: category.slug }, category.name, category.description, page);
}

export default async function CategoryPage({ params }: Props) {
  const { slug } = await params;
  const category = await getCategoryBySlug((await currentEdition()).id, slug);
  if (!category) {
    // An imported WordPress category whose slug Gazette had to change (one in another script).
    const edition = await currentEdition();
    const target = await findOldAddressTarget("category", slug, edition.path);
    if (target && target !== editionHref(edition, `/category/${slug}`)) permanentRedirect(target);
    notFound();
  }
  const result = await listPublishedArticlesInCategory(category.id, parsePageParam((await params).page));
  if (isPastEnd(result.page)) notFound();
  return (
    <>
      <JsonLd data={siteData(await currentEdition())} />
      <ArchiveView
        kind="Section"
        name={category.name}
        description={category.description}
        basePath={`/category/${category.slug}`}
        result={result}
      />
    </>
  );
}
