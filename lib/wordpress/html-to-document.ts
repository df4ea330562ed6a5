// WordPress post HTML, classic or block editor, converted to Gazette's body document
// (lib/content/document.ts), in the spirit of lib/content/markdown-to-document.ts: every piece of text
// a reader saw stays, in the nearest block the editor has, and whatever could not be kept as it was is
// named in `notes` for the import report. Block-editor comments (<!-- wp:… -->) are ignored and their
// HTML converted; a block that is only a comment (latest posts, a widget) is noted. Classic content
// has no <p>: blank lines are paragraphs and single newlines line breaks, as WordPress's wpautop
// makes them. [caption] becomes a figure, [gallery] figures of the attachments, [embed] and an
// embeddable address on its own line an embed; other shortcodes stay as text and are noted. Images
// keep their address here: the importer swaps in the media library's copy (`images` lists them).
import { parseDocument } from "htmlparser2";
import { z } from "zod";
import { singleLine } from "@/lib/actions/schemas";
import { BODY_LIMITS, checkBodyDocument, isSafeHref, type Block, type BodyDocument, type FigureAttrs, type InlineNode, type ListItem, type Mark } from "@/lib/content/document";
import { parseEmbedUrl } from "@/lib/content/embeds";

type HtmlDocument = ReturnType<typeof parseDocument>;
type HtmlNode = HtmlDocument["children"][number];
type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
type Figure = Extract<Block, { type: "figure" }>;

export type GalleryImage = { src: string; alt: string; caption: string };

export type ConvertOptions = {
  /** The images of a [gallery]: by its ids, or (no ids) the post's attached images. */
  gallery?: (ids: string[] | null) => GalleryImage[];
  /** The site's address, so links written as /about or //host/path become absolute. */
  baseUrl?: string;
};

export type ConversionResult = { document: BodyDocument; notes: string[]; images: string[] };

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const DROPPED_WITH_CONTENT = new Set(["script", "style", "noscript", "template", "head", "title", "meta", "link"]);
const MEDIA = new Set(["video", "audio", "object", "embed", "canvas", "svg", "map", "form", "input", "select", "textarea", "button", "math"]);
const BLOCK_ELEMENTS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "hr", "table", "pre", "dl", "dt", "dd",
  "div", "section", "article", "aside", "header", "footer", "nav", "main", "address", "center", "details", "summary", "figcaption", "iframe",
  ...MEDIA,
]);

/** Text a database stores and the validator accepts: no control characters, no broken symbols. */
function clean(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

const isElement = (node: HtmlNode): node is HtmlElement => "attribs" in node;
const isText = (node: HtmlNode): node is Extract<HtmlNode, { type: "text" }> => node.type === "text";
const classes = (element: HtmlElement) => (element.attribs.class ?? "").split(/\s+/);

// The walks below a post's HTML that a file could drive deep are loops over a stack, not recursion:
// 5,000 nested <div> used to overflow the call stack. The converter's own recursion (walkInline,
// walkBlock) only runs on a tree at most HTML_MAX_DEPTH deep; deeper bodies are kept as plain text.

/** The text of a node, in document order, without the content of scripts, styles and the like. */
function textOf(root: HtmlNode | HtmlDocument): string {
  const parts: string[] = [];
  const stack: (HtmlNode | HtmlDocument)[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (isText(node as HtmlNode)) parts.push((node as Extract<HtmlNode, { type: "text" }>).data);
    else if (isElement(node as HtmlNode) && DROPPED_WITH_CONTENT.has((node as HtmlElement).name)) continue;
    else if ("children" in node) {
      const children = node.children as HtmlNode[];
      for (let index = children.length - 1; index >= 0; index--) stack.push(children[index]!);
    }
  }
  return parts.join("");
}

/** Elements under `root` (itself included) that pass `test`, in document order. */
function findAll(root: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement[] {
  const out: HtmlElement[] = [];
  const stack: HtmlNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (!isElement(node)) continue;
    if (test(node)) out.push(node);
    for (let index = node.children.length - 1; index >= 0; index--) stack.push(node.children[index]!);
  }
  return out;
}

/** How deep elements nest under `root`, measured without recursion. */
function nestingDepth(root: HtmlDocument): number {
  let deepest = 0;
  const stack: [HtmlNode, number][] = root.children.map((child) => [child, 1]);
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isElement(node)) continue;
    if (depth > deepest) deepest = depth;
    for (const child of node.children) stack.push([child, depth + 1]);
  }
  return deepest;
}

/** Deeper than this, a body keeps its words but not its layout (no editor nests so far). */
export const HTML_MAX_DEPTH = 100;

// ---- shortcodes (before the HTML is parsed) ----

const SHORTCODE_ATTRIBUTES = /([\w-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s\]]+))/g;

function shortcodeAttributes(text: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of text.matchAll(SHORTCODE_ATTRIBUTES)) attributes[match[1]!.toLowerCase()] = match[2] ?? match[3] ?? match[4] ?? "";
  return attributes;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/** [caption], [gallery], [embed] and friends as HTML the walker understands; other shortcodes noted. */
function expandShortcodes(html: string, notes: Set<string>): string {
  let out = html.replace(/\[caption([^\]]*)\]([\s\S]*?)\[\/caption\]/gi, (_, attributeText: string, inner: string) => {
    const attributes = shortcodeAttributes(attributeText);
    // The image (maybe inside a link) comes first, the caption text after it.
    const image = inner.match(/^\s*(?:<a\b[^>]*>\s*<img\b[^>]*>\s*<\/a>|<img\b[^>]*>)/i);
    const media = image ? image[0] : "";
    const caption = (image ? inner.slice(media.length) : inner).trim() || attributes.caption || "";
    return `\n\n<figure class="wp-caption">${media}<figcaption>${caption}</figcaption></figure>\n\n`;
  });
  out = out.replace(/\[embed([^\]]*)\]([\s\S]*?)\[\/embed\]/gi, (_, _attributes: string, url: string) => `\n\n<p>${url.trim()}</p>\n\n`);
  out = out.replace(/\[(youtube|vimeo|tweet)[=\s]+([^\]\s]+)[^\]]*\]/gi, (_, name: string, value: string) => {
    const url = /^https?:/.test(value) ? value : name.toLowerCase() === "vimeo" ? `https://vimeo.com/${value}` : name.toLowerCase() === "youtube" ? `https://www.youtube.com/watch?v=${value}` : value;
    return `\n\n<p>${escapeAttribute(url)}</p>\n\n`;
  });
  out = out.replace(/\[gallery([^\]]*)\]/gi, (_, attributeText: string) => {
    const ids = shortcodeAttributes(attributeText).ids ?? shortcodeAttributes(attributeText).include ?? "";
    return `\n\n<div data-wp-gallery="${escapeAttribute(ids)}"></div>\n\n`;
  });
  for (const match of out.matchAll(/\[\/?([a-z][a-z0-9_-]{0,40})(?=[\s\]=\/])/gi)) {
    notes.add(`shortcode [${match[1]!.toLowerCase()}] kept as text`);
  }
  return out;
}

// ---- the walk ----

type Context = { classic: boolean; notes: Set<string>; images: string[]; options: ConvertOptions };

/** Collects inline content into paragraphs, and blocks into a list. */
class BlockWriter {
  readonly blocks: Block[] = [];
  private inline: InlineNode[] = [];
  private pendingFigures: Figure[] = [];

  constructor(private readonly context: Context) {}

  text(raw: string, marks: Mark[], preformatted = false) {
    let text = clean(raw);
    if (!preformatted) {
      if (this.context.classic) {
        // wpautop: a blank line ends the paragraph, a single newline is a line break.
        const parts = text.split(/[ \t]*\n[ \t]*\n\s*/);
        parts.forEach((part, index) => {
          if (index > 0) this.paragraphBreak();
          const lines = part.split(/[ \t]*\n[ \t]*/);
          lines.forEach((line, lineIndex) => {
            if (lineIndex > 0 && this.hasText()) this.inline.push({ type: "hardBreak" });
            this.pushText(line.replace(/[ \t\r\f]+/g, " "), marks);
          });
        });
        return;
      }
      text = text.replace(/\s+/g, " ");
      this.pushText(text, marks);
      return;
    }
    text.split("\n").forEach((line, index) => {
      if (index > 0) this.inline.push({ type: "hardBreak" });
      this.pushText(line, marks);
    });
  }

  private pushText(text: string, marks: Mark[]) {
    if (!text) return;
    if (!this.hasText() && /^\s+$/.test(text)) return;
    const last = this.inline.at(-1);
    if (last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(marks)) last.text += text;
    else this.inline.push(marks.length ? { type: "text", text, marks: [...marks] } : { type: "text", text });
  }

  hardBreak() {
    if (this.hasText()) this.inline.push({ type: "hardBreak" });
  }

  private hasText(): boolean {
    return this.inline.some((node) => node.type === "text" && node.text.trim());
  }

  /** An image met inside text: shown after the paragraph it sits in. */
  figureAfter(figure: Figure) {
    this.pendingFigures.push(figure);
  }

  paragraphBreak() {
    const content = trimInline(this.inline);
    this.inline = [];
    if (content.length) this.blocks.push(embedOrParagraph(content));
    this.blocks.push(...this.pendingFigures);
    this.pendingFigures = [];
  }

  block(block: Block) {
    this.paragraphBreak();
    this.blocks.push(block);
  }

  finish(): Block[] {
    this.paragraphBreak();
    return this.blocks;
  }
}

function trimInline(nodes: InlineNode[]): InlineNode[] {
  const out = [...nodes];
  while (out.at(-1)?.type === "hardBreak") out.pop();
  while (out[0]?.type === "hardBreak") out.shift();
  const first = out[0];
  if (first?.type === "text") out[0] = { ...first, text: first.text.replace(/^\s+/, "") };
  const last = out.at(-1);
  if (last?.type === "text") out[out.length - 1] = { ...last, text: last.text.replace(/\s+$/, "") };
  return out.filter((node) => node.type !== "text" || node.text.length > 0);
}

/** A paragraph that is only an embeddable address (WordPress's auto-embed) is an embed. */
function embedOrParagraph(content: InlineNode[]): Block {
  if (content.length === 1 && content[0]!.type === "text") {
    const embed = parseEmbedUrl(content[0]!.text.trim());
    if (embed && /^https?:\/\/\S+$/.test(content[0]!.text.trim())) return { type: "embed", attrs: { url: embed.url } };
  }
  return { type: "paragraph", content };
}

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((existing) => existing.type === mark.type) ? marks : [...marks, mark];
}

function absoluteHref(href: string, baseUrl: string | undefined): string | null {
  const trimmed = href.trim();
  if (!trimmed || trimmed.startsWith("#")) return null;
  let candidate = trimmed;
  if (/^\/\//.test(trimmed)) candidate = `https:${trimmed}`;
  else if (/^\/[^/]/.test(trimmed) && baseUrl) {
    try {
      candidate = new URL(trimmed, baseUrl).href;
    } catch {
      return null;
    }
  }
  return isSafeHref(candidate) ? candidate : null;
}

/** An image address as a figure may show it: https, or noted and upgraded from http. */
function imageSource(src: string, context: Context): string | null {
  const trimmed = src.trim();
  if (!trimmed || trimmed.startsWith("data:")) {
    if (trimmed) context.notes.add("inline data: image removed");
    return null;
  }
  if (trimmed.startsWith("//")) return `https:${trimmed}`;
  if (/^\/[^/]/.test(trimmed) && context.options.baseUrl) {
    try {
      return new URL(trimmed, context.options.baseUrl).href;
    } catch {
      return null;
    }
  }
  // A figure shows https images only; the importer replaces the address with the media library's
  // copy when it finds the file, and reports it otherwise.
  if (/^https:\/\//i.test(trimmed)) return trimmed;
  if (/^http:\/\//i.test(trimmed)) return `https://${trimmed.slice("http://".length)}`;
  context.notes.add(`image with address “${trimmed.slice(0, 80)}” kept as text`);
  return null;
}

function figureFrom(src: string, alt: string, caption: string, context: Context): Figure | null {
  const url = imageSource(src, context);
  if (!url) return null;
  context.images.push(url);
  const fileWords = decodeURIComponentSafe(url.split(/[?#]/)[0]!.split("/").pop() ?? "").replace(/\.[a-z0-9]+$/i, "").replace(/[-_]+/g, " ").trim();
  const attrs: FigureAttrs = {
    src: url,
    alt: clean(alt || caption || fileWords || "Image").replace(/\s+/g, " ").trim().slice(0, 300) || "Image",
    caption: clean(caption).replace(/\s+/g, " ").trim().slice(0, 1_000),
    credit: "",
    width: "column",
    mediaId: null,
  };
  return { type: "figure", attrs };
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

function figureFromImage(image: HtmlElement, caption: string, context: Context): Figure | null {
  return figureFrom(image.attribs.src ?? "", image.attribs.alt ?? image.attribs.title ?? "", caption, context);
}

/** Inline content of `nodes` into `writer`; block elements met inside are handled as blocks. */
function walkInline(nodes: HtmlNode[], writer: BlockWriter, marks: Mark[], context: Context) {
  for (const node of nodes) {
    if (isText(node)) {
      writer.text(node.data, marks);
      continue;
    }
    if (node.type === "comment" || !isElement(node)) continue;
    const name = node.name;
    if (DROPPED_WITH_CONTENT.has(name)) {
      if (name === "script" || name === "style") context.notes.add(`<${name}> removed`);
      continue;
    }
    switch (name) {
      case "strong":
      case "b":
        walkInline(node.children, writer, withMark(marks, { type: "bold" }), context);
        break;
      case "em":
      case "i":
      case "cite":
        walkInline(node.children, writer, withMark(marks, { type: "italic" }), context);
        break;
      case "a": {
        const href = absoluteHref(node.attribs.href ?? "", context.options.baseUrl);
        walkInline(node.children, writer, href ? withMark(marks, { type: "link", attrs: { href } }) : marks, context);
        break;
      }
      case "br":
        writer.hardBreak();
        break;
      case "img": {
        const figure = figureFromImage(node, "", context);
        if (figure) writer.figureAfter(figure);
        else if (node.attribs.alt) writer.text(node.attribs.alt, marks);
        break;
      }
      default:
        if (BLOCK_ELEMENTS.has(name)) {
          walkBlock(node, writer, context);
        } else {
          walkInline(node.children, writer, marks, context);
        }
    }
  }
}

function blocksOf(nodes: HtmlNode[], context: Context): Block[] {
  const writer = new BlockWriter(context);
  walkInline(nodes, writer, [], context);
  return writer.finish();
}

function inlineOf(nodes: HtmlNode[], context: Context): InlineNode[] {
  // Blocks inside a heading or a pull quote are flattened to their text, one line each.
  const out: InlineNode[] = [];
  const flatten = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.type === "paragraph" || block.type === "heading" || block.type === "pullQuote") {
        if (!block.content?.length) continue;
        if (out.length) out.push({ type: "hardBreak" });
        out.push(...block.content);
      } else if (block.type === "embed") {
        if (out.length) out.push({ type: "hardBreak" });
        out.push({ type: "text", text: block.attrs.url });
      } else if (block.type === "blockquote") flatten(block.content);
      else if (block.type === "bulletList" || block.type === "orderedList") for (const item of block.content) flatten(item.content);
    }
  };
  flatten(blocksOf(nodes, { ...context, classic: false }));
  return out;
}

function listItems(list: HtmlElement, context: Context): ListItem[] {
  const items: ListItem[] = [];
  let loose: HtmlNode[] = [];
  const flushLoose = () => {
    const content = blocksOf(loose, context);
    loose = [];
    if (content.length) {
      const last = items.at(-1);
      if (last) last.content.push(...content);
      else items.push({ type: "listItem", content });
    }
  };
  for (const child of list.children) {
    if (isElement(child) && child.name === "li") {
      flushLoose();
      const content = blocksOf(child.children, context);
      items.push({ type: "listItem", content: content.length ? content : [{ type: "paragraph" }] });
    } else loose.push(child);
  }
  flushLoose();
  return items;
}

function tableParagraphs(table: HtmlElement, context: Context, writer: BlockWriter) {
  context.notes.add("table kept as one paragraph per row");
  for (const row of findAll(table, (element) => element.name === "tr")) {
    const cells = row.children.filter((cell): cell is HtmlElement => isElement(cell) && (cell.name === "td" || cell.name === "th"));
    const content: InlineNode[] = [];
    cells.forEach((cell) => {
      const inline = inlineOf(cell.children, context);
      if (!inline.length) return;
      if (content.length) content.push({ type: "text", text: " · " });
      content.push(...inline);
    });
    if (content.length) writer.block({ type: "paragraph", content: mergeText(content) });
  }
  const caption = findAll(table, (element) => element.name === "caption")[0];
  if (caption) {
    const content = inlineOf(caption.children, context);
    if (content.length) writer.block({ type: "paragraph", content });
  }
}

function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) out[out.length - 1] = { ...last, text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

function embedFromElement(element: HtmlElement): string | null {
  const candidates = [
    element.attribs.src,
    element.attribs["data-src"],
    ...findAll(element, (child) => child.name === "iframe" || child.name === "a").map((child) => child.attribs.src ?? child.attribs.href),
    textOf(element).trim(),
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    const embed = parseEmbedUrl(candidate.startsWith("//") ? `https:${candidate}` : candidate);
    if (embed) return embed.url;
  }
  return null;
}

type BlockWalker = (element: HtmlElement, writer: BlockWriter, context: Context) => void;

/** Inline content in a paragraph of its own, before and after whatever came. */
function walkParagraph(nodes: HtmlNode[], writer: BlockWriter, context: Context) {
  writer.paragraphBreak();
  walkInline(nodes, writer, [], context);
  writer.paragraphBreak();
}

/** The element's inline content as one block of this type, if it has any. */
function inlineBlock(type: "pullQuote" | "paragraph", element: HtmlElement, writer: BlockWriter, context: Context) {
  const content = trimInline(inlineOf(element.children, context));
  if (content.length) writer.block({ type, content });
}

/** A known embed (a tweet, a video frame …) as an embed block; false when the element is not one. */
function writeEmbed(element: HtmlElement, writer: BlockWriter): boolean {
  const url = embedFromElement(element);
  if (url) writer.block({ type: "embed", attrs: { url } });
  return Boolean(url);
}

function walkHeading(element: HtmlElement, writer: BlockWriter, context: Context) {
  const depth = Number(element.name[1]);
  const level = (depth <= 2 ? 2 : depth === 3 ? 3 : 4) as 2 | 3 | 4;
  const content = trimInline(inlineOf(element.children, context));
  if (content.length) writer.block({ type: "heading", attrs: { level }, content });
}

function walkList(element: HtmlElement, writer: BlockWriter, context: Context) {
  if (classes(element).some((name) => name === "blocks-gallery-grid" || name === "wp-block-gallery")) {
    // An older gallery block: its images, not a bulleted list of them.
    for (const item of element.children) if (isElement(item)) walkInline(item.children, writer, [], context);
    writer.paragraphBreak();
    return;
  }
  const items = listItems(element, context);
  if (!items.length) return;
  if (element.name === "ol") {
    const start = Number.parseInt(element.attribs.start ?? "1", 10);
    writer.block({ type: "orderedList", attrs: { start: Number.isFinite(start) && start >= 0 && start <= 100_000 ? start : 1 }, content: items });
  } else writer.block({ type: "bulletList", content: items });
}

/** A list item outside a list. */
function walkStrayListItem(element: HtmlElement, writer: BlockWriter, context: Context) {
  const content = blocksOf(element.children, context);
  if (content.length) writer.block({ type: "bulletList", content: [{ type: "listItem", content }] });
}

function walkBlockquote(element: HtmlElement, writer: BlockWriter, context: Context) {
  const classList = classes(element);
  if ((classList.includes("twitter-tweet") || classList.includes("instagram-media")) && writeEmbed(element, writer)) return;
  if (classList.includes("wp-block-pullquote")) return inlineBlock("pullQuote", element, writer, context);
  const content = blocksOf(element.children, context);
  if (content.length) writer.block({ type: "blockquote", content });
}

function walkImage(element: HtmlElement, writer: BlockWriter, context: Context) {
  const figure = figureFromImage(element, "", context);
  if (figure) writer.block(figure);
}

function walkFigure(element: HtmlElement, writer: BlockWriter, context: Context) {
  if (classes(element).includes("wp-block-pullquote")) return inlineBlock("pullQuote", element, writer, context);
  if ((classes(element).includes("wp-block-embed") || findAll(element, (child) => child.name === "iframe").length) && writeEmbed(element, writer)) return;
  // A gallery block: figures inside a figure, each with its own caption, then the gallery's.
  if (findAll(element, (child) => child !== element && child.name === "figure").length) {
    writer.paragraphBreak();
    for (const child of element.children) {
      if (isElement(child) && child.name === "figcaption") inlineBlock("paragraph", child, writer, context);
      else walkInline([child], writer, [], context);
    }
    writer.paragraphBreak();
    return;
  }
  const images = findAll(element, (child) => child.name === "img");
  if (!images.length) return walkParagraph(element.children, writer, context);
  const figcaption = findAll(element, (child) => child.name === "figcaption")[0];
  const caption = figcaption ? textOf(figcaption).replace(/\s+/g, " ").trim() : "";
  images.forEach((image, index) => {
    const figure = figureFromImage(image, images.length === 1 || index === images.length - 1 ? caption : "", context);
    if (figure) writer.block(figure);
  });
}

/** A frame that is not a known embed: its address as a link, and a note. */
function walkFrame(element: HtmlElement, writer: BlockWriter, context: Context) {
  if (writeEmbed(element, writer)) return;
  const src = element.attribs.src ?? "";
  context.notes.add(`frame from ${hostOf(src)} kept as a link`);
  const href = absoluteHref(src, context.options.baseUrl);
  if (href) writer.block({ type: "paragraph", content: [{ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }] });
}

/** A [gallery] shortcode (expanded to <div data-wp-gallery>): the images the export lists for it; other divs hold paragraphs. */
function walkDivision(element: HtmlElement, writer: BlockWriter, context: Context) {
  const gallery = element.attribs["data-wp-gallery"];
  if (gallery === undefined) return walkParagraph(element.children, writer, context);
  const ids = gallery.split(/[\s,]+/).filter(Boolean);
  const images = context.options.gallery?.(ids.length ? ids : null) ?? [];
  if (!images.length) context.notes.add("gallery with no images found in the export");
  for (const image of images) {
    const figure = figureFrom(image.src, image.alt, image.caption, context);
    if (figure) writer.block(figure);
  }
}

/** Video, audio, forms …: their source as a link and their text, with a note. */
function walkMedia(element: HtmlElement, writer: BlockWriter, context: Context) {
  const source = element.attribs.src ?? findAll(element, (child) => Boolean(child.attribs.src))[0]?.attribs.src ?? element.attribs.data ?? "";
  context.notes.add(`<${element.name}> kept as text`);
  const href = absoluteHref(source, context.options.baseUrl);
  writer.paragraphBreak();
  if (href) writer.block({ type: "paragraph", content: [{ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }] });
  walkParagraph(element.children.filter((child) => !(isElement(child) && child.name === "source")), writer, context);
}

const BLOCK_WALKERS: Record<string, BlockWalker> = {
  p: (element, writer, context) => walkParagraph(element.children, writer, context),
  ...Object.fromEntries(["h1", "h2", "h3", "h4", "h5", "h6"].map((name) => [name, walkHeading])),
  ul: walkList,
  ol: walkList,
  li: walkStrayListItem,
  blockquote: walkBlockquote,
  hr: (_element, writer) => writer.block({ type: "horizontalRule" }),
  img: walkImage,
  figure: walkFigure,
  iframe: walkFrame,
  table: (element, writer, context) => tableParagraphs(element, context, writer),
  pre: (element, writer) => {
    writer.paragraphBreak();
    walkPreformatted(element.children, writer);
    writer.paragraphBreak();
  },
  div: walkDivision,
  ...Object.fromEntries([...MEDIA].map((name) => [name, walkMedia])),
};

/** One block-level element; containers (section, dl, details, …) give their content, in paragraphs. */
function walkBlock(element: HtmlElement, writer: BlockWriter, context: Context) {
  if (Object.hasOwn(BLOCK_WALKERS, element.name)) BLOCK_WALKERS[element.name]!(element, writer, context);
  else walkParagraph(element.children, writer, context);
}

function walkPreformatted(nodes: HtmlNode[], writer: BlockWriter) {
  for (const node of nodes) {
    if (isText(node)) writer.text(node.data, [], true);
    else if (isElement(node) && !DROPPED_WITH_CONTENT.has(node.name)) {
      if (node.name === "br") writer.hardBreak();
      else walkPreformatted(node.children, writer);
    }
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url.startsWith("//") ? `https:${url}` : url).hostname || "another site";
  } catch {
    return "another site";
  }
}

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
