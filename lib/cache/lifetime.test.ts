import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { READER_QUERY_MAX_SECONDS, entryLifetime } from "./lifetime";

describe("entryLifetime", () => {
  const now = Date.parse("2026-11-27T08:00:00Z");
  it("ends at the next scheduled publish", () => {
    assert.equal(entryLifetime(new Date(now + 42_500), now), 43);
  });
  it("is never zero, even for a publish time that has just passed", () => {
    assert.equal(entryLifetime(new Date(now - 1000), now), 1);
  });
  it("is capped when nothing is scheduled or the schedule is far off", () => {
    assert.equal(entryLifetime(null, now), READER_QUERY_MAX_SECONDS);
    assert.equal(entryLifetime(new Date(now + 86_400_000), now), READER_QUERY_MAX_SECONDS);
  });
});
