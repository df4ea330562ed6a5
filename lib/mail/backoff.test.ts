import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { MAX_DELAY_MS, isPermanentFailure, retryDelayMs } from "./backoff";

describe("retry backoff", () => {
  const middle = () => 0.5;
  it("doubles from the base with each failure", () => {
    assert.equal(retryDelayMs(1, 60_000, middle), 60_000);
    assert.equal(retryDelayMs(2, 60_000, middle), 120_000);
    assert.equal(retryDelayMs(3, 60_000, middle), 240_000);
  });
  it("never waits more than an hour (plus jitter) nor less than the base", () => {
    assert.equal(retryDelayMs(30, 60_000, middle), MAX_DELAY_MS);
    assert.equal(retryDelayMs(10_000, 60_000, middle), MAX_DELAY_MS);
    assert.ok(retryDelayMs(1, 60_000, () => 0) >= 60_000);
    assert.ok(retryDelayMs(40, 60_000, () => 1) <= MAX_DELAY_MS * 1.1);
  });
  it("retries temporary failures and gives up on 5xx refusals", () => {
    assert.equal(isPermanentFailure({ responseCode: 550 }), true);
    assert.equal(isPermanentFailure({ responseCode: 451 }), false);
    assert.equal(isPermanentFailure({}), false);
    assert.equal(isPermanentFailure(null), false);
  });
});
