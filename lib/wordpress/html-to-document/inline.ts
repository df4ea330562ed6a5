// Inline content: text with its marks (bold, italic, links made absolute and safe), line breaks,
// images met inside text (a figure after the paragraph); a block element met inside goes to the
// block walkers (./blocks.ts). blocksOf and inlineOf are the two ways every block family reads its
// children.
import { isSafeHref, type Block, type InlineNode, type Mark } from "@/lib/content/document";
import { walkBlock } from "./blocks";
import { figureFromImage } from "./figures";
import { BLOCK_ELEMENTS, DROPPED_WITH_CONTENT, isElement, isText, type HtmlElement, type HtmlNode } from "./html";
import { BlockWriter, trimInline, type Context } from "./writer";

function withMark(marks: Mark[], mark: Mark): Mark[] {
  return marks.some((existing) => existing.type === mark.type) ? marks : [...marks, mark];
}

export function absoluteHref(href: string, baseUrl: string | undefined): string | null {
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

/** Inline content of `nodes` into `writer`; block elements met inside are handled as blocks. */
export function walkInline(nodes: HtmlNode[], writer: BlockWriter, marks: Mark[], context: Context) {
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

export function blocksOf(nodes: HtmlNode[], context: Context): Block[] {
  const writer = new BlockWriter(context);
  walkInline(nodes, writer, [], context);
  return writer.finish();
}

export function inlineOf(nodes: HtmlNode[], context: Context): InlineNode[] {
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

export function mergeText(nodes: InlineNode[]): InlineNode[] {
  const out: InlineNode[] = [];
  for (const node of nodes) {
    const last = out.at(-1);
    if (node.type === "text" && last?.type === "text" && JSON.stringify(last.marks ?? []) === JSON.stringify(node.marks ?? [])) out[out.length - 1] = { ...last, text: last.text + node.text };
    else out.push(node);
  }
  return out;
}

/** Inline content in a paragraph of its own, before and after whatever came. */
export function walkParagraph(nodes: HtmlNode[], writer: BlockWriter, context: Context) {
  writer.paragraphBreak();
  walkInline(nodes, writer, [], context);
  writer.paragraphBreak();
}

/** The element's inline content as one block of this type, if it has any. */
export function inlineBlock(type: "pullQuote" | "paragraph", element: HtmlElement, writer: BlockWriter, context: Context) {
  const content = trimInline(inlineOf(element.children, context));
  if (content.length) writer.block({ type, content });
}
