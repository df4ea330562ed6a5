import { env } from "@/lib/env";

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: env.SITE_TIME_ZONE });
const dateTimeFormat = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "long",
  timeStyle: "short",
  timeZone: env.SITE_TIME_ZONE,
});

/** "26 November 2026" in the site's time zone. */
export function formatDate(date: Date): string {
  return dateFormat.format(date);
}

/** "26 November 2026 at 14:05" in the site's time zone. */
export function formatDateTime(date: Date): string {
  return dateTimeFormat.format(date);
}

export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** Midnight at the start of `date`'s day in the site's time zone, as an instant. */
export function startOfDayInSiteZone(date: Date = new Date()): Date {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-CA", {
      timeZone: env.SITE_TIME_ZONE,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
      hourCycle: "h23",
    })
      .formatToParts(date)
      .map((part) => [part.type, Number(part.value)]),
  ) as Record<string, number>;
  const wallClockAsUtc = Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  const offset = wallClockAsUtc - Math.floor(date.getTime() / 1000) * 1000;
  return new Date(Date.UTC(parts.year!, parts.month! - 1, parts.day!) - offset);
}
