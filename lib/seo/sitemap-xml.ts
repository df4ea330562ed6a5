// Sitemaps (sitemaps.org 0.9): an index at /sitemap.xml naming its parts, one part for the site's own
// pages (home, authors, sections, topics) and numbered parts of published articles. The protocol
// allows 50,000 addresses per file; a part holds SITEMAP_PART_SIZE (docs/decisions/012-validator-findings.md).

/** Articles per sitemap part: a fifth of the protocol's limit, so a part stays small (about 1.5 MB). */
export const SITEMAP_PART_SIZE = 10_000;
/** The most addresses one sitemap file, or one index, may list. */
export const SITEMAP_PROTOCOL_LIMIT = 50_000;

/**
 * Public addresses. The parts sit beside the index at the root because a sitemap may only list
 * addresses under its own folder; next.config.js rewrites `/sitemap-articles-N.xml` to its route.
 */
export const sitemapPaths = {
  index: "/sitemap.xml",
  pages: "/sitemap-pages.xml",
  articles: (part: number) => `/sitemap-articles-${part}.xml`,
};

/** How many article parts `total` published articles need. */
export function articlePartCount(total: number): number {
  return Math.ceil(total / SITEMAP_PART_SIZE);
}

/** Which articles part `part` (from 1) lists, oldest first, so a publish changes only the last part. */
export function articlePartWindow(part: number): { skip: number; take: number } {
  return { skip: (part - 1) * SITEMAP_PART_SIZE, take: SITEMAP_PART_SIZE };
}

/** The part number of an address, or null when it names none. */
export function parsePartParam(value: string): number | null {
  return /^[1-9]\d{0,5}$/.test(value) ? Number(value) : null;
}

export type SitemapUrl = {
  path: string;
  lastModified?: Date;
  changeFrequency?: "always" | "hourly" | "daily" | "weekly" | "monthly" | "yearly" | "never";
  priority?: number;
  /** The page's versions in other languages (hreflang → path, itself and x-default included). */
  alternates?: Record<string, string>;
};

export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!);
}

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
const SITEMAP_NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";
const XHTML_NAMESPACE = "http://www.w3.org/1999/xhtml";

const loc = (path: string, siteUrl: string) => `<loc>${escapeXml(new URL(path, siteUrl).toString())}</loc>`;

/** A `<urlset>`: the addresses in `urls`, absolute on `siteUrl`. */
export function urlsetXml(urls: SitemapUrl[], siteUrl: string): string {
  const elements = urls.map(({ path, lastModified, changeFrequency, priority, alternates }) =>
    [
      "  <url>",
      `    ${loc(path, siteUrl)}`,
      // Google's form of hreflang in a sitemap: every version, the page itself included.
      ...Object.entries(alternates ?? {}).map(([language, href]) => `    <xhtml:link rel="alternate" hreflang="${escapeXml(language)}" href="${escapeXml(new URL(href, siteUrl).toString())}"/>`),
      lastModified && `    <lastmod>${lastModified.toISOString()}</lastmod>`,
      changeFrequency && `    <changefreq>${changeFrequency}</changefreq>`,
      priority !== undefined && `    <priority>${priority.toFixed(1)}</priority>`,
      "  </url>",
    ]
      .filter(Boolean)
      .join("\n"),
  );
  const xhtml = urls.some((url) => url.alternates) ? ` xmlns:xhtml="${XHTML_NAMESPACE}"` : "";
  return `${XML_DECLARATION}\n<urlset xmlns="${SITEMAP_NAMESPACE}"${xhtml}>\n${elements.join("\n")}\n</urlset>\n`;
}

/** A `<sitemapindex>` naming the sitemaps at `paths`, absolute on `siteUrl`. */
export function sitemapIndexXml(paths: string[], siteUrl: string): string {
  const elements = paths.map((path) => `  <sitemap>\n    ${loc(path, siteUrl)}\n  </sitemap>`);
  return `${XML_DECLARATION}\n<sitemapindex xmlns="${SITEMAP_NAMESPACE}">\n${elements.join("\n")}\n</sitemapindex>\n`;
}
