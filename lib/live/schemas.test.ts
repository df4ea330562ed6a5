import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { EMPTY_UPDATE_MESSAGE, LIVE_FIELD_MAX, LiveUpdateInputSchema, MAX_CHANGES_PER_RANGE, parseChangeRange } from "./schemas";

const doc = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe("LiveUpdateInputSchema", () => {
  it("takes an update with an optional headline, a key event and a version", () => {
    const parsed = LiveUpdateInputSchema.parse({ headline: "  Polls close  ", body: doc("Counting begins."), keyEvent: "on", version: "3" });
    assert.equal(parsed.headline, "Polls close");
    assert.equal(parsed.keyEvent, true);
    assert.equal(parsed.version, 3);
    assert.equal(parsed.correction, false);
    assert.equal(parsed.body.content.length, 1);
    assert.equal(LiveUpdateInputSchema.parse({ body: doc("No headline.") }).headline, "");
  });

  it("refuses an empty update, with a message for the body", () => {
    for (const body of ["", "   ", JSON.stringify({ type: "doc", content: [] }), JSON.stringify({ type: "doc", content: [{ type: "paragraph" }] })]) {
      const result = LiveUpdateInputSchema.safeParse({ body });
      assert.equal(result.success, false, body);
      assert.deepEqual(result.error?.issues.map((issue) => [issue.path.join("."), issue.message]), [["body", EMPTY_UPDATE_MESSAGE]]);
    }
  });

  it("refuses hostile input field by field", () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ body: doc("x"), headline: "two\nlines" }, "headline"],
      [{ body: doc("x"), headline: "x".repeat(LIVE_FIELD_MAX.headline + 1) }, "headline"],
      [{ body: doc("x"), headline: "nul \u0000" }, "headline"],
      [{ body: doc("x"), headline: ["a", "b"] }, "headline"],
      [{ body: "{not json" }, "body"],
      [{ body: JSON.stringify({ type: "doc", content: [{ type: "script", text: "alert(1)" }] }) }, "body"],
      [{ body: JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "x", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }] }) }, "body"],
      [{ body: "x".repeat(LIVE_FIELD_MAX.body + 1) }, "body"],
      [{ body: doc("x"), version: "-1" }, "version"],
      [{ body: doc("x"), version: "many" }, "version"],
      [{ body: doc("x"), correction: "on" }, "correctionNote"],
      [{ body: doc("x"), correction: "on", correctionNote: "lone \uD800" }, "correctionNote"],
    ];
    for (const [input, field] of cases) {
      const result = LiveUpdateInputSchema.safeParse(input);
      assert.equal(result.success, false, JSON.stringify(input).slice(0, 80));
      assert.ok(result.error?.issues.some((issue) => issue.path[0] === field), `${field}: ${JSON.stringify(result.error?.issues)}`);
    }
  });

  it("takes a correction with its note", () => {
    const parsed = LiveUpdateInputSchema.parse({ body: doc("x"), correction: "on", correctionNote: " The count was 12, not 21. " });
    assert.equal(parsed.correction, true);
    assert.equal(parsed.correctionNote, "The count was 12, not 21.");
  });
});

describe("parseChangeRange", () => {
  it("reads a bounded range after one number up to another", () => {
    assert.deepEqual(parseChangeRange("4-9"), { from: 4, to: 9 });
    assert.deepEqual(parseChangeRange(`0-${MAX_CHANGES_PER_RANGE}`), { from: 0, to: MAX_CHANGES_PER_RANGE });
  });
  it("refuses empty, reversed, oversized and malformed ranges", () => {
    for (const value of ["9-4", "4-4", `0-${MAX_CHANGES_PER_RANGE + 1}`, "-1-3", "a-b", "1-2-3", "", "1e3-1e4", "9999999999-99999999999"]) {
      assert.equal(parseChangeRange(value), null, value);
    }
  });
});
