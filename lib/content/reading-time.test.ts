import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { countWords, readingTimeMinutes } from "./reading-time";

describe("reading time", () => {
  it("counts words in several scripts, ignoring punctuation", () => {
    assert.equal(countWords("Hello, world — it's 2026!"), 4);
    assert.equal(countWords("Zürich élève naïve"), 3);
    assert.equal(countWords("   "), 0);
  });

  it("is at least one minute and rounds up", () => {
    assert.equal(readingTimeMinutes(""), 1);
    assert.equal(readingTimeMinutes("word ".repeat(238)), 1);
    assert.equal(readingTimeMinutes("word ".repeat(239)), 2);
    assert.equal(readingTimeMinutes("word ".repeat(1000)), 5);
  });
});
