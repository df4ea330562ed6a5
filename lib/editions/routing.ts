// Which edition a reader's address belongs to, as proxy.ts will apply it (docs/plans/editions.md,
// section 1; docs/decisions/047-editions.md). Pure: only the path is read (no cookie, no
// Accept-Language), so every address has one answer and caches keyed on it stay right.
//
// - `/fr/…` under a non-default edition's path passes as it is;
// - `/en/…` under the default edition's own path is a 308 to the same address without it;
// - any other reader address is rewritten under the default edition's path (`/x` → `/en/x`);
// - what lives outside the readers' tree (the dashboard, sign-in, the API, live polling, uploads,
//   Next's files, the sitemap index, robots, the icon, public files) is left alone.
//
// Applied by proxy.ts to every address its matcher names (docs/decisions/052-editions-routing.md).

/** What the rule needs of an edition (the registry's entries have more). */
export type RoutableEdition = { path: string; isDefault: boolean };

export type EditionRoute =
  /** Leave the request as it is: under a non-default edition (`edition` its path), or outside the readers' tree (null). */
  | { action: "pass"; edition: string | null }
  /** Answer 308 with this Location (a path and the query string, never another host). */
  | { action: "redirect"; status: 308; location: string }
  /** Serve this path instead (the default edition's tree), the address bar unchanged. */
  | { action: "rewrite"; pathname: string; edition: string };

/**
 * First segments that are not reader pages, matched exactly as they arrive. Kept in step with the
 * proxy's matcher (docs/decisions/025-cached-pages-at-full-speed.md) and public/.
 */
export const OUTSIDE_EDITIONS: ReadonlySet<string> = new Set([
  "_next",
  "api",
  "dashboard",
  "login",
  "live",
  "uploads",
  "sitemap.xml",
  "robots.txt",
  "icon.png",
  "favicon.ico",
  // public/
  "avatars",
  "logo.png",
]);

/**
 * The route of `address` (a pathname, optionally followed by `?query`; a `#fragment` never reaches a
 * server, and is left with the query if it does). `editions` is the registry's list; without a
 * default edition nothing is rewritten.
 */
export function editionRoute(address: string, editions: readonly RoutableEdition[]): EditionRoute {
  const queryAt = address.search(/[?#]/);
  const pathname = queryAt === -1 ? address : address.slice(0, queryAt);
  const query = queryAt === -1 ? "" : address.slice(queryAt);
  // Anything else is not a path of ours (a proxy always gets one starting with "/").
  if (!pathname.startsWith("/")) return { action: "pass", edition: null };

  const end = pathname.indexOf("/", 1);
  const first = end === -1 ? pathname.slice(1) : pathname.slice(1, end);
  const rest = end === -1 ? "" : pathname.slice(end);

  if (OUTSIDE_EDITIONS.has(first)) return { action: "pass", edition: null };
  const fallback = editions.find((edition) => edition.isDefault);
  const named = first ? editions.find((edition) => edition.path === first) : undefined;
  if (named && !named.isDefault) return { action: "pass", edition: named.path };
  if (!fallback) return { action: "pass", edition: null };
  if (named) return { action: "redirect", status: 308, location: withoutDoubleSlash(rest || "/") + query };
  return { action: "rewrite", pathname: pathname === "/" ? `/${fallback.path}` : `/${fallback.path}${pathname}`, edition: fallback.path };
}

/**
 * `/en//evil.example` would become `//evil.example`, which a browser reads as another host (so does
 * `/\evil.example`): the leading slashes and backslashes of a Location are folded into one.
 */
function withoutDoubleSlash(path: string): string {
  return path.replace(/^[/\\]+/, "/");
}
