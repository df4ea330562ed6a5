// WordPress post HTML, classic or block editor, converted to Gazette's body document
// (lib/content/document.ts), in the spirit of lib/content/markdown-to-document.ts: every piece of text
// a reader saw stays, in the nearest block the editor has, and whatever could not be kept as it was is
// named in `notes` for the import report. Block-editor comments (<!-- wp:… -->) are ignored and their
// HTML converted; a block that is only a comment (latest posts, a widget) is noted. Classic content
// has no <p>: blank lines are paragraphs and single newlines line breaks, as WordPress's wpautop
// makes them. [caption] becomes a figure, [gallery] figures of the attachments, [embed] and an
// embeddable address on its own line an embed; other shortcodes stay as text and are noted. Images
// keep their address here: the importer swaps in the media library's copy (`images` lists them).
//
// One module per block family: ./shortcodes.ts (before parsing), ./inline.ts, ./blocks.ts,
// ./lists-tables.ts, ./figures.ts, over ./html.ts (the parsed tree) and ./writer.ts (what they write
// into). This module is the converter's public face.
import { parseDocument } from "htmlparser2";
import { z } from "zod";
import { singleLine } from "@/lib/actions/schemas";
import { BODY_LIMITS, checkBodyDocument, type Block, type BodyDocument, type InlineNode } from "@/lib/content/document";
import { HTML_MAX_DEPTH, clean, nestingDepth, textOf, type HtmlDocument } from "./html";
import { blocksOf } from "./inline";
import { expandShortcodes } from "./shortcodes";
import type { Context, ConvertOptions } from "./writer";

export { HTML_MAX_DEPTH } from "./html";
export type { ConvertOptions, GalleryImage } from "./writer";

export type ConversionResult = { document: BodyDocument; notes: string[]; images: string[] };

/** Split text nodes longer than the validator allows (a huge paragraph stays one paragraph). */
function splitLongText(blocks: Block[]): void {
  const visit = (content: InlineNode[] | undefined) => {
    if (!content) return;
    for (let index = 0; index < content.length; index++) {
      const node = content[index]!;
      if (node.type === "text" && node.text.length > BODY_LIMITS.textLength) {
        const parts: InlineNode[] = [];
        for (let offset = 0; offset < node.text.length; offset += BODY_LIMITS.textLength) {
          parts.push({ ...node, text: node.text.slice(offset, offset + BODY_LIMITS.textLength) });
        }
        content.splice(index, 1, ...parts);
        index += parts.length - 1;
      }
    }
  };
  const stack: Block[] = [...blocks];
  while (stack.length) {
    const block = stack.pop()!;
    if (block.type === "paragraph" || block.type === "heading" || block.type === "pullQuote") visit(block.content);
    else if (block.type === "blockquote") stack.push(...block.content);
    else if (block.type === "bulletList" || block.type === "orderedList") for (const item of block.content) stack.push(...item.content);
  }
}

/** The document's words alone, as paragraphs: what is kept when the structure cannot be. */
function plainTextDocument(parsed: HtmlDocument, limit: number): Block[] {
  const text = clean(textOf(parsed));
  return text
    .slice(0, limit)
    .split(/\n\s*\n/)
    .map((part) => part.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .map((part) => ({ type: "paragraph", content: [{ type: "text", text: part.slice(0, BODY_LIMITS.textLength) }] }) as Block);
}

/** WordPress post HTML (content:encoded) as a checked body document, with notes for the report. */
export function wordpressHtmlToDocument(html: string, options: ConvertOptions = {}): ConversionResult {
  const notes = new Set<string>();
  const images: string[] = [];
  const classic = !/<!--\s*wp:/.test(html);
  if (!classic) {
    // Blocks with no HTML of their own (latest posts, archives, a widget) render from the site.
    for (const match of html.matchAll(/<!--\s*wp:([a-z0-9/-]+)(?:\s+\{(?:(?!-->)[^])*?\})?\s*\/-->/g)) {
      notes.add(`block “${match[1]}” has no content of its own: left out`);
    }
  }
  const context: Context = { classic, notes, images, options };
  const expanded = expandShortcodes(html.replace(/\r\n?/g, "\n"), notes);
  const parsed = parseDocument(expanded, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  const depth = nestingDepth(parsed);
  const blocks = depth > HTML_MAX_DEPTH ? [] : blocksOf(parsed.children, context);
  splitLongText(blocks);
  let checked: ReturnType<typeof checkBodyDocument> =
    depth > HTML_MAX_DEPTH ? { ok: false, message: `its HTML is nested ${depth.toLocaleString("en-GB")} levels deep, more than ${HTML_MAX_DEPTH}` } : checkBodyDocument({ type: "doc", content: blocks });
  if (checked.ok && JSON.stringify(checked.document).length > BODY_LIMITS.jsonLength) {
    checked = { ok: false, message: "The body is too long for one article." };
  }
  if (!checked.ok) {
    notes.add(`the body could not keep its layout (${checked.message}): kept as plain paragraphs`);
    let limit = BODY_LIMITS.jsonLength / 2;
    for (;;) {
      const fallback = checkBodyDocument({ type: "doc", content: plainTextDocument(parsed, limit) });
      if (fallback.ok && JSON.stringify(fallback.document).length <= BODY_LIMITS.jsonLength) {
        if (textOf(parsed).length > limit) notes.add(`the body was cut after ${limit.toLocaleString("en-GB")} characters`);
        return { document: fallback.document, notes: [...notes], images: [] };
      }
      limit = Math.floor(limit / 2);
      if (limit < 1_000) return { document: { type: "doc", content: [] }, notes: [...notes, "the body could not be converted at all"], images: [] };
    }
  }
  return { document: checked.document, notes: [...notes], images };
}

/** Plain text of a WordPress HTML fragment (titles, excerpts, comments), entities decoded. */
export function htmlToPlainText(html: string): string {
  // Blocks (paragraphs, headings, list items, rows) keep a line of their own, as readers saw them.
  const spaced = html
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(/<\/(p|h[1-6]|blockquote|pre|table|ul|ol|dl)>/gi, "$&\n\n")
    .replace(/<\/(li|tr|dt|dd|div|address|figcaption|thead|tbody|tfoot|caption)>/gi, "$&\n")
    .replace(/<\/(td|th)>/gi, "$& ");
  const text = textOf(parseDocument(spaced, { decodeEntities: true }));
  return clean(text)
    .replace(/[ \t]+/g, " ")
    .replace(/ *\n */g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/** Every line break and tab a single-line field may not hold (lib/actions/schemas.ts), with the spaces around them. */
const LINE_BREAKS_AND_SPACES = /[ \t\n\v\f\r\u0085\u2028\u2029]+/g;

const SingleLineText = singleLine(z.string());

/**
 * A single-line field from an export (a title, a name, alt text, a login): its plain text with line
 * breaks and tabs folded into one space, at most `max` characters, and held to the one rule of every
 * single-line field (singleLine in lib/actions/schemas.ts), as the dashboard's forms are. An export
 * is not refused for a title typed on two lines; "" when nothing storable is left, and the caller
 * falls back ("Untitled", the login).
 */
export function htmlToSingleLine(html: string, max: number): string {
  return toSingleLine(htmlToPlainText(html), max);
}

/** The same for plain text (an alt attribute, a login, a term's slug): not read as HTML. */
export function toSingleLine(plain: string, max: number): string {
  let text = clean(plain.replace(LINE_BREAKS_AND_SPACES, " ")).trim();
  // Cut between characters, never inside a surrogate pair (a lone half is not storable).
  if (text.length > max) text = text.slice(0, /[\uD800-\uDBFF]/.test(text[max - 1] ?? "") ? max - 1 : max).trimEnd();
  return SingleLineText.safeParse(text).success ? text : "";
}
