// How search engines and social networks cut long titles and descriptions, for the editor's previews.

/** About what a search result shows of a title and of a description, in characters. */
export const SEARCH_TITLE_MAX = 60;
export const SEARCH_DESCRIPTION_MAX = 160;
export const CARD_TITLE_MAX = 90;
export const CARD_DESCRIPTION_MAX = 200;

/** `text` on one line, cut to at most `max` characters at a word boundary when it can, with "…". */
export function truncateForPreview(text: string, max: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s.,;:–-]+$/, "")}…`;
}
