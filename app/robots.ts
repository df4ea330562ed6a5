import type { MetadataRoute } from "next";
import { readerEditions } from "@/lib/editions/current";
import { editionHref } from "@/lib/editions/href";
import { env } from "@/lib/env";
import { sitemapPaths } from "@/lib/seo/sitemap-xml";

// Read at request time, so SITE_URL is the running site's, not the build machine's.
export const dynamic = "force-dynamic";

export default async function robots(): Promise<MetadataRoute.Robots> {
  const absolute = (path: string) => new URL(path, env.SITE_URL).toString();
  // The sitemap index names every edition's parts; each edition has its own news sitemap.
  const newsSitemaps = (await readerEditions()).map((edition) => absolute(editionHref(edition, "/news-sitemap.xml")));
  return {
    // Not /login: it carries noindex, and a crawler kept out would never read it (an address that is
    // only disallowed can still be listed from links to it).
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api/"] },
    sitemap: [absolute(sitemapPaths.index), ...newsSitemaps],
  };
}
