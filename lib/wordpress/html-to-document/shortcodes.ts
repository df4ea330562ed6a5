// WordPress shortcodes, before the HTML is parsed: [caption] becomes a figure, [gallery] a marked
// <div> the figures' walker fills with the export's attachments, [embed] and [youtube]/[vimeo]/[tweet]
// an address on a line of its own (an embed); other shortcodes stay as text and are noted.

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
export function expandShortcodes(html: string, notes: Set<string>): string {
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
