// Feed paths and autodiscovery links (no server-only code: used by metadata everywhere).
export type FeedScopeRef =
  | { kind: "site" }
  | { kind: "author"; handle: string }
  | { kind: "category"; slug: string }
  | { kind: "tag"; slug: string };

export type FeedKind = FeedScopeRef["kind"];

/** The handle or slug that names the scope ("" for the site). */
export function scopeKey(scope: FeedScopeRef): string {
  return scope.kind === "site" ? "" : scope.kind === "author" ? scope.handle : scope.slug;
}

export function scopeFromKey(kind: FeedKind, key: string): FeedScopeRef {
  return kind === "site" ? { kind } : kind === "author" ? { kind, handle: key } : { kind, slug: key };
}

/** The reader page whose articles the feed lists. */
export function scopePage(scope: FeedScopeRef): string {
  const base = { site: "", author: "/authors/", category: "/category/", tag: "/tag/" }[scope.kind];
  return scope.kind === "site" ? "/" : `${base}${scopeKey(scope)}`;
}

export function feedPaths(scope: FeedScopeRef) {
  const base = scope.kind === "site" ? "" : scopePage(scope);
  return { rss: `${base}/feed.xml`, atom: `${base}/atom.xml`, json: `${base}/feed.json` };
}

/**
 * `<link rel="alternate">` entries for Next's metadata.alternates.types: the site's feeds, then the
 * page's own (an author's, a category's, a tag's). A page that sets `alternates` replaces the layout's, so
 * every page with a canonical URL passes its alternates through here.
 */
export function feedAlternates(siteName: string, own?: { scope: FeedScopeRef; title: string }) {
  const feeds = [{ scope: { kind: "site" } as FeedScopeRef, title: siteName }, ...(own ? [own] : [])].map(({ scope, title }) => ({
    paths: feedPaths(scope),
    title,
  }));
  return {
    "application/rss+xml": feeds.map(({ paths, title }) => ({ url: paths.rss, title: `${title} (RSS)` })),
    "application/atom+xml": feeds.map(({ paths, title }) => ({ url: paths.atom, title: `${title} (Atom)` })),
    "application/feed+json": feeds.map(({ paths, title }) => ({ url: paths.json, title: `${title} (JSON Feed)` })),
  };
}
