// rate-limiter-flexible answers "over the limit" by rejecting with a RateLimiterRes (the point is
// counted all the same). Every limit in Gazette wants the same reading of that: how long to wait.
import { RateLimiterRes, type RateLimiterAbstract } from "rate-limiter-flexible";

/** Count one point for `key`: 0 when within the limit, else the milliseconds until it may try again (at least 1). */
export async function consumeOrWait(limiter: RateLimiterAbstract, key: string): Promise<number> {
  try {
    await limiter.consume(key);
    return 0;
  } catch (error) {
    if (error instanceof RateLimiterRes) return Math.max(error.msBeforeNext, 1);
    throw error;
  }
}
