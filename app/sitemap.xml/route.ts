// The sitemap: every published article with its last change, and the author, section and topic
// pages that have one. A route handler (not app/sitemap.ts) so it can send the reader cache header.
import { articleLastModified } from "@/lib/articles/last-modified";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { env } from "@/lib/env";
import { escapeXml, listSitemapEntries } from "@/lib/seo/sitemap";

export const dynamic = "force-dynamic";

type Entry = { path: string; lastModified?: Date; changeFrequency?: string; priority?: number };

function urlElement({ path, lastModified, changeFrequency, priority }: Entry): string {
  return [
    "  <url>",
    `    <loc>${escapeXml(new URL(path, env.SITE_URL).toString())}</loc>`,
    lastModified && `    <lastmod>${lastModified.toISOString()}</lastmod>`,
    changeFrequency && `    <changefreq>${changeFrequency}</changefreq>`,
    priority !== undefined && `    <priority>${priority}</priority>`,
    "  </url>",
  ]
    .filter(Boolean)
    .join("\n");
}

export async function GET() {
  const { articles, authors, categories, tags } = await listSitemapEntries();
  const entries: Entry[] = [
    { path: "/", lastModified: articles[0]?.publishedAt ?? undefined, changeFrequency: "hourly", priority: 1 },
    ...articles.map((article) => ({
      path: `/articles/${article.slug}`,
      lastModified: articleLastModified({ publishedAt: article.publishedAt!, editedAt: article.editedAt }),
    })),
    ...authors.map((author) => ({ path: `/authors/${author.handle}` })),
    ...categories.map((category) => ({ path: `/category/${category.slug}` })),
    ...tags.map((tag) => ({ path: `/tag/${tag.slug}` })),
  ];
  const xml = `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map(urlElement).join("\n")}
</urlset>
`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
