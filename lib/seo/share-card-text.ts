// What Gazette's drawn share images (components/seo/share-card.tsx) can write. next/og draws with its
// bundled font (Geist), and lays text out left to right without shaping: Arabic comes out as boxes,
// in the wrong order, and for any character its font lacks next/og tries to download a font from
// Google at request time (emoji: pictures from a CDN). So a drawn card writes only what that font
// has: other symbols and pictographs are left out, and a text with a letter the font lacks is not
// drawn at all. Pages whose headline cannot be drawn share the site's own image instead
// (docs/decisions/063-share-images-in-every-script.md).

/**
 * The characters of next/og's bundled font (its cmap), as ranges of code points. share-card-text.test.ts
 * reads the font that ships with Next.js and fails when an upgrade changes it.
 */
export const CARD_FONT_RANGES =
  "0020-007E 00A0-00AC 00AE-0113 0116-012B 012E-0137 0139-013E 0141-0148 014A-014D 0150-017E 018F 0192 01A0-01A1 01AF-01B0 01CD-01CE 01E4-01E9 0218-021B 0237 0259 02B9 02BC 02C6-02C8 02D8-02DD 0300-0304 0306-030C 0312 031B 0323 0326-0328 0335-0338 039B 03A9 03BB-03BC 03C0 03C9 0400-045F 0462-0463 046A-046B 0472-0475 0490-0493 0496-0497 049A-049B 04A2-04A3 04AE-04B3 04B6-04B7 04BA-04BB 04C0 04CF 04D8-04D9 04E2-04E3 04E8-04E9 04EE-04EF 0E3F 1E20-1E21 1E80-1E85 1E9E 1EA0-1EF9 2013-2014 2018-201A 201C-201E 2020-2022 2026 2030 2032-2033 2039-203A 2044 2070 2074-2079 2080-2089 20AA 20AC 20B1 20B4 20B9 20BD 2116-2117 2122 2153-2155 215B-215E 2190-2199 219D 21A9-21AA 21B0-21B1 21B3-21B5 21E4-21E5 21E7 2202 2206 220F 2211-2212 221A 221E 222B 2236 2248 2260 2264-2265 2460-2468 24EA 24FF 25B2-25B3 25B6-25B7 25BC-25BD 25C0-25C1 25CA-25CC 25CF 2639-263A 2776-277E 3003 301C A78B-A78C F8FF FB01-FB02";

const RANGES: [number, number][] = CARD_FONT_RANGES.split(" ").map((range) => {
  const [from, to = from] = range.split("-").map((hex) => parseInt(hex, 16));
  return [from!, to!];
});

const inFont = (codePoint: number) => RANGES.some(([from, to]) => codePoint >= from && codePoint <= to);

/** The text as a card can draw it, or null when it has a letter the card's font lacks. */
export function shareCardText(text: string): string | null {
  let drawable = "";
  // Normalised first: a letter and its combining accent become the one character the font has.
  for (const character of text.normalize("NFC")) {
    const codePoint = character.codePointAt(0)!;
    if (/\s/u.test(character)) drawable += " ";
    else if (inFont(codePoint)) drawable += character;
    else if (/\p{L}/u.test(character)) return null;
    // Anything else the font lacks (a pictograph, an emoji's joiner, a symbol) is left out.
  }
  return drawable.replace(/\s+/g, " ").trim();
}

/** Whether a headline can be drawn on a card (otherwise the page shares the site's image). */
export const canDrawHeadline = (title: string) => Boolean(shareCardText(title));
