import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/links";
import { ArchiveView } from "@/components/articles/archive-view";
import { pageHref } from "@/components/ui/pagination";
import { listPublishedArticlesWithTag } from "@/lib/articles/queries";
import { isPastEnd, parsePageParam } from "@/lib/content/pagination";
import { getTagBySlug } from "@/lib/taxonomy/queries";
import { renderOnFirstRequest } from "@/lib/content/on-demand";

// `/…/:slug` and `?page=N` are rewritten here (next.config.js), so the page is cached per page number.
type Props = { params: Promise<{ slug: string; page: string }> };

export const generateStaticParams = renderOnFirstRequest;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) return {};
  const page = parsePageParam((await params).page);
  return {
    title: page > 1 ? `${tag.name}, page ${page}` : tag.name,
    description: `Articles about ${tag.name}.`,
    alternates: { canonical: pageHref(`/tag/${tag.slug}`, page), types: feedAlternates(env.SITE_NAME, { scope: { kind: "tag", slug: tag.slug }, title: tag.name }) },
  };
}

export default async function TagPage({ params }: Props) {
  const tag = await getTagBySlug((await params).slug);
  if (!tag) notFound();
  const result = await listPublishedArticlesWithTag(tag.id, parsePageParam((await params).page));
  if (isPastEnd(result.page)) notFound();
  return <ArchiveView kind="Topic" name={tag.name} basePath={`/tag/${tag.slug}`} result={result} />;
}
