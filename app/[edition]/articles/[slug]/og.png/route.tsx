// A share image for articles without a hero image: headline, standfirst and byline on the masthead's
// colours (components/seo/share-card.tsx).
import { joinNames } from "@/lib/articles/bylines";
import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/seo/share-card";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { editionAt } from "@/lib/editions/current";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { env } from "@/lib/env";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-metadata";

// Cached like the article page: drawn on the first request, again only when the article changes.
export const generateStaticParams = renderOnFirstRequest;

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; slug: string }> }) {
  const { edition: path, slug } = await params;
  const article = await getPublishedArticleBySlug((await editionAt(path)).id, slug);
  if (!article) return new Response("Not found", { status: 404 });
  return new ImageResponse(
    <ShareCard
      siteName={env.SITE_NAME}
      kicker={article.category?.name}
      title={article.title}
      text={article.standfirst || undefined}
      footer={`By ${joinNames(article.authors.map((author) => author.displayName))}`}
    />,
    { ...SHARE_IMAGE_SIZE, headers: { "Cache-Control": READER_CACHE_CONTROL } },
  );
}
