import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CORRECTION_TEXT_MAX, CorrectionInputSchema } from "./schemas";

describe("CorrectionInputSchema", () => {
  it("takes a correction or an update with its text, trimmed", () => {
    assert.deepEqual(CorrectionInputSchema.parse({ kind: "correction", text: "  An earlier version misstated the date. " }), {
      kind: "correction",
      text: "An earlier version misstated the date.",
    });
    assert.equal(CorrectionInputSchema.parse({ kind: "update", text: "Police have named the driver." }).kind, "update");
  });

  it("refuses other kinds, empty, oversized, non-string and unstorable text", () => {
    for (const input of [
      { kind: "retraction", text: "x" },
      { kind: ["correction"], text: "x" },
      { kind: "correction", text: "   " },
      { kind: "correction", text: "x".repeat(CORRECTION_TEXT_MAX + 1) },
      { kind: "correction", text: ["a", "b"] },
      { kind: "correction", text: "bad \u0000 byte" },
      { kind: "correction", text: "lone \uD800 surrogate" },
      {},
    ]) {
      assert.equal(CorrectionInputSchema.safeParse(input).success, false, JSON.stringify(input));
    }
  });
});
