import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SLUG_MAX_LENGTH, SLUG_PATTERN, slugify, uniqueSlug } from "./slug";

describe("slugify", () => {
  it("makes lower-case ASCII slugs with single hyphens", () => {
    assert.equal(slugify("  NATO Chief Meets  Leaders — in Florida!  "), "nato-chief-meets-leaders-in-florida");
    assert.equal(slugify("Café déjà vu: Zürich's übermensch"), "cafe-deja-vu-zurichs-ubermensch");
    assert.equal(slugify("100% -- growth"), "100percent-growth");
  });

  it("is empty for text with no letters or digits", () => {
    assert.equal(slugify("!!! ???"), "");
  });

  it("is capped in length without a trailing hyphen", () => {
    const slug = slugify("word ".repeat(60));
    assert.ok(slug.length <= SLUG_MAX_LENGTH);
    assert.match(slug, SLUG_PATTERN);
  });
});

describe("uniqueSlug", () => {
  it("adds -2, -3 … until the slug is free", async () => {
    const taken = new Set(["budget-vote", "budget-vote-2"]);
    assert.equal(await uniqueSlug("Budget vote", async (s) => taken.has(s)), "budget-vote-3");
    assert.equal(await uniqueSlug("Fresh", async (s) => taken.has(s)), "fresh");
  });

  it("falls back to 'untitled'", async () => {
    assert.equal(await uniqueSlug("???", async () => false), "untitled");
  });
});
