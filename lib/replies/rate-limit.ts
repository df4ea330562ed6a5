import "server-only";
// Reply rate limits per address and per email: 1 per 15 seconds and 20 per hour each, shared by
// every server process (the same Prisma store as sign-in throttling).
import { consumeOrWait } from "@/lib/rate-limit/consume";
import { sharedLimiter } from "@/lib/rate-limit/store";
import { sweepExpiredRateLimits } from "@/lib/rate-limit/sweep";
import { TOKEN_LIFETIME_SECONDS, TOKEN_MAX_USES, tokenUseKey } from "./token";

const limits = [
  sharedLimiter("reply-ip-burst", 1, 15),
  sharedLimiter("reply-ip-hour", 20, 3600),
  sharedLimiter("reply-email-burst", 1, 15),
  sharedLimiter("reply-email-hour", 20, 3600),
];

const tokenUses = sharedLimiter("reply-token", TOKEN_MAX_USES, TOKEN_LIFETIME_SECONDS);

/** Count one use of a timing token; false once it has been used as often as a page view may. */
export async function consumeTokenUse(token: string): Promise<boolean> {
  return (await consumeOrWait(tokenUses, tokenUseKey(token))) === 0;
}

/** Count one reply from this address and email; the seconds to wait if either is over a limit. */
export async function consumeReplyAllowance(ipHash: string, email: string): Promise<number> {
  await sweepExpiredRateLimits();
  const keys = [ipHash, ipHash, email, email];
  let waitMs = 0;
  for (const [index, limit] of limits.entries()) waitMs = Math.max(waitMs, await consumeOrWait(limit, keys[index]!));
  return Math.ceil(waitMs / 1000);
}
