// A live update's own share image: its headline (or first words) under the coverage's title, its
// time and author, and a "LIVE" mark while the coverage runs (components/seo/share-card.tsx, as the
// article's image).
import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/seo/share-card";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { env } from "@/lib/env";
import { formatDateTime } from "@/lib/format";
import { updateTitle } from "@/lib/live/text";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-metadata";
import { loadLiveUpdate } from "../load";

// Cached like the article's image: drawn on the first request, again when the coverage changes (its tags).
export const generateStaticParams = renderOnFirstRequest;

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; slug: string; updateId: string }> }) {
  const loaded = await loadLiveUpdate(params);
  if (!loaded) return new Response("Not found", { status: 404 });
  const { article, update, isLive } = loaded;
  return new ImageResponse(
    <ShareCard
      siteName={env.SITE_NAME}
      kicker={article.title}
      title={updateTitle(update, 110)}
      text={update.headline ? updateTitle({ headline: "", text: update.text }, 180) : undefined}
      footer={`${formatDateTime(new Date(update.createdAt))} · ${update.author.name}`}
      mark={isLive ? "LIVE" : undefined}
    />,
    { ...SHARE_IMAGE_SIZE, headers: { "Cache-Control": READER_CACHE_CONTROL } },
  );
}
