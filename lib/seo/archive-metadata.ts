import type { Metadata } from "next";
import { pageHref } from "@/lib/content/pagination";
import { env } from "@/lib/env";
import { feedAlternates, scopePage, type FeedScopeRef } from "@/lib/feeds/links";

/** Title, description, canonical address and feeds of page `page` of an author, section or topic. */
export function archiveMetadata(scope: Exclude<FeedScopeRef, { kind: "site" }>, name: string, description: string, page: number): Metadata {
  return {
    title: page > 1 ? `${name}, page ${page}` : name,
    description,
    alternates: { canonical: pageHref(scopePage(scope), page), types: feedAlternates(env.SITE_NAME, { scope, title: name }) },
  };
}
