// Lists (bulleted, numbered with their start, an older gallery block written as a list, a list item
// outside a list) and tables, kept as one paragraph per row (the editor has no tables).
import type { InlineNode, ListItem } from "@/lib/content/document";
import { classes, findAll, isElement, type HtmlElement, type HtmlNode } from "./html";
import { blocksOf, inlineOf, mergeText, walkInline } from "./inline";
import type { BlockWriter, Context } from "./writer";

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

export function walkList(element: HtmlElement, writer: BlockWriter, context: Context) {
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
export function walkStrayListItem(element: HtmlElement, writer: BlockWriter, context: Context) {
  const content = blocksOf(element.children, context);
  if (content.length) writer.block({ type: "bulletList", content: [{ type: "listItem", content }] });
}

export function tableParagraphs(table: HtmlElement, context: Context, writer: BlockWriter) {
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
