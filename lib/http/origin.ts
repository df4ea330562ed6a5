// One rule for "was this sent by a page of this site": a browser names the page's origin in the
// Origin header; an opaque origin ("null", from sandboxed frames and some redirects) or one that
// cannot be read is foreign; no header at all is a script or an app, not a page on another site.
export function isForeignOrigin(origin: string | null, ourHosts: (string | null | undefined)[]): boolean {
  if (origin === null) return false;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return true;
  }
  return origin === "null" || !host || !ourHosts.filter(Boolean).includes(host);
}
