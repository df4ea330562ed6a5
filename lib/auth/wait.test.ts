import assert from "node:assert/strict";
import { test } from "node:test";
import { waitInMinutes } from "./wait";

test("a wait under a minute and a quarter-hour read in the singular and the plural", () => {
  assert.equal(waitInMinutes(30_000), "1 minute");
  assert.equal(waitInMinutes(60_000), "1 minute");
  assert.equal(waitInMinutes(60_001), "2 minutes");
  assert.equal(waitInMinutes(15 * 60_000), "15 minutes");
});

test("no wait at all still says one minute, never “0 minutes”", () => {
  assert.equal(waitInMinutes(0), "1 minute");
  assert.equal(waitInMinutes(-5), "1 minute");
});
