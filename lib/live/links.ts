// The live coverage's feeds in a page's <link rel="alternate"> list, after the site's (no server-only code).
import { livePaths } from "./public";

type Alternates = Record<"application/rss+xml" | "application/atom+xml" | "application/feed+json", { url: string; title: string }[]>;

export function liveFeedAlternates(site: Alternates, slug: string, title: string): Alternates {
  const paths = livePaths.feeds(slug);
  const named = `${title}: live updates`;
  return {
    "application/rss+xml": [...site["application/rss+xml"], { url: paths.rss, title: `${named} (RSS)` }],
    "application/atom+xml": [...site["application/atom+xml"], { url: paths.atom, title: `${named} (Atom)` }],
    "application/feed+json": [...site["application/feed+json"], { url: paths.json, title: `${named} (JSON Feed)` }],
  };
}
