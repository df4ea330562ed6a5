import type { MetadataRoute } from "next";
import { env } from "@/lib/env";
import { sitemapPaths } from "@/lib/seo/sitemap-xml";

// Read at request time, so SITE_URL is the running site's, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    // Not /login: it carries noindex, and a crawler kept out would never read it (an address that is
    // only disallowed can still be listed from links to it).
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/api/"] },
    sitemap: [new URL(sitemapPaths.index, env.SITE_URL).toString(), new URL("/news-sitemap.xml", env.SITE_URL).toString()],
  };
}
