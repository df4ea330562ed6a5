// The article body as a structured document (docs/decisions/019-rich-text-editor.md): a tree of the
// node types below, in the JSON shape the editor (Tiptap/ProseMirror) reads and writes, stored as
// text in Article.body. Every body that reaches the database went through parseBodyDocument: first a
// walk without recursion that bounds size, depth and node count and names any unknown node type, then
// zod for the shape of every node (allowed children, heading levels, link schemes, figure and embed
// attributes). What zod returns is stored, so unknown attributes never are.
import { z } from "zod";
import { parseEmbedUrl } from "./embeds";
import { hasUnstorableCharacters } from "./storable-text";

export const BODY_LIMITS = {
  /** The stored JSON, in characters (about 60,000 words of plain paragraphs). */
  jsonLength: 1_000_000,
  /** Levels of nesting below the document (a list in a list in a quote is 6). */
  depth: 24,
  nodes: 30_000,
  textLength: 20_000,
} as const;

const HEADING_LEVELS = [2, 3, 4] as const;
export const FIGURE_WIDTHS = ["column", "full"] as const;
export type FigureWidth = (typeof FIGURE_WIDTHS)[number];

export const BLOCK_TYPES = ["paragraph", "heading", "bulletList", "orderedList", "blockquote", "pullQuote", "horizontalRule", "figure", "embed"] as const;
const NODE_TYPES = new Set<string>(["doc", "listItem", "text", "hardBreak", ...BLOCK_TYPES]);
const MARK_TYPES = new Set(["bold", "italic", "link"]);

export const LINK_MESSAGE = "Links must start with https://, http:// or mailto:.";

/** An address a link may point at: http(s) or mailto, nothing else (no javascript:, data:, relative tricks). */
export function isSafeHref(href: string): boolean {
  if (href.length > 2_000 || /[\s<>"]/.test(href)) return false;
  try {
    const url = new URL(href);
    if (url.protocol === "mailto:") return url.pathname.length > 0;
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname.length > 0;
  } catch {
    return false;
  }
}

/** An image a figure may show: an upload of ours (/uploads/…) or an https address. */
export function isSafeImageSrc(src: string): boolean {
  if (src.length > 2_000) return false;
  if (src.startsWith("/uploads/")) return /^\/uploads\/[A-Za-z0-9_-][A-Za-z0-9_./-]*$/.test(src) && !src.includes("..") && !src.includes("//");
  try {
    const url = new URL(src);
    return url.protocol === "https:" && url.hostname.length > 0;
  } catch {
    return false;
  }
}

const text = (max: number) => z.string().max(max).refine((value) => !hasUnstorableCharacters(value), "The body contains invisible control characters or broken symbols.");

const MarkSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("bold") }),
  z.object({ type: z.literal("italic") }),
  z.object({ type: z.literal("link"), attrs: z.object({ href: z.string().refine(isSafeHref, LINK_MESSAGE) }) }),
]);

const TextSchema = z.object({
  type: z.literal("text"),
  text: text(BODY_LIMITS.textLength).min(1),
  marks: z
    .array(MarkSchema)
    .max(3)
    .refine((marks) => new Set(marks.map((mark) => mark.type)).size === marks.length, "A piece of text has the same style twice.")
    .optional(),
});
const HardBreakSchema = z.object({ type: z.literal("hardBreak") });
const InlineSchema = z.discriminatedUnion("type", [TextSchema, HardBreakSchema]);
const inlineContent = z.array(InlineSchema).optional();

const ParagraphSchema = z.object({ type: z.literal("paragraph"), content: inlineContent });
const HeadingSchema = z.object({
  type: z.literal("heading"),
  attrs: z.object({ level: z.union(HEADING_LEVELS.map((level) => z.literal(level))) }),
  content: inlineContent,
});
const PullQuoteSchema = z.object({ type: z.literal("pullQuote"), content: inlineContent });
const HorizontalRuleSchema = z.object({ type: z.literal("horizontalRule") });
const FigureSchema = z.object({
  type: z.literal("figure"),
  attrs: z.object({
    src: z.string().refine(isSafeImageSrc, "A figure's image must be an upload or an https address."),
    alt: text(300).trim().min(1, "Every image in the body needs alt text: describe what it shows."),
    caption: text(1_000).trim().default(""),
    credit: text(300).trim().default(""),
    width: z.enum(FIGURE_WIDTHS).default("column"),
    mediaId: z.string().max(100).nullable().default(null),
  }),
});
const EmbedSchema = z.object({
  type: z.literal("embed"),
  attrs: z.object({
    url: z
      .string()
      .transform((url) => parseEmbedUrl(url)?.url ?? "")
      .refine(Boolean, "Embeds must be YouTube, Vimeo, X, Bluesky or Instagram addresses."),
  }),
});

type Inline = z.output<typeof InlineSchema>;
export type TextNode = z.output<typeof TextSchema>;
export type Mark = z.output<typeof MarkSchema>;
export type FigureAttrs = z.output<typeof FigureSchema>["attrs"];
export type ListItem = { type: "listItem"; content: Block[] };
export type Block =
  | z.output<typeof ParagraphSchema>
  | z.output<typeof HeadingSchema>
  | z.output<typeof PullQuoteSchema>
  | z.output<typeof HorizontalRuleSchema>
  | z.output<typeof FigureSchema>
  | z.output<typeof EmbedSchema>
  | { type: "bulletList"; content: ListItem[] }
  | { type: "orderedList"; attrs: { start: number }; content: ListItem[] }
  | { type: "blockquote"; content: Block[] };
export type InlineNode = Inline;
export type BodyDocument = { type: "doc"; content: Block[] };

const BlockSchema: z.ZodType<Block> = z.lazy(() =>
  z.discriminatedUnion("type", [
    ParagraphSchema,
    HeadingSchema,
    PullQuoteSchema,
    HorizontalRuleSchema,
    FigureSchema,
    EmbedSchema,
    z.object({ type: z.literal("bulletList"), content: z.array(ListItemSchema).min(1) }),
    z.object({
      type: z.literal("orderedList"),
      attrs: z.object({ start: z.number().int().min(0).max(100_000).default(1) }).default({ start: 1 }),
      content: z.array(ListItemSchema).min(1),
    }),
    z.object({ type: z.literal("blockquote"), content: z.array(BlockSchema).min(1) }),
  ]),
) as z.ZodType<Block>;
const ListItemSchema: z.ZodType<ListItem> = z.lazy(() => z.object({ type: z.literal("listItem"), content: z.array(BlockSchema).min(1) })) as z.ZodType<ListItem>;

export const BodyDocumentSchema = z.object({ type: z.literal("doc"), content: z.array(BlockSchema) });

export const EMPTY_DOCUMENT: BodyDocument = { type: "doc", content: [] };

export type BodyCheck = { ok: true; document: BodyDocument } | { ok: false; message: string };

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Bounds before any recursion: depth, node count and known node and mark types, walked with an
 * explicit stack so a 100,000-level document costs a loop, not the call stack.
 */
function checkStructure(root: unknown): string | null {
  if (!isObject(root) || root.type !== "doc") return "The body is not a document from the editor.";
  const stack: { node: unknown; depth: number }[] = [{ node: root, depth: 0 }];
  let count = 0;
  while (stack.length) {
    const { node, depth } = stack.pop()!;
    if (++count > BODY_LIMITS.nodes) return `The body has more than ${BODY_LIMITS.nodes.toLocaleString("en-GB")} parts; split the article.`;
    if (depth > BODY_LIMITS.depth) return `The body is nested too deeply (more than ${BODY_LIMITS.depth} levels of lists and quotes).`;
    if (!isObject(node) || typeof node.type !== "string") return "The body has a part that is not a block or text.";
    if (!NODE_TYPES.has(node.type)) return `The body has a kind of block the editor does not know (“${node.type.slice(0, 40)}”).`;
    if (node.marks !== undefined) {
      if (!Array.isArray(node.marks)) return "The body has text with broken styles.";
      for (const mark of node.marks) {
        if (!isObject(mark) || typeof mark.type !== "string" || !MARK_TYPES.has(mark.type)) {
          return `The body has a text style the editor does not know (“${String(isObject(mark) ? mark.type : mark).slice(0, 40)}”).`;
        }
      }
    }
    if (node.content !== undefined) {
      if (!Array.isArray(node.content)) return "The body has a block whose content is not a list.";
      for (const child of node.content) stack.push({ node: child, depth: depth + 1 });
    }
  }
  return null;
}

/** A body document from the editor (already parsed JSON), checked and stripped to what is allowed. */
export function checkBodyDocument(value: unknown): BodyCheck {
  const structural = checkStructure(value);
  if (structural) return { ok: false, message: structural };
  const parsed = BodyDocumentSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues.find((candidate) => candidate.code === "custom") ?? parsed.error.issues[0];
    const known = issue?.code === "custom" || (issue?.message && !issue.message.startsWith("Invalid") && !issue.message.startsWith("Too"));
    return { ok: false, message: known ? issue.message : "The body has a block the editor could not have written (a part is missing or in the wrong place)." };
  }
  return { ok: true, document: parsed.data as BodyDocument };
}

/** The body as the editor's form sends it (JSON text), checked. */
export function parseBodyJson(json: string): BodyCheck {
  if (json.length > BODY_LIMITS.jsonLength) {
    return { ok: false, message: `The body is too long (${BODY_LIMITS.jsonLength.toLocaleString("en-GB")} characters of document at most); split the article.` };
  }
  if (json.trim() === "") return { ok: true, document: EMPTY_DOCUMENT };
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Malformed, or nested deeper than the parser's own stack allows.
    return { ok: false, message: "The body could not be read as a document. Reload the editor and try again." };
  }
  return checkBodyDocument(value);
}

/** Is this stored text a body document (rather than a Markdown body from before the editor)? */
export function looksLikeDocumentJson(stored: string): boolean {
  return /^\s*\{\s*"type"\s*:\s*"doc"/.test(stored);
}

export function serializeBody(document: BodyDocument): string {
  return JSON.stringify(document);
}
