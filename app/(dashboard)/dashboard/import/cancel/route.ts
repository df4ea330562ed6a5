// "Cancel import" on the import page (administrators only): asks the running import to stop after its
// current write. A route, not a server action: the browser runs one server action at a time, and
// the import's own action is still running when the button is pressed.
import { NextResponse, type NextRequest } from "next/server";
import { AuthorizationError, requirePermission } from "@/lib/auth/session";
import { requestImportCancel } from "@/lib/wordpress/import-job";

export const dynamic = "force-dynamic";

const headers = { "Cache-Control": "private, no-store" };

export async function POST(request: NextRequest) {
  // Only the page itself may ask (a form on another site could otherwise post here with the cookie).
  const site = request.headers.get("sec-fetch-site");
  const origin = request.headers.get("origin");
  const sameOrigin = site ? site === "same-origin" : origin !== null && origin === request.nextUrl.origin;
  if (!sameOrigin) return NextResponse.json({ error: "Cancel the import from its page." }, { status: 403, headers });
  try {
    await requirePermission("site:import");
  } catch (error) {
    if (error instanceof AuthorizationError) return NextResponse.json({ error: error.message }, { status: error.reason === "unauthenticated" ? 401 : 403, headers });
    throw error;
  }
  await requestImportCancel();
  return NextResponse.json({ cancelling: true }, { headers });
}
