// Dates, times and counts as the site writes them, for server code: the formats of
// lib/format-core.ts (which client components use with the zone the server hands them) in the
// site's time zone, SITE_TIME_ZONE.
import { TZDate } from "@date-fns/tz";
import { startOfDay } from "date-fns";
import { env } from "@/lib/env";
import { describeTimeZone, formatDateInZone, formatDateTimeInZone, formatTimeInZone } from "@/lib/format-core";

export { SITE_LOCALE, pluralize } from "@/lib/format-core";

/** The site's IANA time zone: every date the site writes is on its clocks. */
export const siteTimeZone = env.SITE_TIME_ZONE;

/** "26 November 2026" in the site's time zone. */
export function formatDate(date: Date): string {
  return formatDateInZone(date, siteTimeZone);
}

/** "26 November 2026 at 14:05" in the site's time zone. */
export function formatDateTime(date: Date): string {
  return formatDateTimeInZone(date, siteTimeZone);
}

/** "14:05" in the site's time zone. */
export function formatTime(date: Date): string {
  return formatTimeInZone(date, siteTimeZone);
}

/** "Europe/Paris (CET)": the site's zone, as shown next to a time field. */
export function describeSiteTimeZone(at: Date = new Date()): string {
  return describeTimeZone(siteTimeZone, at);
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
