import type { MetadataRoute } from "next";
import { env } from "@/lib/env";

// Read at request time, so SITE_URL is the running site's, not the build machine's.
export const dynamic = "force-dynamic";

export default function robots(): MetadataRoute.Robots {
  return {
    rules: { userAgent: "*", allow: "/", disallow: ["/dashboard", "/login", "/api/"] },
    sitemap: [new URL("/sitemap.xml", env.SITE_URL).toString(), new URL("/news-sitemap.xml", env.SITE_URL).toString()],
  };
}
