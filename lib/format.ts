import { TZDate } from "@date-fns/tz";
import { startOfDay } from "date-fns";
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
  return startOfDayInZone(date, env.SITE_TIME_ZONE);
}

/**
 * The first instant of `date`'s calendar day in `timeZone`: local midnight or, on a day whose
 * midnight a clock change skips (America/Santiago, Asia/Beirut), the time the clocks jump to. The
 * offset is the one in force then, not at `date`: they differ on the days clocks change.
 */
export function startOfDayInZone(date: Date, timeZone: string): Date {
  // A plain Date back: a TZDate prints and serialises in its zone, which callers do not expect.
  return new Date(startOfDay(new TZDate(date, timeZone)).getTime());
}
