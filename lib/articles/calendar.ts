// The calendar's days: yyyy-mm-dd on the site's clocks, weeks from Monday. Pure, so it has unit tests.
import { TZDate } from "@date-fns/tz";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/format-core";

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The day an instant falls on, on the clocks of `timeZone`. */
export function dayOf(instant: Date, timeZone: string): string {
  return toZonedInputValue(instant, timeZone).slice(0, 10);
}

/** Noon of a day: safely inside it whatever the clock changes. */
function noonOf(day: string, timeZone: string): Date {
  return fromZonedInputValue(`${day}T12:00`, timeZone) ?? new Date(NaN);
}

/** A day from the address bar, or today when it is missing or not a real date. */
export function parseDay(value: string | string[] | undefined, timeZone: string, now: Date = new Date()): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw && DAY.test(raw) && fromZonedInputValue(`${raw}T12:00`, timeZone)) {
    const year = Number(raw.slice(0, 4));
    if (year >= 1970 && year <= 9999) return raw;
  }
  return dayOf(now, timeZone);
}

/** The day `count` days after (or before) `day`. */
export function addDaysTo(day: string, count: number, timeZone: string): string {
  const noon = new TZDate(noonOf(day, timeZone).getTime(), timeZone);
  noon.setDate(noon.getDate() + count);
  return dayOf(new Date(noon.getTime()), timeZone);
}

/** The seven days, Monday to Sunday, of the week `day` is in. */
export function weekOf(day: string, timeZone: string): string[] {
  const weekday = new TZDate(noonOf(day, timeZone).getTime(), timeZone).getDay();
  const monday = addDaysTo(day, -((weekday + 6) % 7), timeZone);
  return Array.from({ length: 7 }, (_, index) => addDaysTo(monday, index, timeZone));
}

/** The first instant of `day` and of the day after `last`: the range to look stories up in. */
export function rangeOf(first: string, last: string, timeZone: string): { from: Date; to: Date } {
  const start = (day: string) => {
    const noon = new TZDate(noonOf(day, timeZone).getTime(), timeZone);
    noon.setHours(0, 0, 0, 0);
    return new Date(noon.getTime());
  };
  return { from: start(first), to: start(addDaysTo(last, 1, timeZone)) };
}
