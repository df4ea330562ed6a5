import "server-only";
// The rate-limit table (shared by sign-in throttling and reply limits through rate-limiter-flexible's
// Prisma store) gains a row per key and never loses one on its own: expired rows are deleted here, at
// most once every few minutes per process, by whichever request comes first. No timer, no cron.
import { db } from "@/lib/db";

const EVERY_MS = 5 * 60 * 1000;
let lastSweep = 0;

export async function sweepExpiredRateLimits(now = Date.now()): Promise<number> {
  if (now - lastSweep < EVERY_MS) return 0;
  lastSweep = now;
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: new Date(now) } } });
  return count;
}
