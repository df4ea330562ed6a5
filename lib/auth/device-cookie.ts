// "This browser signed in here before" (OWASP's device cookie): issued on a successful sign-in, it
// lets its browser past the per-account lock that anyone can trigger by failing on purpose from many
// addresses. The cookie is `<nonce>.<HMAC(AUTH_SECRET, email, nonce)>`: it names no account, and it
// only counts for the account it was issued for. docs/decisions/014-sign-in-hardening.md
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const DEVICE_COOKIE = "gazette-device";
/** Long-lived: a browser stays known for as long as the owner keeps using it. */
export const DEVICE_COOKIE_MAX_AGE = 60 * 60 * 24 * 365;

function mac(secret: string, email: string, nonce: string): Buffer {
  return createHmac("sha256", secret).update(`gazette-device-v1\n${email}\n${nonce}`).digest();
}

/** A new device cookie value for this account. */
export function issueDeviceToken(email: string, secret: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${mac(secret, email, nonce).toString("base64url")}`;
}

/** The cookie's nonce when it is genuine and was issued for this account, otherwise null. */
export function verifyDeviceToken(token: string | null | undefined, email: string, secret: string): string | null {
  if (!token || token.length > 200) return null;
  const [nonce, signature, ...rest] = token.split(".");
  if (!nonce || !signature || rest.length > 0 || !/^[\w-]{16,64}$/.test(nonce)) return null;
  const given = Buffer.from(signature, "base64url");
  const expected = mac(secret, email, nonce);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}

/** One cookie's value from a Cookie header. */
export function readCookie(header: string | null | undefined, name: string): string | null {
  for (const part of (header ?? "").split(";")) {
    const index = part.indexOf("=");
    if (index > 0 && part.slice(0, index).trim() === name) return part.slice(index + 1).trim();
  }
  return null;
}
