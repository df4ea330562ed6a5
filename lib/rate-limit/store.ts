import "server-only";
// Limits counted in the database, so that every server process counts the same attempts: one table
// (`RateLimit`) shared by sign-in throttling, reply limits and timing-token uses, through
// rate-limiter-flexible's Prisma store. Expired rows are swept by sweep.ts, not by timers.
import { RateLimiterPrisma } from "rate-limiter-flexible";
import { db } from "@/lib/db";

export function sharedLimiter(keyPrefix: string, points: number, durationSeconds: number): RateLimiterPrisma {
  return new RateLimiterPrisma({ storeClient: db, tableName: "rateLimit", keyPrefix, points, duration: durationSeconds, clearExpiredByTimeout: false });
}
