import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { median, percentile } from "./stats";

describe("bench statistics", () => {
  it("takes the nearest rank, whatever the order of the values", () => {
    const values = [7, 1, 10, 3, 9, 2, 8, 4, 6, 5];
    assert.equal(percentile(values, 0.5), 5);
    assert.equal(percentile(values, 0.9), 9);
    assert.equal(percentile(values, 0.99), 10);
    assert.equal(percentile(values, 0.01), 1);
    assert.deepEqual(values, [7, 1, 10, 3, 9, 2, 8, 4, 6, 5]);
  });

  it("rounds to the decimals asked and answers 0 for no values", () => {
    assert.equal(percentile([1.26, 2.54], 1), 3);
    assert.equal(percentile([1.26, 2.54], 1, 1), 2.5);
    assert.equal(percentile([], 0.5), 0);
    assert.equal(median([]), 0);
  });

  it("gives the middle value, the lower one for an even count", () => {
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2);
    assert.equal(median([0.25]), 0.25);
  });
});
