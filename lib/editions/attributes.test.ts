import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { htmlLanguage, languageAttributes } from "./attributes";

describe("languageAttributes", () => {
  it("gives lang the language's base name and dir the edition's direction", () => {
    assert.deepEqual(languageAttributes({ language: "ar-u-nu-latn", direction: "RTL" }), { lang: "ar", dir: "rtl" });
    assert.deepEqual(languageAttributes({ language: "en-GB", direction: "LTR" }), { lang: "en-GB", dir: "ltr" });
    assert.equal(htmlLanguage("not a tag!"), "not a tag!");
  });
});
