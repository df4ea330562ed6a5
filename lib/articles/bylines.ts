// Bylines. Readers read them joined as their edition's language joins a list (Intl.ListFormat through
// next-intl's formatter: "Marcus Chen, Amara Okafor and Priya Raman" in en-GB, "… et …" in French):
// components/articles/byline-links.tsx, the share card (app/[edition]/articles/[slug]/og.png).

/** The most bylines an article may have. */
export const MAX_BYLINES = 10;

type Named = { handle: string; displayName: string };

/** A listed article's bylines in order (its first author alone for a row written without bylines). */
export function cardAuthors(card: { author: Named; bylines: { author: Named }[] }): Named[] {
  return card.bylines.length ? card.bylines.map((byline) => byline.author) : [card.author];
}
