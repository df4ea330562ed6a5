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
