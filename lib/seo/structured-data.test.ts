import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { publisher } from "./structured-data";

describe("publisher", () => {
  it("gives the logo no bare-number width or height (schema.org wants Distance or QuantitativeValue)", () => {
    const { logo } = publisher();
    assert.equal(logo["@type"], "ImageObject");
    assert.match(logo.url, /\/logo\.png$/);
    for (const value of [(logo as Record<string, unknown>).width, (logo as Record<string, unknown>).height]) {
      assert.ok(value === undefined || typeof value !== "number", "a bare number is not a schema.org Distance");
    }
  });
});
