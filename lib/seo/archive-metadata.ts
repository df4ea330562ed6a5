import type { Metadata } from "next";
import { pageHref } from "@/lib/content/pagination";
import { env } from "@/lib/env";
import { feedAlternates, scopePage, type FeedScopeRef } from "@/lib/feeds/links";
import { shareMetadata } from "@/lib/seo/share-metadata";

/** Title, description, canonical address, feeds and share card of page `page` of an author, section or topic. */
export function archiveMetadata(scope: Exclude<FeedScopeRef, { kind: "site" }>, name: string, description: string, page: number): Metadata {
  const title = page > 1 ? `${name}, page ${page}` : name;
  const canonical = pageHref(scopePage(scope), page);
  return {
    title,
    description,
    alternates: { canonical, types: feedAlternates(env.SITE_NAME, { scope, title: name }) },
    // The site's image: an author's avatar may be an SVG, which share cards do not show, or square,
    // which a large card crops (docs/decisions/012-validator-findings.md).
    ...shareMetadata({ path: canonical, title, description, openGraph: scope.kind === "author" ? { type: "profile" } : undefined }),
  };
}
