// The site's share image, for every page that has none of its own (home, authors, sections, topics,
// search, sign-in): the masthead with the site's name and tagline.
import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/seo/share-card";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { env } from "@/lib/env";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-metadata";

// Drawn at request time, with the running site's SITE_NAME and SITE_DESCRIPTION rather than the build
// machine's; they cannot change while the process runs, so it is drawn once per process.
export const dynamic = "force-dynamic";

let png: Promise<ArrayBuffer> | undefined;

function draw(): Promise<ArrayBuffer> {
  const drawing = new ImageResponse(<ShareCard siteName={env.SITE_NAME} title={env.SITE_DESCRIPTION || env.SITE_NAME} />, SHARE_IMAGE_SIZE).arrayBuffer();
  drawing.catch(() => (png = undefined)); // try again on the next request
  return drawing;
}

export async function GET() {
  png ??= draw();
  return new Response(await png, { headers: { "Content-Type": "image/png", "Cache-Control": READER_CACHE_CONTROL } });
}
