// Who wrote a feed entry, in each format's own terms. RSS 2.0's <author> must be an email address,
// and Gazette never publishes one, so RSS names the author with Dublin Core's <dc:creator>; Atom and
// JSON Feed have a name and a link.
import type { Item } from "feed";

export const DUBLIN_CORE_NAMESPACE = "http://purl.org/dc/elements/1.1/";

/** The author fields of a feed item for `format`: every byline, a name and a profile link, never an email. */
export function itemByline(format: "rss" | "atom" | "json", authors: { name: string; link: string }[]): Pick<Item, "author" | "extensions"> {
  // One extension whose objects are a list: `feed` sets item[name] = objects, and a list becomes one
  // element per entry (two extensions of one name would overwrite each other).
  if (format === "rss") return { extensions: [{ name: "dc:creator", objects: authors.map((author) => ({ _text: author.name })) as unknown as Record<string, unknown> }] };
  return { author: authors.map((author) => ({ name: author.name, link: author.link })) };
}

/**
 * `feed` declares the dc namespace only when an entry has content:encoded (an article with an empty
 * body has none); dc:creator needs it whatever the entries hold.
 */
export function withDublinCore(rss: string): string {
  return /<rss\b[^>]*\sxmlns:dc=/.test(rss) ? rss : rss.replace(/<rss\b/, `<rss xmlns:dc="${DUBLIN_CORE_NAMESPACE}"`);
}
