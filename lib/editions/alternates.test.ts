import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { languageAlternates, openGraphLocale } from "./alternates";

describe("languageAlternates", () => {
  const english = { language: "en-GB", path: "en", isDefault: true, slug: "harbour" };
  const french = { language: "fr", path: "fr", isDefault: false, slug: "port" };
  const path = (slug: string) => `/articles/${slug}`;

  it("names every version under its language, itself included, and x-default the default edition's", () => {
    assert.deepEqual(languageAlternates([english, french], path), { "en-GB": "/articles/harbour", fr: "/fr/articles/port", "x-default": "/articles/harbour" });
  });

  it("takes the first version as x-default when the default edition has none, and says nothing of a story in one edition", () => {
    assert.deepEqual(languageAlternates([french, { ...french, language: "es", path: "es", slug: "puerto" }], path)?.["x-default"], "/fr/articles/port");
    assert.equal(languageAlternates([english], path), undefined);
  });
});

describe("openGraphLocale", () => {
  it("writes a language with its likeliest region, as og:locale wants", () => {
    assert.equal(openGraphLocale("en-GB"), "en_GB");
    assert.equal(openGraphLocale("fr"), "fr_FR");
    assert.equal(openGraphLocale("es"), "es_ES");
    assert.equal(openGraphLocale("ar"), "ar_EG");
  });
});
