// The parsed HTML of a post, and what every part of the converter reads from it: the node kinds,
// the elements that are blocks, that are media, that are dropped with their content; text cleaned for
// storage; the walks a file could drive deep, written as loops over a stack.
import type { parseDocument } from "htmlparser2";

export type HtmlDocument = ReturnType<typeof parseDocument>;
export type HtmlNode = HtmlDocument["children"][number];
export type HtmlElement = Extract<HtmlNode, { attribs: Record<string, string> }>;
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
export const DROPPED_WITH_CONTENT = new Set(["script", "style", "noscript", "template", "head", "title", "meta", "link"]);
export const MEDIA = new Set(["video", "audio", "object", "embed", "canvas", "svg", "map", "form", "input", "select", "textarea", "button", "math"]);

export const BLOCK_ELEMENTS = new Set([
  "p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote", "figure", "hr", "table", "pre", "dl", "dt", "dd",
  "div", "section", "article", "aside", "header", "footer", "nav", "main", "address", "center", "details", "summary", "figcaption", "iframe",
  ...MEDIA,
]);

/** Text a database stores and the validator accepts: no control characters, no broken symbols. */
export function clean(text: string): string {
  return text.replace(CONTROL, "").replace(LONE_SURROGATE, "\uFFFD");
}

export const isElement = (node: HtmlNode): node is HtmlElement => "attribs" in node;
export const isText = (node: HtmlNode): node is Extract<HtmlNode, { type: "text" }> => node.type === "text";
export const classes = (element: HtmlElement) => (element.attribs.class ?? "").split(/\s+/);

// The walks below a post's HTML that a file could drive deep are loops over a stack, not recursion:
// 5,000 nested <div> used to overflow the call stack. The converter's own recursion (walkInline,
// walkBlock) only runs on a tree at most HTML_MAX_DEPTH deep; deeper bodies are kept as plain text.

/** The text of a node, in document order, without the content of scripts, styles and the like. */
export function textOf(root: HtmlNode | HtmlDocument): string {
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
export function findAll(root: HtmlNode, test: (element: HtmlElement) => boolean): HtmlElement[] {
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
export function nestingDepth(root: HtmlDocument): number {
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

export function hostOf(url: string): string {
  try {
    return new URL(url.startsWith("//") ? `https:${url}` : url).hostname || "another site";
  } catch {
    return "another site";
  }
}
