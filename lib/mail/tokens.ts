// Tokens in emailed links. Single-use links (invitations, password resets) carry 32 random bytes;
// only their SHA-256 is stored, so a copy of the database signs nobody in. Links that only change a
// reader's own preferences (confirm, unsubscribe) are signed instead of stored: an HMAC of what they
// do with the site's secret, which cannot be forged and needs no table.
import { createHash, createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export function newLinkToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** A well-formed random token (43 base64url characters); anything else is refused before a lookup. */
export function isLinkTokenShape(value: unknown): value is string {
  return typeof value === "string" && /^[A-Za-z0-9_-]{43}$/.test(value);
}

export const SIGNED_PURPOSES = ["newsletter-confirm", "newsletter-unsubscribe", "reply-confirm", "reply-unsubscribe", "held-replies-unsubscribe", "editorial-unsubscribe"] as const;
export type SignedPurpose = (typeof SIGNED_PURPOSES)[number];

/**
 * How long a confirmation link works. A confirmation sitting in an old inbox (or a leaked copy) must
 * not subscribe someone months later; the page behind an expired link offers to start again.
 * Unsubscribe links never expire: a reader must always be able to leave, from any old message.
 */
export const CONFIRM_LINK_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

const expires = (purpose: SignedPurpose) => purpose.endsWith("-confirm");

function signature(purpose: SignedPurpose, id: string, issued: string | null, secret: string): string {
  const payload = issued === null ? `mail-link:${purpose}:${id}` : `mail-link:${purpose}:${id}:${issued}`;
  return createHmac("sha256", secret).update(payload).digest("base64url").slice(0, 32);
}

/**
 * A link that does one thing (`purpose`) to one record (`id`): `<purpose>.<id>.<signature>`, and for
 * a confirmation `<purpose>.<id>.<issued>.<signature>` with its time of issue (seconds, base 36) signed in.
 */
export function signLink(purpose: SignedPurpose, id: string, secret: string, now: Date = new Date()): string {
  if (!expires(purpose)) return `${purpose}.${id}.${signature(purpose, id, null, secret)}`;
  const issued = Math.floor(now.getTime() / 1000).toString(36);
  return `${purpose}.${id}.${issued}.${signature(purpose, id, issued, secret)}`;
}

export type VerifiedLink = { purpose: SignedPurpose; id: string; expired: boolean };

/**
 * What a signed link does, or null when it is malformed or forged. A genuine confirmation older than
 * CONFIRM_LINK_LIFETIME_MS (or from before links carried their date) comes back `expired: true`, so
 * the page can say so rather than call it invalid; nothing may be applied from it.
 */
export function verifyLink(value: unknown, secret: string, now: Date = new Date()): VerifiedLink | null {
  if (typeof value !== "string" || value.length > 200) return null;
  const parts = value.split(".");
  if (parts.length !== 3 && parts.length !== 4) return null;
  const [purpose, id] = parts as [string, string];
  const given = parts[parts.length - 1]!;
  const issued = parts.length === 4 ? parts[2]! : null;
  if (!(SIGNED_PURPOSES as readonly string[]).includes(purpose) || !/^[a-z0-9]{1,40}$/i.test(id)) return null;
  if (issued !== null && (!expires(purpose as SignedPurpose) || !/^[0-9a-z]{1,10}$/.test(issued))) return null;
  const expected = Buffer.from(signature(purpose as SignedPurpose, id, issued, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  const expired = expires(purpose as SignedPurpose) && (issued === null || now.getTime() - parseInt(issued, 36) * 1000 > CONFIRM_LINK_LIFETIME_MS);
  return { purpose: purpose as SignedPurpose, id, expired };
}
