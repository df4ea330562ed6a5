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

function signature(purpose: SignedPurpose, id: string, secret: string): string {
  return createHmac("sha256", secret).update(`mail-link:${purpose}:${id}`).digest("base64url").slice(0, 32);
}

/** `<purpose>.<id>.<signature>`: a link that does one thing to one record. */
export function signLink(purpose: SignedPurpose, id: string, secret: string): string {
  return `${purpose}.${id}.${signature(purpose, id, secret)}`;
}

/** What a signed link does, or null when it is malformed or forged. */
export function verifyLink(value: unknown, secret: string): { purpose: SignedPurpose; id: string } | null {
  if (typeof value !== "string" || value.length > 200) return null;
  const parts = value.split(".");
  if (parts.length !== 3) return null;
  const [purpose, id, given] = parts as [string, string, string];
  if (!(SIGNED_PURPOSES as readonly string[]).includes(purpose) || !/^[a-z0-9]{1,40}$/i.test(id)) return null;
  const expected = Buffer.from(signature(purpose as SignedPurpose, id, secret));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return null;
  return { purpose: purpose as SignedPurpose, id };
}
