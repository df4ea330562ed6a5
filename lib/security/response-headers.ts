// Stage "security headers": the security headers of every response (docs/decisions/015-security-headers.md),
// set before Next.js sees the request (server.ts), instead of next.config.js `headers()`.
// Next.js re-compiles every configured header value that contains a colon as a path pattern, on
// every request (to substitute route parameters): the policy below has a dozen colons, and that cost
// a tenth of a cached article page's processor time (docs/decisions/025-cached-pages-at-full-speed.md).
// Setting the same constant strings here costs a few property writes.
//
// The dashboard, sign-in and next-auth's routes get no static policy: proxy.ts gives each of their
// responses a nonce policy (two CSP headers on one response would intersect).
import type { IncomingMessage, ServerResponse } from "node:http";
import type { Stage } from "@/lib/http/pipeline";
import { COMMON_SECURITY_HEADERS, HSTS_HEADER, NONCE_POLICY_PREFIXES, staticContentSecurityPolicy } from "./policy.js";

const STATIC_POLICY = staticContentSecurityPolicy({ dev: process.env.NODE_ENV === "development" });

/** True for the paths whose CSP comes from proxy.ts: a prefix, then the end of the path or a slash. */
export function usesNoncePolicy(pathname: string): boolean {
  return NONCE_POLICY_PREFIXES.some((prefix) => pathname.startsWith(prefix) && (pathname.length === prefix.length || pathname[prefix.length] === "/"));
}

/** The same for a request: its address, the query left out. */
export function requestUsesNoncePolicy(request: IncomingMessage): boolean {
  const url = request.url ?? "/";
  const query = url.indexOf("?");
  return usesNoncePolicy(query < 0 ? url : url.slice(0, query));
}

/** True when the response carries the static reader policy (which allows inline scripts), and no other. */
export function hasStaticPolicy(response: ServerResponse): boolean {
  return response.getHeader("Content-Security-Policy") === STATIC_POLICY;
}

/** SITE_URL is read once, when the server starts, not on every request. */
const SITE_IS_HTTPS = (process.env.SITE_URL ?? "").startsWith("https://");

/**
 * Strict-Transport-Security on https only: a SITE_URL on https, or a TLS proxy in front that says
 * `X-Forwarded-Proto: https` (a browser ignores the header over plain http anyway).
 */
function isHttps(request: IncomingMessage): boolean {
  return SITE_IS_HTTPS || request.headers["x-forwarded-proto"] === "https";
}

export function setSecurityHeaders(request: IncomingMessage, response: ServerResponse): void {
  for (const { key, value } of COMMON_SECURITY_HEADERS) response.setHeader(key, value);
  if (!requestUsesNoncePolicy(request)) response.setHeader("Content-Security-Policy", STATIC_POLICY);
  if (isHttps(request)) response.setHeader(HSTS_HEADER.key, HSTS_HEADER.value);
}

export const securityHeaders: Stage = {
  name: "security headers",
  run(request, response, next) {
    setSecurityHeaders(request, response);
    next();
  },
};
