// Reader replies are plain text. They are never parsed as HTML or Markdown: the text is split into
// paragraphs and lines, and web addresses become links, all as React text nodes, so nothing a reader
// types can become markup.
import { LinkifyIt } from "linkify-it";

const linkify = new LinkifyIt({ fuzzyLink: false, fuzzyEmail: false });

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

/** Paragraphs (split on blank lines) of lines (split on newlines) of text and link segments. */
export function parsePlainText(body: string): TextSegment[][][] {
  return body
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean)
    .map((paragraph) => paragraph.split("\n").map(segmentLine));
}

function segmentLine(line: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of linkify.match(line) ?? []) {
    // Only web links: no mailto:, no javascript:, nothing else.
    if (!/^https?:\/\//i.test(match.url)) continue;
    if (match.index > last) segments.push({ kind: "text", text: line.slice(last, match.index) });
    segments.push({ kind: "link", text: match.text, href: match.url });
    last = match.lastIndex;
  }
  if (last < line.length) segments.push({ kind: "text", text: line.slice(last) });
  return segments;
}

/** A reader-supplied website, if it is an http(s) URL; anything else is dropped. */
export function safeWebsite(url: string | null): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    return parsed.protocol === "http:" || parsed.protocol === "https:" ? parsed.href : null;
  } catch {
    return null;
  }
}
