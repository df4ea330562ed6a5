// Markdown bodies from before the editor, converted to body documents (scripts/convert-bodies.ts runs
// it over every article, revision and autosave). Nothing a reader read is lost: every piece of text
// stays, in the nearest block the editor has. Headings 1 and 2 become level 2 (the headline is the
// page's only h1), 5 and 6 become level 4; code, tables and raw HTML become plain paragraphs of
// their text; struck-out text stays as text; an image becomes a figure after its paragraph; a link
// the editor would refuse (javascript:, relative) keeps its text without the link.
import { Lexer, type Token, type Tokens } from "marked";
import { checkBodyDocument, isSafeHref, isSafeImageSrc, type Block, type BodyDocument, type InlineNode, type ListItem, type Mark } from "./document";

const NAMED_ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code = name[1]!.toLowerCase() === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED_ENTITIES[name.toLowerCase()] ?? whole;
  });
}

/** The text of raw HTML in a Markdown body, as readers saw it: tags gone, scripts and styles with their content. */
function stripTags(html: string): string {
  return decodeEntities(html.replace(/<(script|style|textarea|noscript|iframe|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, "").replace(/<[^>]*>/g, ""));
}

type Figure = Extract<Block, { type: "figure" }>;

/** Inline tokens to text nodes with marks; images are collected as figures for after the block. */
function inline(tokens: Token[] | undefined, marks: Mark[], figures: Figure[]): InlineNode[] {
  const out: InlineNode[] = [];
  const push = (text: string, with_: Mark[] = marks) => {
    if (!text) return;
    const last = out.at(-1);
    const sameMarks = (a: Mark[] | undefined, b: Mark[]) => JSON.stringify(a ?? []) === JSON.stringify(b);
    if (last?.type === "text" && sameMarks(last.marks, with_)) last.text += text;
    else out.push(with_.length ? { type: "text", text, marks: [...with_] } : { type: "text", text });
  };
  const add = (type: Mark["type"], extra?: { href: string }): Mark[] =>
    marks.some((mark) => mark.type === type) ? marks : [...marks, type === "link" ? { type: "link", attrs: extra! } : ({ type } as Mark)];
  for (const token of tokens ?? []) {
    switch (token.type) {
      case "strong":
        out.push(...inline((token as Tokens.Strong).tokens, add("bold"), figures));
        break;
      case "em":
        out.push(...inline((token as Tokens.Em).tokens, add("italic"), figures));
        break;
      case "del":
        out.push(...inline((token as Tokens.Del).tokens, marks, figures));
        break;
      case "link": {
        const link = token as Tokens.Link;
        const href = decodeEntities(link.href);
        out.push(...inline(link.tokens, isSafeHref(href) ? add("link", { href }) : marks, figures));
        break;
      }
      case "image": {
        const image = token as Tokens.Image;
        const src = decodeEntities(image.href);
        if (isSafeImageSrc(src)) {
          figures.push({
            type: "figure",
            attrs: { src, alt: decodeEntities(image.text).trim() || "Image", caption: decodeEntities(image.title ?? "").trim(), credit: "", width: "column", mediaId: null },
          });
        }
        break;
      }
      case "br":
        out.push({ type: "hardBreak" });
        break;
      case "codespan":
        push(decodeEntities((token as Tokens.Codespan).text));
        break;
      case "html":
        push(stripTags((token as Tokens.HTML).text));
        break;
      case "text":
      case "escape": {
        const text = token as Tokens.Text;
        if (text.tokens?.length) out.push(...inline(text.tokens, marks, figures));
        else push(decodeEntities(text.text));
        break;
      }
      default:
        if ("text" in token && typeof token.text === "string") push(decodeEntities(token.text));
    }
  }
  // Merge neighbours again (nested calls appended their own nodes).
  const merged: InlineNode[] = [];
  for (const node of out) {
    const last = merged.at(-1);
    if (node.type === "text" && last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) last.text += node.text;
    else merged.push(node.type === "text" ? { ...node } : node);
  }
  return merged;
}

function paragraphsOfText(text: string): Block[] {
  return text
    .split(/\n{2,}/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => ({ type: "paragraph", content: [{ type: "text", text: part }] }));
}

function textBlock(type: "paragraph", tokens: Token[] | undefined): Block[] {
  const figures: Figure[] = [];
  const content = inline(tokens, [], figures);
  const hasText = content.some((node) => node.type === "text" && node.text.trim());
  return [...(hasText ? [{ type, content }] : []), ...figures];
}

function blocks(tokens: Token[]): Block[] {
  const out: Block[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "heading": {
        const heading = token as Tokens.Heading;
        const level = Math.min(4, Math.max(2, heading.depth)) as 2 | 3 | 4;
        const figures: Figure[] = [];
        out.push({ type: "heading", attrs: { level }, content: inline(heading.tokens, [], figures) }, ...figures);
        break;
      }
      case "paragraph":
        out.push(...textBlock("paragraph", (token as Tokens.Paragraph).tokens));
        break;
      case "text":
        // A tight list item's text.
        out.push(...textBlock("paragraph", (token as Tokens.Text).tokens ?? [{ type: "text", raw: token.raw, text: (token as Tokens.Text).text }]));
        break;
      case "list": {
        const list = token as Tokens.List;
        const items: ListItem[] = list.items.map((item) => {
          const content = blocks(item.tokens);
          return { type: "listItem", content: content.length ? content : [{ type: "paragraph" }] };
        });
        if (list.ordered) out.push({ type: "orderedList", attrs: { start: typeof list.start === "number" ? list.start : 1 }, content: items });
        else out.push({ type: "bulletList", content: items });
        break;
      }
      case "blockquote": {
        const content = blocks((token as Tokens.Blockquote).tokens);
        if (content.length) out.push({ type: "blockquote", content });
        break;
      }
      case "hr":
        out.push({ type: "horizontalRule" });
        break;
      case "code":
        out.push(...paragraphsOfText((token as Tokens.Code).text));
        break;
      case "table": {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          const figures: Figure[] = [];
          const content: InlineNode[] = [];
          row.forEach((cell, index) => {
            if (index > 0) content.push({ type: "text", text: " · " });
            content.push(...inline(cell.tokens, [], figures));
          });
          out.push({ type: "paragraph", content: content.filter((node) => node.type !== "text" || node.text) }, ...figures);
        }
        break;
      }
      case "html":
        out.push(...paragraphsOfText(stripTags((token as Tokens.HTML).text)));
        break;
      default:
        // space, def (link definitions): nothing a reader sees.
        break;
    }
  }
  return out;
}

/** A Markdown body as a checked body document (throws if the result would not pass the checks). */
export function markdownToDocument(markdown: string): BodyDocument {
  const document: BodyDocument = { type: "doc", content: blocks(new Lexer({ gfm: true }).lex(markdown)) };
  const checked = checkBodyDocument(document);
  if (!checked.ok) throw new Error(`Converted Markdown is not a valid body: ${checked.message}`);
  return checked.document;
}
