// When to try a failed delivery again: the first retry after `baseMs`, each later one twice as long,
// never more than an hour apart, with a little jitter so that a fleet does not retry in step.
// After MAX_ATTEMPTS the message is marked FAILED (an administrator can send it again from the outbox).

export const MAX_DELAY_MS = 60 * 60 * 1000;
/** About a day and a half of retries at the default base of one minute. */
export const MAX_ATTEMPTS = 42;

/** Milliseconds to wait after the `attempts`-th failed attempt (1 = the first one failed). */
export function retryDelayMs(attempts: number, baseMs: number, random: () => number = Math.random): number {
  const exponent = Math.min(Math.max(attempts - 1, 0), 30);
  const delay = Math.min(baseMs * 2 ** exponent, MAX_DELAY_MS);
  // ±10 %, never below the base.
  return Math.max(baseMs, Math.round(delay * (0.9 + 0.2 * random())));
}

/**
 * Whether an SMTP error is worth retrying. A 5xx reply means the server refused this message for
 * good (unknown recipient, rejected content): trying again gives the same answer. Everything else
 * (no connection, timeouts, 4xx "try later") is temporary.
 */
export function isPermanentFailure(error: { responseCode?: number } | null | undefined): boolean {
  const code = error?.responseCode;
  return typeof code === "number" && code >= 500 && code < 600;
}
