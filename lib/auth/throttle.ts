// Sign-in throttling, in the database so that every server process shares it (rate-limiter-flexible's
// Prisma store, whose consume is one atomic increment on SQLite and PostgreSQL alike).
// Every attempt is counted *before* its password is checked: checking, verifying and then recording
// let 40 simultaneous guesses all pass a limit of 5. A successful sign-in gives its own points back.
// docs/decisions/007-sign-in-throttling.md, 014-sign-in-hardening.md
import type { RateLimiterPrisma } from "rate-limiter-flexible";
import { addressKey } from "@/lib/client-address";
import { consumeOrWait } from "@/lib/rate-limit/consume";
import { sharedLimiter } from "@/lib/rate-limit/store";
import { sweepExpiredRateLimits } from "@/lib/rate-limit/sweep";

const WINDOW_SECONDS = 15 * 60;
/** From one address, on one account. */
export const MAX_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS = 5;
/** On one account from everywhere together (browsers without a device cookie): the cap on guessing. */
export const MAX_ATTEMPTS_PER_ACCOUNT = 20;
/** From one address, on any accounts. */
export const MAX_ATTEMPTS_PER_ADDRESS = 30;
/** From one browser that signed in to this account before (device cookie). */
export const MAX_ATTEMPTS_PER_DEVICE = 5;

const limiter = (keyPrefix: string, points: number) => sharedLimiter(keyPrefix, points, WINDOW_SECONDS);

const byAccountAndAddress = limiter("login-account-ip", MAX_ATTEMPTS_PER_ACCOUNT_AND_ADDRESS);
const byAccount = limiter("login-account", MAX_ATTEMPTS_PER_ACCOUNT);
const byAddress = limiter("login-ip", MAX_ATTEMPTS_PER_ADDRESS);
const byDevice = limiter("login-device", MAX_ATTEMPTS_PER_DEVICE);

type Counter = { limiter: RateLimiterPrisma; key: string; clearOnSuccess: boolean };

export type SignInAttempt = { counters: Counter[] };

/**
 * Counts one attempt on every limit that applies, atomically, and says whether it may go on to the
 * password check. `deviceNonce` is set when the browser holds a genuine device cookie for this
 * account: it is then counted on its own device limit instead of the account's, so others failing
 * on purpose cannot lock the owner out.
 */
export async function beginSignInAttempt(input: {
  email: string;
  ip: string;
  deviceNonce: string | null;
}): Promise<{ allowed: true; attempt: SignInAttempt } | { allowed: false; waitMs: number }> {
  await sweepExpiredRateLimits();
  const address = addressKey(input.ip);
  const counters: Counter[] = input.deviceNonce
    ? [
        { limiter: byDevice, key: input.deviceNonce, clearOnSuccess: true },
        { limiter: byAddress, key: address, clearOnSuccess: false },
      ]
    : [
        { limiter: byAccountAndAddress, key: `${input.email}|${address}`, clearOnSuccess: true },
        { limiter: byAccount, key: input.email, clearOnSuccess: false },
        { limiter: byAddress, key: address, clearOnSuccess: false },
      ];
  // One counter after another, not in parallel: on SQLite each upsert is a transaction on a
  // connection of its own, and two at once in one process can stall each other for the busy timeout.
  const results: number[] = [];
  for (const counter of counters) results.push(await consumeOrWait(counter.limiter, counter.key));
  const waitMs = Math.max(...results);
  return waitMs > 0 ? { allowed: false, waitMs } : { allowed: true, attempt: { counters } };
}

/**
 * The password was right: this attempt's points are given back, and the counters that were this
 * browser's alone (this account from this address, this device) start again. Failures by others on
 * the account stay counted.
 */
export async function signInSucceeded(attempt: SignInAttempt): Promise<void> {
  for (const counter of attempt.counters) {
    await (counter.clearOnSuccess ? counter.limiter.delete(counter.key) : counter.limiter.reward(counter.key, 1));
  }
}

