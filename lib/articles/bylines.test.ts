import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { joinNames } from "./bylines";

describe("joinNames", () => {
  it("writes one, two and three bylines as readers read them", () => {
    assert.equal(joinNames([]), "");
    assert.equal(joinNames(["Marcus Chen"]), "Marcus Chen");
    assert.equal(joinNames(["Marcus Chen", "Amara Okafor"]), "Marcus Chen and Amara Okafor");
    assert.equal(joinNames(["A", "B", "C"]), "A, B and C");
    assert.equal(joinNames(["A", "B", "C", "D"]), "A, B, C and D");
  });
});
