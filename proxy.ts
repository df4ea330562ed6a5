// Runs before routing (Node runtime in Next.js 16), for the dashboard only: without a session cookie
// it goes to the sign-in page. This is a convenience only: every dashboard page and every server
// action checks the user itself (lib/auth/session.ts). Reader pages never pass through here, so a
// cached page costs no code of ours (an old article slug is redirected by the article page itself).
import { NextResponse, type NextRequest } from "next/server";

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
  return NextResponse.next();
}

export const config = {
  matcher: ["/dashboard/:path*"],
};
