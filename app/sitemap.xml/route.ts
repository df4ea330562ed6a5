// The sitemap index: the site's own pages in one part, published articles in numbered parts of at
// most SITEMAP_PART_SIZE (the protocol allows 50,000 addresses per file). A route handler (not
// app/sitemap.ts) so it can send the reader cache header.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { env } from "@/lib/env";
import { countSitemapArticleParts } from "@/lib/seo/sitemap";
import { sitemapIndexXml, sitemapPaths } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const parts = await countSitemapArticleParts();
  const xml = sitemapIndexXml([sitemapPaths.pages, ...Array.from({ length: parts }, (_, index) => sitemapPaths.articles(index + 1))], env.SITE_URL);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
