import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MATCH_END, MATCH_START, fts5Match, searchTerms, snippetParts } from "./query-text";

describe("search query text", () => {
  it("keeps only words, so no query syntax reaches the database", () => {
    assert.deepEqual(searchTerms(`Harbour "tolls" OR NEAR(x) -drop; DROP TABLE`), ["harbour", "tolls", "or", "near", "x", "drop", "drop", "table"]);
    assert.equal(fts5Match(["harbour", "tolls"]), `"harbour" AND "tolls"`);
    assert.deepEqual(searchTerms("  !!! "), []);
    assert.deepEqual(searchTerms("Zürich café"), ["zürich", "café"]);
  });

  it("splits a snippet into matched and plain parts without Markdown", () => {
    const parts = snippetParts(`The **port** raised ${MATCH_START}tolls${MATCH_END} on [Monday](https://x.example).`);
    assert.deepEqual(parts, [
      { text: "The port raised ", match: false },
      { text: "tolls", match: true },
      { text: " on Monday.", match: false },
    ]);
  });
});
