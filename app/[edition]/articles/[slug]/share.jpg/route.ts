// The share card of an article whose hero is a library photograph: the photograph cut to 1200 × 630
// around its focal point (lib/media/share-card.ts). Articles without one share og.png instead.
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { editionAt } from "@/lib/editions/current";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { getReaderImage } from "@/lib/media/reader-images";
import { shareCardOf } from "@/lib/media/share-card";
import { StorageUnavailableError } from "@/lib/media/storage";

// Cached like the article page: cut on the first request, again when the article or the image's focal point changes.
export const generateStaticParams = renderOnFirstRequest;

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; slug: string }> }) {
  const { edition: path, slug } = await params;
  const article = await getPublishedArticleBySlug((await editionAt(path)).id, slug);
  const image = article?.heroImageUrl ? await getReaderImage(article.heroImageUrl) : null;
  if (!image) return new Response("Not found", { status: 404 });
  try {
    const card = await shareCardOf(image);
    if (!card) return new Response("Not found", { status: 404 });
    return new Response(new Uint8Array(card), { headers: { "Content-Type": "image/jpeg", "Cache-Control": READER_CACHE_CONTROL } });
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    return new Response("The image store is not answering; try again in a moment.", { status: 503, headers: { "Retry-After": "30", "Cache-Control": "no-store" } });
  }
}
