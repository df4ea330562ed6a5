// Runs before routing (Node runtime in Next.js 16). Two jobs, both cheap:
//  1. /dashboard without a session cookie goes to the sign-in page. This is a convenience only:
//     every dashboard page and every server action checks the user itself (lib/auth/session.ts).
//  2. An article's old slug answers with a 301 to its current one (one primary-key lookup).
import { NextResponse, type NextRequest } from "next/server";
import { findSlugRedirect } from "@/lib/articles/redirects";

const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];

export default async function proxy(request: NextRequest) {
  const { pathname, search } = request.nextUrl;

  if (pathname.startsWith("/dashboard")) {
    // Server action calls go through: the action answers "Please sign in." itself.
    const isActionCall = request.headers.has("next-action");
    if (!isActionCall && !SESSION_COOKIES.some((name) => request.cookies.has(name))) {
      const login = new URL("/login", request.url);
      login.searchParams.set("callbackUrl", pathname + search);
      return NextResponse.redirect(login);
    }
    return NextResponse.next();
  }

  const slug = pathname.match(/^\/articles\/([^/]+)$/)?.[1];
  if (slug) {
    const target = await findSlugRedirect(decodeURIComponent(slug));
    if (target) return NextResponse.redirect(new URL(`/articles/${target}${search}`, request.url), 301);
  }
  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*", "/articles/:slug"],
};
