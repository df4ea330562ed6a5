import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { startOfDayInSiteZone, startOfDayInZone } from "./format";

const at = (iso: string) => new Date(iso);
const start = (iso: string, zone: string) => startOfDayInZone(at(iso), zone).toISOString();
const HOUR = 60 * 60 * 1000;

/** The calendar day an instant falls on in a zone, as the reader's clock shows it. */
function localDay(date: Date, zone: string): string {
  let format = dayFormats.get(zone);
  if (!format) dayFormats.set(zone, (format = new Intl.DateTimeFormat("en-CA", { timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit" })));
  return format.format(date);
}
const dayFormats = new Map<string, Intl.DateTimeFormat>();

describe("startOfDayInZone", () => {
  it("UTC: midnight of the same day, up to the last millisecond", () => {
    assert.equal(start("2026-06-01T15:30:00Z", "UTC"), "2026-06-01T00:00:00.000Z");
    assert.equal(start("2026-06-01T00:00:00Z", "UTC"), "2026-06-01T00:00:00.000Z");
    assert.equal(start("2026-06-01T23:59:59.999Z", "UTC"), "2026-06-01T00:00:00.000Z");
    assert.equal(start("2026-05-31T23:59:59.999Z", "UTC"), "2026-05-31T00:00:00.000Z");
  });

  it("a zone ahead of UTC by a half hour (Asia/Kolkata, +05:30)", () => {
    assert.equal(start("2026-06-01T12:00:00Z", "Asia/Kolkata"), "2026-05-31T18:30:00.000Z");
    // Just before and at local midnight of 2 June.
    assert.equal(start("2026-06-01T18:29:59.999Z", "Asia/Kolkata"), "2026-05-31T18:30:00.000Z");
    assert.equal(start("2026-06-01T18:30:00.000Z", "Asia/Kolkata"), "2026-06-01T18:30:00.000Z");
    assert.equal(start("2026-06-01T18:30:00.001Z", "Asia/Kolkata"), "2026-06-01T18:30:00.000Z");
  });

  it("a zone behind UTC (America/New_York), where the UTC date is already the next one", () => {
    assert.equal(start("2026-06-02T02:00:00Z", "America/New_York"), "2026-06-01T04:00:00.000Z");
    assert.equal(start("2026-06-02T03:59:59.999Z", "America/New_York"), "2026-06-01T04:00:00.000Z");
    assert.equal(start("2026-06-02T04:00:00.000Z", "America/New_York"), "2026-06-02T04:00:00.000Z");
    assert.equal(start("2026-01-15T12:00:00Z", "America/New_York"), "2026-01-15T05:00:00.000Z");
  });

  // On these days the offset at noon is not the offset at midnight.
  it("America/New_York: spring forward (8 March 2026, 23 hours) and fall back (1 November 2026, 25 hours)", () => {
    assert.equal(start("2026-03-08T16:00:00Z", "America/New_York"), "2026-03-08T05:00:00.000Z");
    assert.equal(start("2026-03-09T16:00:00Z", "America/New_York"), "2026-03-09T04:00:00.000Z");
    assert.equal(start("2026-11-01T17:00:00Z", "America/New_York"), "2026-11-01T04:00:00.000Z");
    assert.equal(start("2026-11-02T17:00:00Z", "America/New_York"), "2026-11-02T05:00:00.000Z");
    // Within the repeated hour of 1 November (01:30 EDT, then 01:30 EST): the same day.
    assert.equal(start("2026-11-01T05:30:00Z", "America/New_York"), "2026-11-01T04:00:00.000Z");
    assert.equal(start("2026-11-01T06:30:00Z", "America/New_York"), "2026-11-01T04:00:00.000Z");
  });

  it("Europe/London: spring forward (29 March 2026) and fall back (25 October 2026)", () => {
    assert.equal(start("2026-03-29T11:00:00Z", "Europe/London"), "2026-03-29T00:00:00.000Z");
    assert.equal(start("2026-03-30T11:00:00Z", "Europe/London"), "2026-03-29T23:00:00.000Z");
    assert.equal(start("2026-10-25T12:00:00Z", "Europe/London"), "2026-10-24T23:00:00.000Z");
    assert.equal(start("2026-10-26T12:00:00Z", "Europe/London"), "2026-10-26T00:00:00.000Z");
    // Just before and after midnight at the end of summer time's last full day.
    assert.equal(start("2026-10-24T22:59:59.999Z", "Europe/London"), "2026-10-23T23:00:00.000Z");
    assert.equal(start("2026-10-24T23:00:00.000Z", "Europe/London"), "2026-10-24T23:00:00.000Z");
  });

  it("days whose midnight does not exist start when the clocks jump (America/Santiago, Asia/Beirut)", () => {
    // Chile: at 00:00 on Sunday 6 September 2026 the clocks go to 01:00 (-04 → -03).
    assert.equal(start("2026-09-06T15:00:00Z", "America/Santiago"), "2026-09-06T04:00:00.000Z");
    assert.equal(start("2026-09-06T03:59:59.999Z", "America/Santiago"), "2026-09-05T04:00:00.000Z");
    // And back on Sunday 5 April 2026: 24:00 on Saturday becomes 23:00 again, a 25-hour Saturday.
    assert.equal(start("2026-04-05T03:30:00Z", "America/Santiago"), "2026-04-04T03:00:00.000Z");
    assert.equal(start("2026-04-05T16:00:00Z", "America/Santiago"), "2026-04-05T04:00:00.000Z");
    // Lebanon: at 00:00 on Sunday 29 March 2026 the clocks go to 01:00 (+02 → +03).
    assert.equal(start("2026-03-29T09:00:00Z", "Asia/Beirut"), "2026-03-28T22:00:00.000Z");
    assert.equal(new Intl.DateTimeFormat("en-GB", { timeZone: "Asia/Beirut", timeStyle: "short" }).format(at("2026-03-28T22:00:00Z")), "01:00");
  });

  // Whatever the zone and the day: the result is on the same local day, at or before the instant,
  // and the millisecond before it is on the previous day. That is the definition of the start of a day.
  it("is the first instant of the local day, every few hours through 2026, in zones with and without DST", () => {
    const zones = ["UTC", "Asia/Kolkata", "America/New_York", "Europe/London", "America/Santiago", "Asia/Beirut", "Australia/Lord_Howe", "Pacific/Chatham"];
    for (const zone of zones) {
      for (let time = Date.parse("2026-01-01T00:00:00Z"); time < Date.parse("2027-01-01T00:00:00Z"); time += 5 * HOUR + 17 * 60 * 1000) {
        const date = new Date(time);
        const result = startOfDayInZone(date, zone);
        const message = `${zone} ${date.toISOString()} → ${result.toISOString()}`;
        assert.ok(result.getTime() <= time, message);
        assert.ok(time - result.getTime() < 26 * HOUR, message);
        assert.equal(localDay(result, zone), localDay(date, zone), message);
        assert.notEqual(localDay(new Date(result.getTime() - 1), zone), localDay(date, zone), message);
      }
    }
  });

  it("returns a plain Date", () => {
    assert.equal(Object.getPrototypeOf(startOfDayInZone(at("2026-06-01T12:00:00Z"), "Asia/Kolkata")), Date.prototype);
  });
});

describe("startOfDayInSiteZone", () => {
  // SITE_TIME_ZONE is read once at start-up; the tests run with its default, UTC.
  it("uses the site's zone", () => {
    assert.equal(startOfDayInSiteZone(at("2026-06-01T15:30:00Z")).toISOString(), startOfDayInZone(at("2026-06-01T15:30:00Z"), process.env.SITE_TIME_ZONE || "UTC").toISOString());
  });

  it("defaults to now", () => {
    const before = Date.now();
    const today = startOfDayInSiteZone().getTime();
    assert.ok(today <= before && before - today < 26 * HOUR);
  });
});
