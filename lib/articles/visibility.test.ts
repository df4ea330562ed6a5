import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPublished } from "./visibility";

const now = new Date("2026-06-01T12:00:00Z");
const past = new Date("2026-06-01T11:59:59Z");
const future = new Date("2026-06-01T12:00:01Z");

describe("isPublished", () => {
  it("shows published and due scheduled articles", () => {
    assert.equal(isPublished({ status: "PUBLISHED", publishedAt: past }, now), true);
    assert.equal(isPublished({ status: "SCHEDULED", publishedAt: past }, now), true);
    assert.equal(isPublished({ status: "PUBLISHED", publishedAt: now }, now), true);
  });

  it("hides future, undated, draft, in-review and archived articles", () => {
    assert.equal(isPublished({ status: "SCHEDULED", publishedAt: future }, now), false);
    assert.equal(isPublished({ status: "PUBLISHED", publishedAt: future }, now), false);
    assert.equal(isPublished({ status: "PUBLISHED", publishedAt: null }, now), false);
    for (const status of ["DRAFT", "IN_REVIEW", "ARCHIVED"] as const) {
      assert.equal(isPublished({ status, publishedAt: past }, now), false, status);
    }
  });
});

describe("visible and hidden statuses", () => {
  it("cover every status exactly once", async () => {
    const { ArticleStatus } = await import("@/lib/db");
    const { HIDDEN_STATUSES, VISIBLE_STATUSES } = await import("./visibility");
    assert.deepEqual([...VISIBLE_STATUSES, ...HIDDEN_STATUSES].sort(), Object.values(ArticleStatus).sort());
    assert.ok(HIDDEN_STATUSES.includes(ArticleStatus.DRAFT) && !HIDDEN_STATUSES.includes(ArticleStatus.PUBLISHED));
  });
});
