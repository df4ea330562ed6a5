import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { ArchiveView } from "@/components/articles/archive-view";
import { listPublishedArticlesWithTag } from "@/lib/articles/queries";
import { isPastEnd, parsePageParam } from "@/lib/content/pagination";
import { getTagBySlug } from "@/lib/taxonomy/queries";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { archiveMetadata } from "@/lib/seo/archive-metadata";
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
  const tag = await getTagBySlug((await currentEdition()).id, (await params).slug);
  if (!tag) return {};
  const page = parsePageParam((await params).page);
  return archiveMetadata({ kind: "tag", slug: tag.slug }, tag.name, null, page);
}

export default async function TagPage({ params }: Props) {
  const { slug } = await params;
  const tag = await getTagBySlug((await currentEdition()).id, slug);
  if (!tag) {
    // An imported WordPress tag whose slug Gazette had to change (one in another script).
    const edition = await currentEdition();
    const target = await findOldAddressTarget("tag", slug, edition.path);
    if (target && target !== editionHref(edition, `/tag/${slug}`)) permanentRedirect(target);
    notFound();
  }
  const result = await listPublishedArticlesWithTag(tag.id, parsePageParam((await params).page));
  if (isPastEnd(result.page)) notFound();
  return <ArchiveView kind="Topic" name={tag.name} basePath={`/tag/${tag.slug}`} result={result} />;
}
