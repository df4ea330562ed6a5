// A checked body document as readers get it. One walk turns the document into a small element tree;
// toHtml writes that tree as escaped HTML (feeds, the editor's preview) and components/articles/
// article-body.tsx turns the same tree into React elements for the article page, where an embed
// becomes a click-to-load placeholder. Only our own tags and attributes are ever written: nothing
// in a document is HTML, so there is nothing to sanitise, only text to escape.
import type { BodyDocument, Block, FigureAttrs, InlineNode, ListItem, Mark } from "./document";
import { parseEmbedUrl, type EmbedInfo } from "./embeds";

export type ElementNode = { tag: string; attrs?: Record<string, string>; children?: TreeNode[] };
export type EmbedNode = { embed: EmbedInfo };
export type TreeNode = string | ElementNode | EmbedNode;

type TreeOptions = { absolute?: (path: string) => string };

function markWrap(mark: Mark, child: TreeNode): ElementNode {
  if (mark.type === "bold") return { tag: "strong", children: [child] };
  if (mark.type === "italic") return { tag: "em", children: [child] };
  return { tag: "a", attrs: { href: mark.attrs.href }, children: [child] };
}

function inlineTree(content: InlineNode[] | undefined): TreeNode[] {
  return (content ?? []).map((node) => {
    if (node.type === "hardBreak") return { tag: "br" };
    // Links outermost, so adjacent pieces of one link read as one (order marks: link, bold, italic).
    const marks = [...(node.marks ?? [])].sort((a, b) => MARK_ORDER[b.type] - MARK_ORDER[a.type]);
    return marks.reduce<TreeNode>((child, mark) => markWrap(mark, child), node.text);
  });
}
const MARK_ORDER: Record<Mark["type"], number> = { link: 0, bold: 1, italic: 2 };

function figureTree(attrs: FigureAttrs, options: TreeOptions): ElementNode {
  const src = options.absolute && attrs.src.startsWith("/") ? options.absolute(attrs.src) : attrs.src;
  const caption: TreeNode[] = [];
  if (attrs.caption) caption.push({ tag: "span", attrs: { class: "body-caption" }, children: [attrs.caption] });
  if (attrs.credit) caption.push(" ", { tag: "span", attrs: { class: "body-credit" }, children: [attrs.credit] });
  return {
    tag: "figure",
    attrs: { class: `body-figure body-figure-${attrs.width}` },
    children: [
      { tag: "img", attrs: { src, alt: attrs.alt, loading: "lazy", decoding: "async" } },
      ...(caption.length ? [{ tag: "figcaption", children: caption }] : []),
    ],
  };
}

function listItems(items: ListItem[], options: TreeOptions): ElementNode[] {
  return items.map((item) => ({ tag: "li", children: blocksTree(item.content, options) }));
}

function blockTree(block: Block, options: TreeOptions): TreeNode | null {
  switch (block.type) {
    case "paragraph":
      // An empty paragraph (Enter pressed twice, the editor's trailing line) is no text for readers.
      return block.content?.length ? { tag: "p", children: inlineTree(block.content) } : null;
    case "heading":
      return { tag: `h${block.attrs.level}`, children: inlineTree(block.content) };
    case "pullQuote":
      return { tag: "figure", attrs: { class: "body-pull-quote" }, children: [{ tag: "blockquote", children: [{ tag: "p", children: inlineTree(block.content) }] }] };
    case "horizontalRule":
      return { tag: "hr" };
    case "figure":
      return figureTree(block.attrs, options);
    case "embed": {
      const embed = parseEmbedUrl(block.attrs.url);
      return embed && { embed };
    }
    case "bulletList":
      return { tag: "ul", children: listItems(block.content, options) };
    case "orderedList":
      return { tag: "ol", attrs: block.attrs.start !== 1 ? { start: String(block.attrs.start) } : undefined, children: listItems(block.content, options) };
    case "blockquote":
      return { tag: "blockquote", children: blocksTree(block.content, options) };
  }
}

function blocksTree(blocks: Block[], options: TreeOptions): TreeNode[] {
  return blocks.flatMap((block) => {
    const node = blockTree(block, options);
    return node === null ? [] : [node];
  });
}

/** The element tree of a document, for toHtml and the React renderer. */
export function documentTree(document: BodyDocument, options: TreeOptions = {}): TreeNode[] {
  return blocksTree(document.content, options);
}

const VOID_TAGS = new Set(["br", "hr", "img"]);

export function escapeHtml(value: string): string {
  return value.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}

/** Where a static page (a feed, the preview) shows an embed: a link, no third-party frame. */
export function embedFallbackTree(embed: EmbedInfo): ElementNode {
  return {
    tag: "figure",
    attrs: { class: "body-embed" },
    children: [{ tag: "p", children: [{ tag: "a", attrs: { href: embed.url }, children: [embed.title] }, ` on ${embed.providerName}`] }],
  };
}

function nodeHtml(node: TreeNode): string {
  if (typeof node === "string") return escapeHtml(node);
  if ("embed" in node) return nodeHtml(embedFallbackTree(node.embed));
  const attrs = Object.entries(node.attrs ?? {})
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join("");
  if (VOID_TAGS.has(node.tag)) return `<${node.tag}${attrs}>`;
  return `<${node.tag}${attrs}>${(node.children ?? []).map(nodeHtml).join("")}</${node.tag}>`;
}

/** The document as HTML (every text escaped, only our own tags): feeds and the editor's preview. */
export function documentToHtml(document: BodyDocument, options: TreeOptions = {}): string {
  return documentTree(document, options).map(nodeHtml).join("\n");
}

function inlineText(content: InlineNode[] | undefined): string {
  return (content ?? []).map((node) => (node.type === "text" ? node.text : "\n")).join("");
}

function blockText(block: Block): string {
  switch (block.type) {
    case "paragraph":
    case "heading":
    case "pullQuote":
      return inlineText(block.content);
    case "figure":
      return [block.attrs.caption, block.attrs.credit].filter(Boolean).join(" ");
    case "horizontalRule":
    case "embed":
      return "";
    case "bulletList":
    case "orderedList":
      return block.content.map((item) => blocksText(item.content, "\n")).join("\n");
    case "blockquote":
      return blocksText(block.content, "\n\n");
  }
}

function blocksText(blocks: Block[], separator: string): string {
  return blocks
    .map(blockText)
    .filter((part) => part !== "")
    .join(separator);
}

/**
 * The words readers read, paragraphs apart: search indexing, reading time, word count, descriptions
 * and the revision diff. Captions and credits count; embeds and images do not.
 */
export function documentText(document: BodyDocument): string {
  return blocksText(document.content, "\n\n");
}
