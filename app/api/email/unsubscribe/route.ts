// POST /api/email/unsubscribe?t=… — RFC 8058 one-click unsubscribe: mail programs post
// "List-Unsubscribe=One-Click" here (the List-Unsubscribe header of our messages) without showing a
// page. Only unsubscribe links are honoured; the body is not read. A GET (a person opening the
// header's link) goes to the page with the button, since opening a link must change nothing.
import { NextResponse } from "next/server";
import { env } from "@/lib/env";
import { loggedRoute } from "@/lib/log";
import { applySignedLink, readSignedLink } from "@/lib/mail/links";

export const POST = loggedRoute("/api/email/unsubscribe", async (request: Request) => {
  const token = new URL(request.url).searchParams.get("t");
  const link = readSignedLink(token);
  if (!link || !link.purpose.endsWith("-unsubscribe")) {
    return NextResponse.json({ error: "This unsubscribe link is not valid." }, { status: 400, headers: { "Cache-Control": "no-store" } });
  }
  await applySignedLink(token);
  return new NextResponse("Unsubscribed.\n", { status: 200, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });
});

export const GET = loggedRoute("/api/email/unsubscribe", async (request: Request) => {
  const url = new URL(request.url);
  const page = new URL("/email/unsubscribe", env.SITE_URL);
  const token = url.searchParams.get("t");
  if (token && token.length <= 200) page.searchParams.set("t", token);
  return NextResponse.redirect(page, 303);
});
