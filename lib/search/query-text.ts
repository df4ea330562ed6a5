// Turning what a reader types into a safe full-text query, and a snippet back into parts to show.

/** The words of a search, lower-cased, at most 12, each at most 40 characters. */
export function searchTerms(query: string): string[] {
  return (query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).slice(0, 12).map((term) => term.slice(0, 40));
}

/** An FTS5 MATCH expression: every term must appear (quoted, so no FTS syntax gets through). */
export function fts5Match(terms: string[]): string {
  return terms.map((term) => `"${term}"`).join(" AND ");
}

/** Marks around matched words in snippets: control characters no article text contains. */
export const MATCH_START = "\u0001";
export const MATCH_END = "\u0002";

export type SnippetPart = { text: string; match: boolean };

/** A snippet with match marks, as plain text parts (Markdown punctuation removed). */
export function snippetParts(snippet: string): SnippetPart[] {
  const clean = snippet
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[*_`#>]+/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const parts: SnippetPart[] = [];
  for (const [index, chunk] of clean.split(new RegExp(`[${MATCH_START}${MATCH_END}]`)).entries()) {
    if (chunk) parts.push({ text: chunk, match: index % 2 === 1 });
  }
  return parts;
}

/**
 * The snippet a result shows under its headline. When the words matched only the title, the engine's
 * snippet is the title again (SQLite picks the best column); the standfirst says more, or nothing.
 */
export function resultSnippet(parts: SnippetPart[], article: { title: string; standfirst: string | null }): SnippetPart[] {
  const text = parts
    .map((part) => part.text)
    .join("")
    .replace(/^…|…$/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const title = article.title.replace(/\s+/g, " ").trim();
  if (text && !title.includes(text)) return parts;
  return article.standfirst ? [{ text: article.standfirst, match: false }] : [];
}
