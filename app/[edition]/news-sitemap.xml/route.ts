// A Google News sitemap: articles published in the last 48 hours.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { editionAt } from "@/lib/editions/current";
import { editionHref } from "@/lib/editions/href";
import { env } from "@/lib/env";
import { listNewsSitemapArticles } from "@/lib/seo/sitemap";
import { escapeXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string }> }) {
  const edition = await editionAt((await params).edition);
  const articles = await listNewsSitemapArticles(edition.id);
  // Google News takes the language's primary subtag (zh-cn and zh-tw aside).
  const language = new Intl.Locale(edition.language).language;
  const entries = articles.map(
    (article) => `  <url>
    <loc>${escapeXml(new URL(editionHref(edition, `/articles/${article.slug}`), env.SITE_URL).toString())}</loc>
    <lastmod>${article.lastModified.toISOString()}</lastmod>
    <news:news>
      <news:publication><news:name>${escapeXml(env.SITE_NAME)}</news:name><news:language>${escapeXml(language)}</news:language></news:publication>
      <news:publication_date>${article.publishedAt.toISOString()}</news:publication_date>
      <news:title>${escapeXml(article.title)}</news:title>
    </news:news>
  </url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">
${entries.join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
