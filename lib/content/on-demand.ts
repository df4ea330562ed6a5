/**
 * `export const generateStaticParams = renderOnFirstRequest;` in a reader route: nothing is built
 * ahead (the build never needs the database); each page is rendered on its first request, then
 * served from the cache until one of its tags expires (docs/decisions/011-caching-reader-pages.md).
 */
export function renderOnFirstRequest(): never[] {
  return [];
}
