// What every walker writes into: the conversion's context (classic or block editor, notes for the
// report, images found, the caller's options) and the BlockWriter, which collects inline content
// into paragraphs (wpautop's rules for classic content) and blocks into a list.
import { parseEmbedUrl } from "@/lib/content/embeds";
import type { Block, InlineNode, Mark } from "@/lib/content/document";
import { clean } from "./html";

export type Figure = Extract<Block, { type: "figure" }>;

export type GalleryImage = { src: string; alt: string; caption: string };

export type ConvertOptions = {
  /** The images of a [gallery]: by its ids, or (no ids) the post's attached images. */
  gallery?: (ids: string[] | null) => GalleryImage[];
  /** The site's address, so links written as /about or //host/path become absolute. */
  baseUrl?: string;
};

export type Context = { classic: boolean; notes: Set<string>; images: string[]; options: ConvertOptions };

/** Collects inline content into paragraphs, and blocks into a list. */
export class BlockWriter {
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

export function trimInline(nodes: InlineNode[]): InlineNode[] {
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
