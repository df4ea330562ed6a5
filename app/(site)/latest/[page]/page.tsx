import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { ArticleList } from "@/components/articles/article-list";
import { listPublishedArticles } from "@/lib/articles/queries";
import { isPastEnd, pageHref, parsePageParam } from "@/lib/content/pagination";
import { env } from "@/lib/env";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { shareMetadata } from "@/lib/seo/share-metadata";

// `/` and `/?page=N` are rewritten here (next.config.js), so the page is cached per page number.
type Props = { params: Promise<{ page: string }> };

export const generateStaticParams = renderOnFirstRequest;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  const title = page > 1 ? `Latest news, page ${page}` : `${env.SITE_NAME}: latest news`;
  return {
    title: page > 1 ? title : { absolute: title },
    alternates: { canonical: pageHref("/", page), types: feedAlternates(env.SITE_NAME) },
    ...shareMetadata({ path: pageHref("/", page), title }),
  };
}

export default async function HomePage({ params }: Props) {
  const page = parsePageParam((await params).page);
  const result = await listPublishedArticles(page);
  if (isPastEnd(result.page)) notFound();

  return (
    <div className="container-page py-8">
      <h1 className="sr-only">Latest news</h1>
      <ArticleList result={result} basePath="/" label="Latest articles" leadFirst />
    </div>
  );
}
