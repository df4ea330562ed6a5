import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { wordDiff } from "./diff";

describe("wordDiff", () => {
  it("marks added and removed words", () => {
    const parts = wordDiff("The vote passed by four.", "The vote passed by six.");
    assert.deepEqual(
      parts.filter((p) => p.kind !== "same").map((p) => [p.kind, p.text]),
      [
        ["removed", "four"],
        ["added", "six"],
      ],
    );
  });

  it("has no changes for equal text", () => {
    assert.ok(wordDiff("same text", "same text").every((p) => p.kind === "same"));
  });
});
