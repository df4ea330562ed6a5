// Runs before routing (Node runtime in Next.js 16), after server.ts's stages, for every address its
// matcher names. Two jobs, on disjoint addresses:
//
// 1. Readers' addresses go to their edition's tree (app/[edition]; docs/decisions/052-editions-routing.md):
//    `/fr/…` under a non-default edition passes, `/en/…` (the default's own path) is a 308 to the
//    address without it, any other reader address is rewritten under the default's path (`/x` →
//    `/en/x`, the address bar unchanged). The rule is lib/editions/routing.ts; the editions come from
//    memory (lib/editions/registry.ts). Only the path is read: no cookie, no Vary, so Next's cache,
//    page memory and nginx, keyed on the address, work as before. Here and not in server.ts because
//    Next's client router takes a page's params from the address unless the answer carries
//    x-nextjs-rewritten-path, which Next sets for proxy and next.config.js rewrites only.
// 2. The dashboard, sign-in and next-auth's routes: without a session cookie the dashboard goes to the
//    sign-in page (a convenience only: every dashboard page and every server action checks the user
//    itself, lib/auth/session.ts); every response gets a Content-Security-Policy with a fresh nonce,
//    which Next.js reads from the request headers and puts on its own scripts (these pages are
//    rendered per request anyway; docs/decisions/015-security-headers.md).
import { NextResponse, type NextRequest } from "next/server";
import { currentEditions } from "@/lib/editions/registry";
import { editionRoute } from "@/lib/editions/routing";
import { NONCE_POLICY_PREFIXES, nonceContentSecurityPolicy } from "@/lib/security/policy";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;
  if (NONCE_POLICY_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return staffAnswer(request);

  const route = editionRoute(pathname + search, await currentEditions());
  if (route.action === "redirect") return NextResponse.redirect(new URL(route.location, request.url), route.status);
  if (route.action === "rewrite") {
    const url = request.nextUrl.clone();
    url.pathname = route.pathname;
    return NextResponse.rewrite(url);
  }
  return NextResponse.next();
}

function staffAnswer(request: NextRequest) {
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

// Everything but what no edition owns and Next's files: _next/, the API (but next-auth's routes, which
// get the nonce policy), live polling, uploads, the sitemap index, robots and the icon. One pattern:
// Next.js builds a RegExp from each matcher on every request (docs/decisions/025-cached-pages-at-full-speed.md).
// Next.js needs a literal here; lib/editions/routing.ts's OUTSIDE_EDITIONS names the same and more.
export const config = {
  matcher: ["/((?!_next/|api/(?!auth/)|live/|uploads/|sitemap\\.xml|robots\\.txt|icon\\.png).*)"],
};
