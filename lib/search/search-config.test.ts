import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SEARCH_CONFIGS, searchConfig } from "./search-config";

describe("search configuration of a language", () => {
  it("reads the primary subtag of a BCP 47 tag, whatever its region, script or extensions", () => {
    assert.equal(searchConfig("en-GB"), "english");
    assert.equal(searchConfig("en"), "english");
    assert.equal(searchConfig("fr"), "french");
    assert.equal(searchConfig("fr-CA"), "french");
    assert.equal(searchConfig("ar"), "arabic");
    assert.equal(searchConfig("ar-u-nu-latn"), "arabic");
    assert.equal(searchConfig("es-419"), "spanish");
    assert.equal(searchConfig("pt-BR"), "portuguese");
    assert.equal(searchConfig("nb-NO"), "norwegian");
    assert.equal(searchConfig("sr-Latn"), "serbian");
    assert.equal(searchConfig("FR"), "french");
  });

  it("is 'simple' for a language without a stemmer, and for anything that is not a language", () => {
    for (const language of ["zh-Hant", "ja", "ko", "sw", "und", "", "-", "english", "constructor", "__proto__", "toString", `fr'); DROP TABLE "Article"; --`]) {
      assert.equal(searchConfig(language), "simple", language);
    }
  });

  it("only ever names a configuration of the fixed list", () => {
    const names = new Set<string>([...Object.values(SEARCH_CONFIGS), "simple"]);
    for (const language of ["en", "fr-FR", "x-klingon", "ar;DROP", "es-419", "hy", "yi"]) assert.ok(names.has(searchConfig(language)), language);
    for (const name of names) assert.match(name, /^[a-z]+$/);
  });
});
