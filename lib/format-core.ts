// How Gazette writes dates, times and counts, in the site's locale. Safe in the browser: every
// function takes the time zone, so a client component writes exactly what the server writes when
// the server hands it the site's zone (lib/format.ts binds the zone for server code).
import { TZDate } from "@date-fns/tz";
import { format as formatWallClock } from "date-fns";

/** The site's language for dates and numbers: an English site, day before month, a 24-hour clock. */
export const SITE_LOCALE = "en-GB";

const STYLES = {
  date: { dateStyle: "long" },
  dateTime: { dateStyle: "long", timeStyle: "short" },
  time: { timeStyle: "short" },
} satisfies Record<string, Intl.DateTimeFormatOptions>;

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(style: keyof typeof STYLES, timeZone: string): Intl.DateTimeFormat {
  const key = `${style} ${timeZone}`;
  let found = formatters.get(key);
  if (!found) formatters.set(key, (found = new Intl.DateTimeFormat(SITE_LOCALE, { ...STYLES[style], timeZone })));
  return found;
}

/** "5 December 2026" in `timeZone`. */
export function formatDateInZone(date: Date, timeZone: string): string {
  return formatter("date", timeZone).format(date);
}

/** "5 December 2026 at 23:30" in `timeZone`. */
export function formatDateTimeInZone(date: Date, timeZone: string): string {
  return formatter("dateTime", timeZone).format(date);
}

/** "23:30" in `timeZone`. */
export function formatTimeInZone(date: Date, timeZone: string): string {
  return formatter("time", timeZone).format(date);
}

/** The zone as people read it next to a time, with its offset then: "Europe/Paris (UTC+01:00)", "UTC". */
export function describeTimeZone(timeZone: string, at: Date = new Date()): string {
  if (timeZone === "UTC" || timeZone === "Etc/UTC") return "UTC";
  const offset = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" }).formatToParts(at).find((part) => part.type === "timeZoneName")?.value;
  // "GMT+01:00" as "UTC+01:00"; "GMT" alone is UTC+00:00.
  const utc = offset ? (offset === "GMT" ? "UTC+00:00" : offset.replace(/^GMT/, "UTC")) : null;
  return utc ? `${timeZone} (${utc})` : timeZone;
}

/** An instant as a `datetime-local` field shows it on the clocks of `timeZone`: "2026-12-05T23:30:00". */
export function toZonedInputValue(date: Date, timeZone: string): string {
  if (Number.isNaN(date.getTime())) return "";
  return formatWallClock(new TZDate(date.getTime(), timeZone), "yyyy-MM-dd'T'HH:mm:ss");
}

/**
 * The instant a `datetime-local` value ("2026-12-05T23:30" or with seconds) means on the clocks of
 * `timeZone`, whatever the browser's own zone; null when it is not such a value. A time that a
 * clock change skips is read with the offset before the change, as the clocks would show it.
 */
export function fromZonedInputValue(value: string, timeZone: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const zoned = new TZDate(year, month - 1, day, hour, minute, second, timeZone);
  // 31 February and the like roll over into the next month: not a date anyone typed.
  if (zoned.getDate() !== day || zoned.getMonth() !== month - 1) return null;
  return new Date(zoned.getTime());
}

const pluralRules = new Intl.PluralRules(SITE_LOCALE);
const counts = new Intl.NumberFormat(SITE_LOCALE);

/**
 * A count and its noun, in the plural the site's language asks for: "1 article", "0 subscribers",
 * "1,250 replies". `plural` is needed only where an "s" does not make it.
 */
export function pluralize(count: number, singular: string, plural = `${singular}s`): string {
  return `${counts.format(count)} ${pluralRules.select(count) === "one" ? singular : plural}`;
}
