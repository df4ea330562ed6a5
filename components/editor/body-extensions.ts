// The editor's own node types beside StarterKit's: pull quote, figure and embed, with the same names
// and attributes as the stored document (lib/content/document.ts), plus the paste rules that keep
// pasted text within the blocks the document allows.
import { Extension, Node, mergeAttributes } from "@tiptap/core";
import { NodeSelection, Plugin, PluginKey, type EditorState } from "@tiptap/pm/state";
import { parseEmbedUrl } from "@/lib/content/embeds";

declare module "@tiptap/core" {
  interface Commands<ReturnType> {
    pullQuote: { togglePullQuote: () => ReturnType };
    figure: { insertFigure: (attrs: FigureNodeAttrs) => ReturnType };
    embed: { insertEmbed: (url: string) => ReturnType };
  }
}

/**
 * Where a new figure or embed goes: after a selected figure or embed (inserting over a selection would
 * replace it), otherwise at the selection.
 */
function insertionPoint(state: EditorState): number | { from: number; to: number } {
  const { selection } = state;
  if (selection instanceof NodeSelection && (selection.node.type.name === "figure" || selection.node.type.name === "embed")) return selection.to;
  return { from: selection.from, to: selection.to };
}

export type FigureNodeAttrs = { src: string; alt: string; caption: string; credit: string; width: "column" | "full"; mediaId: string | null };

export const PullQuote = Node.create({
  name: "pullQuote",
  group: "block",
  content: "inline*",
  marks: "bold italic",
  defining: true,
  parseHTML: () => [{ tag: "figure[data-pull-quote]", contentElement: "p" }],
  renderHTML: ({ HTMLAttributes }) => ["figure", mergeAttributes(HTMLAttributes, { "data-pull-quote": "", class: "body-pull-quote" }), ["blockquote", ["p", 0]]],
  addCommands() {
    return {
      togglePullQuote:
        () =>
        ({ commands }) =>
          commands.toggleNode("pullQuote", "paragraph"),
    };
  },
});

export const Figure = Node.create({
  name: "figure",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return {
      src: { default: "" },
      alt: { default: "" },
      caption: { default: "" },
      credit: { default: "" },
      width: { default: "column" },
      mediaId: { default: null },
    };
  },
  // Only figures copied inside the editor are parsed: an image pasted from another site is dropped
  // (it would be a hotlink without alt text or credit).
  parseHTML: () => [
    {
      tag: "figure[data-figure]",
      getAttrs: (element) => {
        const img = element.querySelector("img");
        if (!img) return false;
        return {
          src: img.getAttribute("src") ?? "",
          alt: img.getAttribute("alt") ?? "",
          caption: element.getAttribute("data-caption") ?? "",
          credit: element.getAttribute("data-credit") ?? "",
          width: element.getAttribute("data-width") === "full" ? "full" : "column",
          mediaId: element.getAttribute("data-media-id"),
        };
      },
    },
  ],
  renderHTML: ({ node }) => {
    const { src, alt, caption, credit, width, mediaId } = node.attrs as FigureNodeAttrs;
    const captionParts: unknown[] = [];
    if (caption) captionParts.push(["span", { class: "body-caption" }, caption]);
    if (credit) captionParts.push(" ", ["span", { class: "body-credit" }, credit]);
    return [
      "figure",
      {
        "data-figure": "",
        "data-caption": caption,
        "data-credit": credit,
        "data-width": width,
        ...(mediaId ? { "data-media-id": mediaId } : {}),
        class: `body-figure body-figure-${width}`,
      },
      ["img", { src, alt }],
      ...(captionParts.length ? [["figcaption", {}, ...captionParts]] : []),
    ] as never;
  },
  addCommands() {
    return {
      insertFigure:
        (attrs) =>
        ({ commands }) =>
          commands.insertContentAt(insertionPoint(this.editor.state), { type: "figure", attrs }),
    };
  },
});

export const Embed = Node.create({
  name: "embed",
  group: "block",
  atom: true,
  draggable: true,
  selectable: true,
  addAttributes() {
    return { url: { default: "" } };
  },
  parseHTML: () => [{ tag: "figure[data-embed]", getAttrs: (element) => ({ url: element.getAttribute("data-embed") ?? "" }) }],
  renderHTML: ({ node }) => {
    const embed = parseEmbedUrl(String(node.attrs.url));
    return [
      "figure",
      { "data-embed": node.attrs.url, class: "body-embed body-embed-editor" },
      ["p", { class: "body-embed-title" }, embed ? `${embed.title} (${embed.providerName})` : "Embed"],
      ["p", { class: "body-embed-provider" }, String(node.attrs.url)],
    ];
  },
  addCommands() {
    return {
      insertEmbed:
        (url) =>
        ({ commands }) => {
          const embed = parseEmbedUrl(url);
          return embed ? commands.insertContentAt(insertionPoint(this.editor.state), { type: "embed", attrs: { url: embed.url } }) : false;
        },
    };
  },
});

/** Headings the document does not have become the nearest it does (h1 → h2, h5 and h6 → h4). */
export function normalisePastedHtml(html: string): string {
  return html.replace(/<(\/?)h1(\s|>)/gi, "<$1h2$2").replace(/<(\/?)h[56](\s|>)/gi, "<$1h4$2");
}

/**
 * Paste: an address of a video or post alone becomes an embed; pasted HTML is read against the
 * document's schema by ProseMirror, so styles, classes, scripts and unknown tags never get in.
 */
export const BodyPaste = Extension.create({
  name: "bodyPaste",
  priority: 1000,
  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey("bodyPaste"),
        props: {
          transformPastedHTML: normalisePastedHtml,
          handlePaste: (_view, event) => {
            const text = event.clipboardData?.getData("text/plain")?.trim() ?? "";
            if (!text || /\s/.test(text)) return false;
            const embed = parseEmbedUrl(text);
            if (!embed) return false;
            return editor.chain().focus().insertContentAt(insertionPoint(editor.state), { type: "embed", attrs: { url: embed.url } }).run();
          },
        },
      }),
    ];
  },
});
