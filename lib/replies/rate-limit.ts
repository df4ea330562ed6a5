import "server-only";
// Reply rate limits per address and per email: 1 per 15 seconds and 20 per hour each, shared by
// every server process (the same Prisma store as sign-in throttling).
import { RateLimiterRes } from "rate-limiter-flexible";
import { sharedLimiter } from "@/lib/rate-limit/store";
import { sweepExpiredRateLimits } from "@/lib/rate-limit/sweep";
import { TOKEN_LIFETIME_SECONDS, TOKEN_MAX_USES, tokenUseKey } from "./token";

const limiter = sharedLimiter;

const limits = [
  limiter("reply-ip-burst", 1, 15),
  limiter("reply-ip-hour", 20, 3600),
  limiter("reply-email-burst", 1, 15),
  limiter("reply-email-hour", 20, 3600),
];

const tokenUses = limiter("reply-token", TOKEN_MAX_USES, TOKEN_LIFETIME_SECONDS);

/** Count one use of a timing token; false once it has been used as often as a page view may. */
export async function consumeTokenUse(token: string): Promise<boolean> {
  try {
    await tokenUses.consume(tokenUseKey(token));
    return true;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return false;
  }
}

/** Count one reply from this address and email; the seconds to wait if either is over a limit. */
export async function consumeReplyAllowance(ipHash: string, email: string): Promise<number> {
  await sweepExpiredRateLimits();
  const keys = [ipHash, ipHash, email, email];
  let wait = 0;
  for (const [index, limit] of limits.entries()) {
    try {
      await limit.consume(keys[index]!);
    } catch (error) {
      if (!(error instanceof RateLimiterRes)) throw error;
      wait = Math.max(wait, Math.ceil(error.msBeforeNext / 1000));
    }
  }
  return wait;
}
