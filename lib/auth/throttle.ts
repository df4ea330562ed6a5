// Sign-in throttling, per account and per IP address, in the database so that every server process
// shares it (rate-limiter-flexible's Prisma store). WordPress has none; Ghost allows a few tries.
// docs/decisions/007-sign-in-throttling.md
import { RateLimiterPrisma, RateLimiterRes } from "rate-limiter-flexible";
import { db } from "@/lib/db";

const WINDOW_SECONDS = 15 * 60;
export const MAX_FAILURES_PER_ACCOUNT = 5;
export const MAX_FAILURES_PER_IP = 30;

const limiter = (keyPrefix: string, points: number) =>
  new RateLimiterPrisma({
    storeClient: db,
    tableName: "rateLimit",
    keyPrefix,
    points,
    duration: WINDOW_SECONDS,
    clearExpiredByTimeout: false,
  });

const byAccount = limiter("login-account", MAX_FAILURES_PER_ACCOUNT);
const byIp = limiter("login-ip", MAX_FAILURES_PER_IP);

/** Milliseconds until this email or IP may try again, or 0 if it may try now. */
export async function signInBlockedFor(email: string, ip: string): Promise<number> {
  const [account, address] = await Promise.all([byAccount.get(email), byIp.get(ip)]);
  const wait = (res: RateLimiterRes | null, max: number) => (res && res.consumedPoints >= max ? res.msBeforeNext : 0);
  return Math.max(wait(account, MAX_FAILURES_PER_ACCOUNT), wait(address, MAX_FAILURES_PER_IP));
}

export async function recordFailedSignIn(email: string, ip: string): Promise<void> {
  // A rejected consume only means the limit is now reached; the count was still recorded.
  await Promise.all([byAccount.consume(email).catch(ignoreLimit), byIp.consume(ip).catch(ignoreLimit)]);
}

export async function clearFailedSignIns(email: string): Promise<void> {
  await byAccount.delete(email);
}

function ignoreLimit(error: unknown) {
  if (!(error instanceof RateLimiterRes)) throw error;
}

export function minutesToWait(ms: number): number {
  return Math.max(1, Math.ceil(ms / 60_000));
}
