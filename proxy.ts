// Runs before routing (Node runtime in Next.js 16), for the dashboard, sign-in and next-auth's routes
// only. Reader pages never pass through here (an old article slug is redirected by the article page
// itself; their security headers come from lib/security/response-headers.ts).
//
// 1. Without a session cookie the dashboard goes to the sign-in page. This is a convenience only:
//    every dashboard page and every server action checks the user itself (lib/auth/session.ts).
// 2. Every response gets a Content-Security-Policy with a fresh nonce. Next.js reads the nonce from
//    the policy in the request headers and puts it on its own scripts; these pages are rendered per
//    request anyway (docs/decisions/015-security-headers.md).
import { NextResponse, type NextRequest } from "next/server";
import { nonceContentSecurityPolicy } from "@/lib/security/policy";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (pathname.startsWith("/dashboard")) {
    // Server action calls go through: the action answers "Please sign in." itself.
    const isActionCall = request.headers.has("next-action");
    if (!isActionCall && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
  }

  // 128 random bits, as the CSP specification asks of a nonce.
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString("base64");
  const policy = nonceContentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

// Keep in step with NONCE_POLICY_PREFIXES in lib/security/policy.js, which keeps the static policy
// off these paths. Next.js needs a literal matcher here, so they are repeated. One pattern, not four:
// Next.js builds a RegExp from each matcher on every request (docs/decisions/025-cached-pages-at-full-speed.md).
export const config = {
  matcher: ["/(dashboard|login|api/auth)/:path*"],
};
