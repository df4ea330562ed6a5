import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { dueIssue, issueWindow, latestScheduledTime } from "./schedule";

const at7 = { hour: 7, weekday: 1 };

describe("newsletter schedule", () => {
  it("is due from the hour on, in the site's time zone", () => {
    // 06:30 in New York (11:30 UTC in winter): today's 07:00 has not come, yesterday's is the latest.
    assert.equal(new Date(latestScheduledTime(new Date("2026-11-27T11:30:00Z"), "DAILY", at7, "America/New_York").getTime()).toISOString(), "2026-11-26T12:00:00.000Z");
    assert.deepEqual(dueIssue(new Date("2026-11-27T12:00:00Z"), "DAILY", at7, "America/New_York"), {
      period: "DAILY:2026-11-27T07",
      scheduledAt: new Date("2026-11-27T12:00:00Z"),
    });
  });
  it("names the same period all day long, so one issue a day is claimed", () => {
    const morning = dueIssue(new Date("2026-11-27T08:00:00Z"), "DAILY", at7, "UTC");
    const night = dueIssue(new Date("2026-11-27T23:59:00Z"), "DAILY", at7, "UTC");
    assert.equal(morning?.period, night?.period);
    assert.notEqual(dueIssue(new Date("2026-11-28T07:00:00Z"), "DAILY", at7, "UTC")?.period, morning?.period);
  });
  it("follows daylight saving time", () => {
    // Berlin: 07:00 is 06:00 UTC in summer, 07:00 UTC in winter (clocks went back on 25 October 2026).
    assert.equal(dueIssue(new Date("2026-10-24T06:00:00Z"), "DAILY", at7, "Europe/Berlin")?.scheduledAt.toISOString(), "2026-10-24T05:00:00.000Z");
    assert.equal(dueIssue(new Date("2026-10-26T06:30:00Z"), "DAILY", at7, "Europe/Berlin")?.scheduledAt.toISOString(), "2026-10-26T06:00:00.000Z");
  });
  it("sends the weekly issue on its weekday", () => {
    // Friday 27 November 2026: the latest Monday 07:00 is the 23rd.
    assert.equal(dueIssue(new Date("2026-11-27T12:00:00Z"), "WEEKLY", at7, "UTC"), null); // four days late: skipped
    assert.equal(dueIssue(new Date("2026-11-23T07:00:00Z"), "WEEKLY", at7, "UTC")?.period, "WEEKLY:2026-11-23T07");
    assert.equal(new Date(latestScheduledTime(new Date("2026-11-23T06:59:00Z"), "WEEKLY", at7, "UTC").getTime()).toISOString(), "2026-11-16T07:00:00.000Z");
  });
  it("covers what was published since the previous issue, up to now, at most one period back", () => {
    const end = new Date("2026-11-27T07:00:00Z");
    assert.equal(issueWindow("DAILY", end, null).start.toISOString(), "2026-11-26T07:00:00.000Z");
    assert.equal(issueWindow("DAILY", end, new Date("2026-11-27T05:00:00Z")).start.toISOString(), "2026-11-27T05:00:00.000Z");
    assert.equal(issueWindow("WEEKLY", end, new Date("2026-01-01T00:00:00Z")).start.toISOString(), "2026-11-20T07:00:00.000Z");
  });
});
