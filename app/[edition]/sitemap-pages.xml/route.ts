// The sitemap part of the site's own pages: home, and the authors, sections and topics that have a
// published article, and the corrections page once it lists something.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { editionAt } from "@/lib/editions/current";
import { editionHref } from "@/lib/editions/href";
import { env } from "@/lib/env";
import { listSitemapPages } from "@/lib/seo/sitemap";
import { listPublishedSitePages } from "@/lib/pages/queries";
import { urlsetXml, type SitemapUrl } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = await editionAt((await params).edition);
  const [{ homeLastModified, authors, categories, tags, correctionsLastModified }, sitePages] = await Promise.all([listSitemapPages(edition.id), listPublishedSitePages(edition.id)]);
  const urls: SitemapUrl[] = [
      { path: "/", lastModified: homeLastModified ?? undefined, changeFrequency: "hourly", priority: 1 },
      ...authors.map((author) => ({ path: `/authors/${author.handle}` })),
      ...categories.map((category) => ({ path: `/category/${category.slug}` })),
      ...tags.map((tag) => ({ path: `/tag/${tag.slug}` })),
      // The corrections page, once there is something on it.
      ...(correctionsLastModified ? [{ path: "/corrections", lastModified: correctionsLastModified }] : []),
      // The site's own pages (About, Contact, …).
      ...sitePages.map((page) => ({ path: `/${page.slug}`, lastModified: page.updatedAt })),
  ];
  const xml = urlsetXml(urls.map((url) => ({ ...url, path: editionHref(edition, url.path) })), env.SITE_URL);
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
