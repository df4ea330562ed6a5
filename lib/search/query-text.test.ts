import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MATCH_END, MATCH_START, fts5Match, resultSnippet, searchTerms, snippetParts } from "./query-text";

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

describe("resultSnippet", () => {
  const article = { title: "Harbour tolls rise again", standfirst: "The port authority says the money pays for dredging." };

  it("keeps a snippet from the standfirst or the body", () => {
    const parts = snippetParts(`…the port raised ${MATCH_START}tolls${MATCH_END} on Monday…`);
    assert.deepEqual(resultSnippet(parts, article), parts);
  });

  it("shows the standfirst, not the title again, when only the title matched", () => {
    const titleOnly = snippetParts(`Harbour ${MATCH_START}tolls${MATCH_END} rise again`);
    assert.deepEqual(resultSnippet(titleOnly, article), [{ text: article.standfirst, match: false }]);
    assert.deepEqual(resultSnippet(snippetParts(`${MATCH_START}Harbour${MATCH_END} tolls…`), article), [{ text: article.standfirst, match: false }]);
  });

  it("shows nothing when a title-only match has no standfirst", () => {
    assert.deepEqual(resultSnippet(snippetParts(`Harbour ${MATCH_START}tolls${MATCH_END} rise again`), { ...article, standfirst: "" }), []);
  });
});
