/**
 * The longest a cached query lives without a write expiring it: a safety net for changes made
 * outside the application (a database edit, another instance), not the way fresh content arrives.
 */
export const READER_QUERY_MAX_SECONDS = 300;

/** Seconds an entry may live: until the next scheduled publish (at least 1 s), at most the maximum. */
export function entryLifetime(nextPublish: Date | null, now = Date.now()): number {
  if (!nextPublish) return READER_QUERY_MAX_SECONDS;
  return Math.min(READER_QUERY_MAX_SECONDS, Math.max(1, Math.ceil((nextPublish.getTime() - now) / 1000)));
}
