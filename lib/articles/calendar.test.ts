import assert from "node:assert/strict";
import { test } from "node:test";
import { addDaysTo, dayOf, parseDay, rangeOf, weekOf } from "./calendar";

test("a week runs Monday to Sunday on the site's clocks", () => {
  assert.deepEqual(weekOf("2026-12-06", "Europe/Paris"), ["2026-11-30", "2026-12-01", "2026-12-02", "2026-12-03", "2026-12-04", "2026-12-05", "2026-12-06"]);
  assert.equal(weekOf("2026-12-07", "UTC")[0], "2026-12-07");
});

test("days move across months and clock changes", () => {
  assert.equal(addDaysTo("2026-12-31", 1, "UTC"), "2027-01-01");
  assert.equal(addDaysTo("2026-03-29", 1, "Europe/Paris"), "2026-03-30");
  assert.equal(addDaysTo("2026-03-01", -1, "America/New_York"), "2026-02-28");
});

test("an instant's day is the site's, not UTC's", () => {
  assert.equal(dayOf(new Date("2026-12-06T23:30:00Z"), "Europe/Paris"), "2026-12-07");
  assert.equal(dayOf(new Date("2026-12-06T23:30:00Z"), "UTC"), "2026-12-06");
});

test("an unreadable day in the address means today", () => {
  const now = new Date("2026-12-06T10:00:00Z");
  assert.equal(parseDay("2026-02-31", "UTC", now), "2026-12-06");
  assert.equal(parseDay("yesterday", "UTC", now), "2026-12-06");
  assert.equal(parseDay(["2026-12-01"], "UTC", now), "2026-12-01");
  assert.equal(parseDay("0001-01-01", "UTC", now), "2026-12-06");
});

test("a range starts at the first day's midnight and ends at the next day's", () => {
  const { from, to } = rangeOf("2026-12-07", "2026-12-13", "Europe/Paris");
  assert.equal(from.toISOString(), "2026-12-06T23:00:00.000Z");
  assert.equal(to.toISOString(), "2026-12-13T23:00:00.000Z");
});
