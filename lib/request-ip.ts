// The caller's address from request headers. Pure, so it has unit tests; lib/request.ts re-exports it.

/**
 * The caller's IP address: the last X-Forwarded-For entry, which is the address our own reverse proxy
 * saw (docs/deploy) or, with no proxy in front, the socket address Next.js puts there itself.
 * (docs/decisions/007-sign-in-throttling.md)
 */
export function ipFromHeaders(h: Headers): string {
  const forwarded = h.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? h.get("x-real-ip") ?? "unknown";
}
