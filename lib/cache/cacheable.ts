// The data cache (`unstable_cache`) stores results as JSON, so a Date would come back as a string on
// a cache hit but not on a miss. Dates are wrapped before storing and unwrapped after reading, so a
// cached query returns the same shape either way.

const DATE_KEY = "$date";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** A JSON-safe copy of `value` with every Date as `{ $date: iso }`. */
export function toCacheable(value: unknown): Json {
  if (value instanceof Date) return { [DATE_KEY]: value.toISOString() };
  if (Array.isArray(value)) return value.map(toCacheable);
  if (value !== null && typeof value === "object") {
    const out: Record<string, Json> = {};
    for (const [key, item] of Object.entries(value)) if (item !== undefined) out[key] = toCacheable(item);
    return out;
  }
  return value as Json;
}

/** The value `toCacheable` was given, with its Dates restored. */
export function fromCacheable<T>(value: Json): T {
  return revive(value) as T;
}

function revive(value: Json): unknown {
  if (Array.isArray(value)) return value.map(revive);
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    if (keys.length === 1 && keys[0] === DATE_KEY && typeof value[DATE_KEY] === "string") return new Date(value[DATE_KEY]);
    return Object.fromEntries(keys.map((key) => [key, revive(value[key] as Json)]));
  }
  return value;
}
