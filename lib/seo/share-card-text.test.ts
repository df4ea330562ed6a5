import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, it } from "node:test";
import { CARD_FONT_RANGES, canDrawHeadline, shareCardText } from "./share-card-text";

/** The code points a TrueType font maps (its cmap's format 4 and 12 subtables). */
function fontCodePoints(font: Buffer): Set<number> {
  const tables = new Map<string, number>();
  for (let index = 0; index < font.readUInt16BE(4); index += 1) tables.set(font.toString("latin1", 12 + 16 * index, 16 + 16 * index), font.readUInt32BE(20 + 16 * index));
  const cmap = tables.get("cmap")!;
  const points = new Set<number>();
  for (let index = 0; index < font.readUInt16BE(cmap + 2); index += 1) {
    const table = cmap + font.readUInt32BE(cmap + 8 + 8 * index);
    const format = font.readUInt16BE(table);
    if (format === 4) {
      const segments = font.readUInt16BE(table + 6) / 2;
      for (let segment = 0; segment < segments; segment += 1) {
        const end = font.readUInt16BE(table + 14 + 2 * segment);
        const start = font.readUInt16BE(table + 16 + 2 * segments + 2 * segment);
        if (start !== 0xffff) for (let point = start; point <= end; point += 1) points.add(point);
      }
    } else if (format === 12) {
      for (let group = 0; group < font.readUInt32BE(table + 12); group += 1) {
        const at = table + 16 + 12 * group;
        for (let point = font.readUInt32BE(at); point <= font.readUInt32BE(at + 4); point += 1) points.add(point);
      }
    }
  }
  return points;
}

const ranges = (points: Set<number>) => {
  const sorted = [...points].sort((a, b) => a - b);
  const found: string[] = [];
  for (let index = 0; index < sorted.length; ) {
    let end = index;
    while (end + 1 < sorted.length && sorted[end + 1] === sorted[end]! + 1) end += 1;
    const hex = (point: number) => point.toString(16).toUpperCase().padStart(4, "0");
    found.push(index === end ? hex(sorted[index]!) : `${hex(sorted[index]!)}-${hex(sorted[end]!)}`);
    index = end + 1;
  }
  return found.join(" ");
};

describe("the text a drawn share card writes", () => {
  it("knows the characters of the font next/og draws with (an upgrade that changes the font fails here)", () => {
    const require = createRequire(import.meta.url);
    const font = readFileSync(require.resolve("next/dist/compiled/@vercel/og/Geist-Regular.ttf"));
    assert.equal(CARD_FONT_RANGES, ranges(fontCodePoints(font)));
  });
  it("draws Latin text, accents and punctuation included, without pictographs", () => {
    assert.equal(shareCardText("Les dockers reprennent le travail à Marseille — « enfin »"), "Les dockers reprennent le travail à Marseille — « enfin »");
    assert.equal(shareCardText("¿Dónde está el puerto? 3,5 % · Dvořák, Łódź, Hà Nội"), "¿Dónde está el puerto? 3,5 % · Dvořák, Łódź, Hà Nội");
    assert.equal(shareCardText("Storm 🌀 hits the coast 🇫🇷 👩‍👩‍👧 ©™"), "Storm hits the coast ©™");
    assert.equal(shareCardText("Cafe\u0301"), "Café", "a combining accent joined to its letter");
  });
  it("draws nothing with a letter the font lacks: Arabic, Hebrew, Greek, Chinese", () => {
    for (const text of ["وزراء الدفاع يتفقون", "בוקר טוב", "Αθήνα", "北京", "بقلم Marcus Chen"]) assert.equal(shareCardText(text), null, text);
    assert.equal(canDrawHeadline("وزراء الدفاع يتفقون"), false);
    assert.equal(canDrawHeadline("🌀"), false, "nothing left to draw");
    assert.equal(canDrawHeadline("Alliance defence ministers agree"), true);
    assert.equal(canDrawHeadline("Москва готовится к зиме"), true, "the font has Cyrillic");
  });
});
