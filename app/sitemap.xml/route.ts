// The sitemap index: for each edition, its own pages in one part and its published articles in numbered
// parts of at most SITEMAP_PART_SIZE (the protocol allows 50,000 addresses per file), each under the
// edition's address (a sitemap lists only addresses under its own folder). A route handler (not
// app/sitemap.ts) so it can send the reader cache header.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { readerEditions } from "@/lib/editions/current";
import { editionHref } from "@/lib/editions/href";
import { env } from "@/lib/env";
import { countSitemapArticleParts } from "@/lib/seo/sitemap";
import { sitemapIndexXml, sitemapPaths } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const editions = await readerEditions();
  const perEdition = await Promise.all(
    editions.map(async (edition) => {
      const parts = await countSitemapArticleParts(edition.id);
      return [sitemapPaths.pages, ...Array.from({ length: parts }, (_, index) => sitemapPaths.articles(index + 1))].map((path) => editionHref(edition, path));
    }),
  );
  const xml = sitemapIndexXml(perEdition.flat(), env.SITE_URL);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
