// The site's share image, for every page that has none of its own (home, authors, sections, topics,
// search, sign-in): the masthead with the site's name and the edition's tagline.
import { ImageResponse } from "next/og";
import { ShareCard } from "@/components/seo/share-card";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { editionAt } from "@/lib/editions/current";
import { editionDescription } from "@/lib/editions/description";
import { env } from "@/lib/env";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-metadata";

// Drawn at request time, with the running site's SITE_NAME and the edition's tagline rather than the
// build machine's; drawn once per process for each tagline (a dozen editions at most; an edited
// tagline is a new entry, and the oldest go past MAX_DRAWN).
export const dynamic = "force-dynamic";

const MAX_DRAWN = 32;
const drawn = new Map<string, Promise<ArrayBuffer>>();

function draw(tagline: string): Promise<ArrayBuffer> {
  let png = drawn.get(tagline);
  if (!png) {
    png = new ImageResponse(<ShareCard siteName={env.SITE_NAME} title={tagline || env.SITE_NAME} />, SHARE_IMAGE_SIZE).arrayBuffer();
    png.catch(() => drawn.delete(tagline)); // try again on the next request
    drawn.set(tagline, png);
    if (drawn.size > MAX_DRAWN) drawn.delete(drawn.keys().next().value!);
  }
  return png;
}

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = await editionAt((await params).edition);
  return new Response(await draw(editionDescription(edition)), { headers: { "Content-Type": "image/png", "Cache-Control": READER_CACHE_CONTROL } });
}
