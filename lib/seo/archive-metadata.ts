import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { pageHref } from "@/lib/content/pagination";
import { env } from "@/lib/env";
import { feedAlternates, scopePage, type FeedScopeRef } from "@/lib/feeds/links";
import { shareMetadata } from "@/lib/seo/share-metadata";

/**
 * Title, description, canonical address, feeds and share card of page `page` of an author, section or
 * topic, in the edition's language; `description` is the one written for it, if any.
 */
export async function archiveMetadata(scope: Exclude<FeedScopeRef, { kind: "site" }>, name: string, description: string | null, page: number): Promise<Metadata> {
  const t = await getTranslations("Meta");
  const title = page > 1 ? t("page", { title: name, page }) : name;
  description ||= t(({ category: "sectionDescription", tag: "topicDescription", author: "authorDescription" } as const)[scope.kind], { name });
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
