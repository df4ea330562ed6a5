import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { articleEditedAt, articleLastModified } from "./last-modified";

const publishedAt = new Date("2026-05-01T10:00:00Z");
const later = new Date("2026-05-02T10:00:00Z");
const earlier = new Date("2026-04-30T10:00:00Z");

describe("articleLastModified", () => {
  it("is the publication when the article was never edited after it", () => {
    assert.equal(articleEditedAt({ publishedAt, editedAt: null }), null);
    assert.equal(articleLastModified({ publishedAt, editedAt: null }), publishedAt);
  });

  it("is the last edit after publication", () => {
    assert.equal(articleEditedAt({ publishedAt, editedAt: later }), later);
    assert.equal(articleLastModified({ publishedAt, editedAt: later }), later);
  });

  it("ignores an edit from before the publish time (rescheduled after an edit)", () => {
    assert.equal(articleEditedAt({ publishedAt, editedAt: earlier }), null);
    assert.equal(articleLastModified({ publishedAt, editedAt: earlier }), publishedAt);
  });
});
