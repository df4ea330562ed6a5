import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { describeTimeZone, formatDateInZone, formatDateTimeInZone, formatTimeInZone, fromZonedInputValue, pluralize, toZonedInputValue } from "./format-core";

const at = (iso: string) => new Date(iso);

describe("dates and times in the site's locale, on the clocks of a given zone", () => {
  it("an English site in Paris writes day, month, year and a 24-hour clock, never the US order", () => {
    // The tester's case: 22:30:06 UTC on 5 December is 23:30 in Paris, and the US format said "12/5/2026, 11:30:06 PM".
    assert.equal(formatDateTimeInZone(at("2026-12-05T22:30:06Z"), "Europe/Paris"), "5 December 2026 at 23:30");
    assert.equal(formatDateInZone(at("2026-12-05T22:30:06Z"), "Europe/Paris"), "5 December 2026");
    assert.equal(formatTimeInZone(at("2026-12-05T22:30:06Z"), "Europe/Paris"), "23:30");
  });

  it("the zone decides the day, not the machine's clock", () => {
    assert.equal(formatDateTimeInZone(at("2026-12-05T23:30:00Z"), "UTC"), "5 December 2026 at 23:30");
    assert.equal(formatDateTimeInZone(at("2026-12-05T23:30:00Z"), "Europe/Paris"), "6 December 2026 at 00:30");
    assert.equal(formatDateTimeInZone(at("2026-12-05T23:30:00Z"), "America/New_York"), "5 December 2026 at 18:30");
  });

  it("names the zone with its abbreviation when it has one", () => {
    assert.equal(describeTimeZone("UTC"), "UTC");
    assert.equal(describeTimeZone("Europe/Paris", at("2026-12-05T12:00:00Z")), "Europe/Paris (UTC+01:00)");
    assert.equal(describeTimeZone("Europe/Paris", at("2026-07-05T12:00:00Z")), "Europe/Paris (UTC+02:00)");
  });
});

describe("the schedule field's value, on the site's clocks", () => {
  it("shows an instant as the site's clocks read it", () => {
    assert.equal(toZonedInputValue(at("2026-12-05T22:30:06Z"), "Europe/Paris"), "2026-12-05T23:30:06");
    assert.equal(toZonedInputValue(at("2026-07-05T22:30:00Z"), "Europe/Paris"), "2026-07-06T00:30:00");
    assert.equal(toZonedInputValue(at("2026-12-05T22:30:06Z"), "UTC"), "2026-12-05T22:30:06");
    assert.equal(toZonedInputValue(new Date(Number.NaN), "UTC"), "");
  });

  it("reads what was typed on the site's clocks, whatever the browser's zone", () => {
    assert.equal(fromZonedInputValue("2026-12-05T23:30", "Europe/Paris")?.toISOString(), "2026-12-05T22:30:00.000Z");
    assert.equal(fromZonedInputValue("2026-07-06T00:30:15", "Europe/Paris")?.toISOString(), "2026-07-05T22:30:15.000Z");
    assert.equal(fromZonedInputValue("2026-12-05T23:30", "America/New_York")?.toISOString(), "2026-12-06T04:30:00.000Z");
    assert.equal(fromZonedInputValue("2026-12-05T23:30:00", "UTC")?.toISOString(), "2026-12-05T23:30:00.000Z");
  });

  it("goes there and back unchanged, across the clock changes of a year", () => {
    for (let time = Date.parse("2026-01-01T00:00:00Z"); time < Date.parse("2027-01-01T00:00:00Z"); time += 7 * 60 * 60 * 1000 + 13 * 1000) {
      for (const zone of ["Europe/Paris", "America/New_York", "Asia/Kolkata", "UTC"]) {
        const value = toZonedInputValue(new Date(time), zone);
        const back = fromZonedInputValue(value, zone)!.getTime();
        // The repeated hour of a fall-back night reads one way or the other; every other time is exact.
        assert.ok(back === time || Math.abs(back - time) === 60 * 60 * 1000, `${zone} ${new Date(time).toISOString()} → ${value}`);
      }
    }
  });

  it("refuses what is not a date and time", () => {
    for (const value of ["", "tomorrow", "2026-02-31T10:00", "2026-13-01T10:00", "2026-12-05T24:00", "2026-12-05 23:30", "2026-12-05T23:30Z"]) {
      assert.equal(fromZonedInputValue(value, "Europe/Paris"), null, value);
    }
  });
});

describe("pluralize", () => {
  it("says one and many as English does, zero included", () => {
    assert.equal(pluralize(1, "article"), "1 article");
    assert.equal(pluralize(0, "subscriber"), "0 subscribers");
    assert.equal(pluralize(2, "article"), "2 articles");
    assert.equal(pluralize(1, "reply", "replies"), "1 reply");
    assert.equal(pluralize(3, "reply", "replies"), "3 replies");
  });

  it("writes large counts with the site's digit grouping", () => {
    assert.equal(pluralize(1250, "subscriber"), "1,250 subscribers");
  });
});
