// One block-level element: each element's walker, by name (paragraphs, headings, quotes, rules and
// preformatted text here; lists and tables in ./lists-tables.ts; figures and media in ./figures.ts);
// containers (section, dl, details, …) give their content, in paragraphs.
import { walkDivision, walkFigure, walkFrame, walkImage, walkMedia, writeEmbed } from "./figures";
import { DROPPED_WITH_CONTENT, MEDIA, classes, isElement, isText, type HtmlElement, type HtmlNode } from "./html";
import { blocksOf, inlineBlock, inlineOf, walkParagraph } from "./inline";
import { tableParagraphs, walkList, walkStrayListItem } from "./lists-tables";
import { trimInline, type BlockWriter, type Context } from "./writer";

type BlockWalker = (element: HtmlElement, writer: BlockWriter, context: Context) => void;

function walkHeading(element: HtmlElement, writer: BlockWriter, context: Context) {
  const depth = Number(element.name[1]);
  const level = (depth <= 2 ? 2 : depth === 3 ? 3 : 4) as 2 | 3 | 4;
  const content = trimInline(inlineOf(element.children, context));
  if (content.length) writer.block({ type: "heading", attrs: { level }, content });
}

function walkBlockquote(element: HtmlElement, writer: BlockWriter, context: Context) {
  const classList = classes(element);
  if ((classList.includes("twitter-tweet") || classList.includes("instagram-media")) && writeEmbed(element, writer)) return;
  if (classList.includes("wp-block-pullquote")) return inlineBlock("pullQuote", element, writer, context);
  const content = blocksOf(element.children, context);
  if (content.length) writer.block({ type: "blockquote", content });
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
export function walkBlock(element: HtmlElement, writer: BlockWriter, context: Context) {
  if (Object.hasOwn(BLOCK_WALKERS, element.name)) BLOCK_WALKERS[element.name]!(element, writer, context);
  else walkParagraph(element.children, writer, context);
}
