// One sitemap part of published articles, with each one's last change. Public address
// /sitemap-articles-N.xml (rewritten here by next.config.js), listed by the index at /sitemap.xml.
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { editionAt } from "@/lib/editions/current";
import { editionHref } from "@/lib/editions/href";
import { env } from "@/lib/env";
import { listSitemapArticles } from "@/lib/seo/sitemap";
import { parsePartParam, urlsetXml } from "@/lib/seo/sitemap-xml";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ edition: string; part: string }> }) {
  const { edition: path, part: partParam } = await params;
  const edition = await editionAt(path);
  const part = parsePartParam(partParam);
  const articles = part ? await listSitemapArticles(edition.id, part) : [];
  // Past the last part (or no number): a sitemap must list at least one address.
  if (articles.length === 0) return new Response("Not found", { status: 404 });
  const xml = urlsetXml(
    articles.map((article) => ({ path: editionHref(edition, `/articles/${article.slug}`), lastModified: article.lastModified, alternates: article.alternates })),
    env.SITE_URL,
  );
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
