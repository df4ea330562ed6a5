// What Gazette's drawn share images (components/seo/share-card.tsx) can write. next/og draws with its
// bundled font, which covers the Latin script only, and lays text out left to right without shaping:
// Arabic comes out as boxes, in the wrong order, and next/og tries to download a font for it from
// Google at request time (and emoji pictures from a CDN). So a drawn card writes Latin text only:
// pictographs are left out, and a text in another script is not drawn at all. Pages whose headline
// cannot be drawn share the site's own image instead (docs/decisions/063-share-images-in-every-script.md).

const PICTOGRAPHS = /[\p{Extended_Pictographic}\u{FE0F}\u{200D}\u{20E3}\u{1F1E6}-\u{1F1FF}]/gu;
/** A letter of a script other than Latin (Common and Inherited cover digits, punctuation and accents). */
const OTHER_SCRIPT = /[^\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]/u;

/** The text as a card can draw it, or null when it is written in a script the card cannot draw. */
export function shareCardText(text: string): string | null {
  const drawable = text.replace(PICTOGRAPHS, "").replace(/\s+/g, " ").trim();
  return OTHER_SCRIPT.test(drawable) ? null : drawable;
}

/** Whether a headline can be drawn on a card (otherwise the page shares the site's image). */
export const canDrawHeadline = (title: string) => Boolean(shareCardText(title));
