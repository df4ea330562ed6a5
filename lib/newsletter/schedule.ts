// When a newsletter issue is due, in the site's time zone, with no cron: the worker asks on every
// round, and the issue's period (its scheduled local time) is a unique key, so whichever instance
// creates the row first sends it and no other ever does (docs/decisions/018-mail.md).
import { TZDate } from "@date-fns/tz";

export type Frequency = "DAILY" | "WEEKLY";
export const FREQUENCIES: Frequency[] = ["DAILY", "WEEKLY"];

export type DigestSchedule = {
  /** Local hour, 0–23. */
  hour: number;
  /** Day of the weekly issue, 0 = Sunday … 6 = Saturday. */
  weekday: number;
};

/** An issue missed by more than this (every instance down) is skipped, not sent late. */
export const CATCH_UP_MS = 24 * 60 * 60 * 1000;

/** The latest scheduled send time at or before `now`, for this frequency, in `timeZone`. */
export function latestScheduledTime(now: Date, frequency: Frequency, schedule: DigestSchedule, timeZone: string): TZDate {
  const local = new TZDate(now.getTime(), timeZone);
  let daysBack = frequency === "WEEKLY" ? (local.getDay() - schedule.weekday + 7) % 7 : 0;
  let candidate = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - daysBack, schedule.hour, 0, 0, timeZone);
  if (candidate.getTime() > now.getTime()) {
    daysBack += frequency === "WEEKLY" ? 7 : 1;
    candidate = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() - daysBack, schedule.hour, 0, 0, timeZone);
  }
  return candidate;
}

const two = (n: number) => String(n).padStart(2, "0");

/** The unique name of the issue scheduled at `at` (local date and hour). */
export function periodKey(frequency: Frequency, at: TZDate): string {
  return `${frequency}:${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())}T${two(at.getHours())}`;
}

/** The issue that should exist by now, or null when the last scheduled time is too long ago. */
export function dueIssue(now: Date, frequency: Frequency, schedule: DigestSchedule, timeZone: string): { period: string; scheduledAt: Date } | null {
  const at = latestScheduledTime(now, frequency, schedule, timeZone);
  if (now.getTime() - at.getTime() > CATCH_UP_MS) return null;
  return { period: periodKey(frequency, at), scheduledAt: new Date(at.getTime()) };
}

/**
 * What an issue written at `now` covers: everything published since the previous issue was written
 * (or one period back, for the first issue or after a long gap), up to now.
 */
export function issueWindow(frequency: Frequency, now: Date, previousEnd: Date | null): { start: Date; end: Date } {
  const span = (frequency === "WEEKLY" ? 7 : 1) * 24 * 60 * 60 * 1000;
  const earliest = new Date(now.getTime() - span);
  const start = previousEnd && previousEnd > earliest ? previousEnd : earliest;
  return { start, end: now };
}
