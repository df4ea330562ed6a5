// The reply form's timing token: when the form was first used, for which article, signed with the
// site's secret so it cannot be forged. A robot that posts without opening the form, or faster than
// a person can type, is caught without any third-party service.
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { authSecret } from "@/lib/secrets";

function sign(payload: string): string {
  return createHmac("sha256", authSecret()).update(`reply-token:${payload}`).digest("base64url");
}

export function issueReplyToken(articleId: string, now = Date.now()): string {
  const payload = `${articleId}.${now}`;
  return `${payload}.${sign(payload)}`;
}

/** Seconds since the token was issued for this article, or null if it is missing, forged or stale. */
export function secondsSinceToken(token: string, articleId: string, now = Date.now()): number | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [id, issued, signature] = parts as [string, string, string];
  const expected = Buffer.from(sign(`${id}.${issued}`));
  const given = Buffer.from(signature);
  if (id !== articleId || expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  const seconds = (now - Number(issued)) / 1000;
  // An old form is treated as missing a token: replayed tokens should not last forever.
  return Number.isFinite(seconds) && seconds >= 0 && seconds < TOKEN_LIFETIME_SECONDS ? seconds : null;
}

/** Long enough to write a long reply after the first keystroke; a token is also limited in uses. */
export const TOKEN_LIFETIME_SECONDS = 6 * 60 * 60;
/** One page view may post a few replies (answers in a thread); a robot replaying one token may not. */
export const TOKEN_MAX_USES = 5;

/** A short, stable name for a token, to count its uses without storing it. */
export function tokenUseKey(token: string): string {
  return createHash("sha256").update(`reply-token-use:${token}`).digest("base64url").slice(0, 32);
}

/** A salted hash of the sender's address: enough to rate-limit and spot patterns, not to identify. */
export function hashIp(ip: string): string {
  return createHash("sha256").update(`ip:${authSecret()}:${ip}`).digest("base64url").slice(0, 32);
}
