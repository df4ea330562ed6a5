// A Google News sitemap: articles published in the last 48 hours.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { env } from "@/lib/env";
import { listNewsSitemapArticles } from "@/lib/seo/sitemap";
import { escapeXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET() {
  const articles = await listNewsSitemapArticles();
  const entries = articles.map(
    (article) => `  <url>
    <loc>${escapeXml(new URL(`/articles/${article.slug}`, env.SITE_URL).toString())}</loc>
    <lastmod>${article.lastModified.toISOString()}</lastmod>
    <news:news>
      <news:publication><news:name>${escapeXml(env.SITE_NAME)}</news:name><news:language>en</news:language></news:publication>
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
