// One sitemap part of published articles, with each one's last change. Public address
// /sitemap-articles-N.xml (rewritten here by next.config.js), listed by the index at /sitemap.xml.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { env } from "@/lib/env";
import { listSitemapArticles } from "@/lib/seo/sitemap";
import { parsePartParam, urlsetXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ part: string }> }) {
  const part = parsePartParam((await params).part);
  const articles = part ? await listSitemapArticles(part) : [];
  // Past the last part (or no number): a sitemap must list at least one address.
  if (articles.length === 0) return new Response("Not found", { status: 404 });
  const xml = urlsetXml(
    articles.map((article) => ({ path: `/articles/${article.slug}`, lastModified: article.lastModified })),
    env.SITE_URL,
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
