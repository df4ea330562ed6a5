import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { canDrawHeadline, shareCardText } from "./share-card-text";

describe("the text a drawn share card writes", () => {
  it("draws Latin text, accents and punctuation included, without pictographs", () => {
    assert.equal(shareCardText("Les dockers reprennent le travail à Marseille — « enfin »"), "Les dockers reprennent le travail à Marseille — « enfin »");
    assert.equal(shareCardText("¿Dónde está el puerto? 3,5 %"), "¿Dónde está el puerto? 3,5 %");
    assert.equal(shareCardText("Storm 🌀 hits the coast 🇫🇷 👩‍👩‍👧"), "Storm hits the coast");
  });
  it("draws nothing written in another script: Arabic, Hebrew, Greek, Cyrillic, Chinese", () => {
    for (const text of ["وزراء الدفاع يتفقون", "בוקר טוב", "Αθήνα", "Москва", "北京", "بقلم Marcus Chen"]) assert.equal(shareCardText(text), null, text);
    assert.equal(canDrawHeadline("وزراء الدفاع يتفقون"), false);
    assert.equal(canDrawHeadline("🌀"), false, "nothing left to draw");
    assert.equal(canDrawHeadline("Alliance defence ministers agree"), true);
  });
});
