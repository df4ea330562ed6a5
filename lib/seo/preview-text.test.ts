import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SEARCH_TITLE_MAX, truncateForPreview } from "./preview-text";

describe("truncateForPreview", () => {
  it("keeps short text as it is, on one line", () => {
    assert.equal(truncateForPreview("  Budget   passes\nafter vote ", 60), "Budget passes after vote");
  });

  it("cuts long text at a word boundary with an ellipsis, never over the limit", () => {
    const title = "Harbour cities along the strait prepare for a busier shipping season than any before";
    const cut = truncateForPreview(title, SEARCH_TITLE_MAX);
    assert.ok(cut.length <= SEARCH_TITLE_MAX, cut);
    assert.ok(cut.endsWith("…"));
    assert.equal(cut, "Harbour cities along the strait prepare for a busier…");
  });

  it("cuts a single long word where it must", () => {
    assert.equal(truncateForPreview("Donaudampfschifffahrtsgesellschaft", 10), "Donaudamp…");
  });
});
