// The sitemap index: the site's own pages in one part, published articles in numbered parts of at
// most SITEMAP_PART_SIZE (the protocol allows 50,000 addresses per file). A route handler (not
// app/sitemap.ts) so it can send the reader cache header.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { env } from "@/lib/env";
import { listSitemapParts } from "@/lib/seo/sitemap";
import { sitemapIndexXml, sitemapPaths } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const { pagesLastModified, articleParts } = await listSitemapParts();
  const xml = sitemapIndexXml(
    [
      { path: sitemapPaths.pages, lastModified: pagesLastModified ?? undefined },
      ...articleParts.map(({ part, lastModified }) => ({ path: sitemapPaths.articles(part), lastModified: lastModified ?? undefined })),
    ],
    env.SITE_URL,
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
