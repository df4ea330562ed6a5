// Bylines as readers read them: "Marcus Chen", "Marcus Chen and Amara Okafor",
// "Marcus Chen, Amara Okafor and Priya Raman" (no serial comma, as the house style writes lists).

/** The most bylines an article may have. */
export const MAX_BYLINES = 10;

/** What goes before the name at `index` of `count` names: nothing, ", " or " and ". */
export function bylineSeparator(index: number, count: number): string {
  if (index === 0) return "";
  return index === count - 1 ? " and " : ", ";
}

export function joinNames(names: string[]): string {
  return names.map((name, index) => `${bylineSeparator(index, names.length)}${name}`).join("");
}

type Named = { handle: string; displayName: string };

/** A listed article's bylines in order (its first author alone for a row written without bylines). */
export function cardAuthors(card: { author: Named; bylines: { author: Named }[] }): Named[] {
  return card.bylines.length ? card.bylines.map((byline) => byline.author) : [card.author];
}
