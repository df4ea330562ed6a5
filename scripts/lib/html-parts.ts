// What an article page's HTML is made of, part by part, for the bench: the head's metadata, the
// JSON-LD, React's payload (the `self.__next_f.push` scripts that repeat the page for hydration),
// the sections of the body (author box, related list, replies, reply form) and the rest.
const SECTIONS: [string, RegExp][] = [
  ["author box", /<aside aria-labelledby="about-author-[^"]*"[\s\S]*?<\/aside>/],
  ["related list", /<section aria-labelledby="related-heading"[\s\S]*?<\/section>/],
  ["reply list", /<section aria-labelledby="replies-heading"[\s\S]*?<\/section>/],
  ["reply form", /<section aria-labelledby="leave-a-reply"[\s\S]*?<\/section>/],
  ["navigation", /<nav aria-label="Sections"[\s\S]*?<\/nav>/],
];

export type HtmlParts = Record<string, number>;

/** Bytes per part of `html` (UTF-8); "other" is what no part claims. */
export function htmlParts(html: string): HtmlParts {
  const bytes = (text: string) => Buffer.byteLength(text);
  const headEnd = html.indexOf("</head>");
  const head = headEnd >= 0 ? html.slice(0, headEnd) : "";
  const body = headEnd >= 0 ? html.slice(headEnd) : html;
  const sum = (pattern: RegExp, text: string) => [...text.matchAll(pattern)].reduce((total, match) => total + bytes(match[0]), 0);
  const total = bytes(html);
  const parts: HtmlParts = { total };
  const JSON_LD = /<script type="application\/ld\+json"[\s\S]*?<\/script>/g;
  parts["JSON-LD"] = sum(JSON_LD, html);
  parts["head (metadata, styles)"] = bytes(head) - sum(JSON_LD, head);
  parts["React payload"] = sum(/<script>self\.__next_f\.push[\s\S]*?<\/script>/g, body);
  for (const [name, pattern] of SECTIONS) parts[name] = bytes(pattern.exec(body)?.[0] ?? "");
  parts.other = total - Object.entries(parts).reduce((total, [name, size]) => (name === "total" ? total : total + size), 0);
  return parts;
}
