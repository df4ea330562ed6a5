import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editionHref } from "./href";

describe("editionHref", () => {
  const english = { path: "en", isDefault: true };
  const french = { path: "fr", isDefault: false };

  it("leaves the default edition's addresses at the root", () => {
    assert.equal(editionHref(english, "/"), "/");
    assert.equal(editionHref(english, "/articles/a"), "/articles/a");
  });

  it("puts another edition's addresses under its path, the home page without a trailing slash", () => {
    assert.equal(editionHref(french, "/"), "/fr");
    assert.equal(editionHref(french, "/articles/a"), "/fr/articles/a");
    assert.equal(editionHref(french, "/sitemap-articles-2.xml"), "/fr/sitemap-articles-2.xml");
    assert.equal(editionHref(french, "/?p=12"), "/fr?p=12");
  });
});
