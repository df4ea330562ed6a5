import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleCacheTags } from "./tags";

describe("articleCacheTags", () => {
  it("covers lists, both slugs, every byline's author, both categories and every tag of a change", () => {
    const before = { slug: "old", authors: [{ handle: "ann" }], category: { slug: "world" }, tags: [{ slug: "a" }] };
    const after = { slug: "new", authors: [{ handle: "bob" }, { handle: "cy" }], category: null, tags: [{ slug: "a" }, { slug: "b" }] };
    assert.deepEqual(articleCacheTags(before, after).sort(), [
      "article:new",
      "article:old",
      "articles",
      "author:ann",
      "author:bob",
      "author:cy",
      "category:world",
      "tag:a",
      "tag:b",
    ]);
  });

  it("works for a new article", () => {
    assert.deepEqual(articleCacheTags(null, { slug: "x", authors: [{ handle: "h" }], category: null, tags: [] }).sort(), [
      "article:x",
      "articles",
      "author:h",
    ]);
  });
});
