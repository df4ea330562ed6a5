// Figures and media: images (https, or upgraded and noted; their address kept for the importer to
// swap in the media library's copy), figures with captions, gallery blocks and [gallery] shortcodes,
// known embeds (tweets, video frames), other frames, video, audio and forms kept as links and noted.
import type { FigureAttrs } from "@/lib/content/document";
import { parseEmbedUrl } from "@/lib/content/embeds";
import { classes, clean, findAll, hostOf, isElement, textOf, type HtmlElement } from "./html";
import { absoluteHref, inlineBlock, walkInline, walkParagraph } from "./inline";
import type { BlockWriter, Context, Figure } from "./writer";

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

export function figureFromImage(image: HtmlElement, caption: string, context: Context): Figure | null {
  return figureFrom(image.attribs.src ?? "", image.attribs.alt ?? image.attribs.title ?? "", caption, context);
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

/** A known embed (a tweet, a video frame …) as an embed block; false when the element is not one. */
export function writeEmbed(element: HtmlElement, writer: BlockWriter): boolean {
  const url = embedFromElement(element);
  if (url) writer.block({ type: "embed", attrs: { url } });
  return Boolean(url);
}

export function walkImage(element: HtmlElement, writer: BlockWriter, context: Context) {
  const figure = figureFromImage(element, "", context);
  if (figure) writer.block(figure);
}

export function walkFigure(element: HtmlElement, writer: BlockWriter, context: Context) {
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
export function walkFrame(element: HtmlElement, writer: BlockWriter, context: Context) {
  if (writeEmbed(element, writer)) return;
  const src = element.attribs.src ?? "";
  context.notes.add(`frame from ${hostOf(src)} kept as a link`);
  const href = absoluteHref(src, context.options.baseUrl);
  if (href) writer.block({ type: "paragraph", content: [{ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }] });
}

/** A [gallery] shortcode (expanded to <div data-wp-gallery>): the images the export lists for it; other divs hold paragraphs. */
export function walkDivision(element: HtmlElement, writer: BlockWriter, context: Context) {
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
export function walkMedia(element: HtmlElement, writer: BlockWriter, context: Context) {
  const source = element.attribs.src ?? findAll(element, (child) => Boolean(child.attribs.src))[0]?.attribs.src ?? element.attribs.data ?? "";
  context.notes.add(`<${element.name}> kept as text`);
  const href = absoluteHref(source, context.options.baseUrl);
  writer.paragraphBreak();
  if (href) writer.block({ type: "paragraph", content: [{ type: "text", text: href, marks: [{ type: "link", attrs: { href } }] }] });
  walkParagraph(element.children.filter((child) => !(isElement(child) && child.name === "source")), writer, context);
}
