// A share image for articles without a hero image: headline, standfirst and byline on the masthead's
// colours (components/seo/share-card.tsx).
import { ImageResponse } from "next/og";
import { getFormatter, getTranslations } from "next-intl/server";
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
  const edition = await editionAt(path);
  const article = await getPublishedArticleBySlug(edition.id, slug);
  if (!article) return new Response("Not found", { status: 404 });
  // "By A and B" in the edition's language, as its article page says it.
  const [t, format] = await Promise.all([getTranslations({ locale: edition.language, namespace: "Search" }), getFormatter({ locale: edition.language })]);
  const names = format.list(article.authors.map((author) => author.displayName), { type: "conjunction" });
  const byline = t.markup("byline", { names: () => names });
  return new ImageResponse(
    <ShareCard
      siteName={env.SITE_NAME}
      kicker={article.category?.name}
      title={article.title}
      text={article.standfirst || undefined}
      footer={byline}
    />,
    { ...SHARE_IMAGE_SIZE, headers: { "Cache-Control": READER_CACHE_CONTROL } },
  );
}
