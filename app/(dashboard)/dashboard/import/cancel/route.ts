// "Cancel import" on the import page (administrators only): asks the running import to stop after its
// current write. A route, not a server action: the browser runs one server action at a time, and
// the import's own action is still running when the button is pressed. Only the page itself may ask
// (a form on another site could otherwise post here with the cookie).
import { NextResponse } from "next/server";
import { guardedRoute } from "@/lib/actions/route-guard";
import { requestImportCancel } from "@/lib/wordpress/import-job";

export const dynamic = "force-dynamic";

export const POST = guardedRoute("/dashboard/import/cancel", { permission: "site:import", sameOriginOnly: "Cancel the import from its page." }, async () => {
  await requestImportCancel();
  return NextResponse.json({ cancelling: true }, { headers: { "Cache-Control": "private, no-store" } });
});
