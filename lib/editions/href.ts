// A reader address inside an edition: the default edition's pages live at the site's root (`/x`),
// another edition's under its path (`/fr/x`); proxy.ts routes both into app/[edition]
// (docs/decisions/052-editions-routing.md). Pure: links, feeds and sitemaps all go through it.

export type EditionAddress = { path: string; isDefault: boolean };

/** `path` (starting with "/") as an address of `edition`. */
export function editionHref(edition: EditionAddress, path: string): string {
  if (edition.isDefault) return path;
  if (path === "/") return `/${edition.path}`;
  // Query strings and fragments stay where they are: "/?p=1" in French is "/fr?p=1".
  if (path.startsWith("/?") || path.startsWith("/#")) return `/${edition.path}${path.slice(1)}`;
  return `/${edition.path}${path}`;
}
