// How far the running WordPress import is, for the import page's progress bar (administrators only).
import { NextResponse } from "next/server";
import { AuthorizationError, requirePermission } from "@/lib/auth/session";
import { readImportProgress } from "@/lib/wordpress/progress";

export const dynamic = "force-dynamic";

export async function GET() {
  try {
    await requirePermission("site:import");
  } catch (error) {
    if (error instanceof AuthorizationError) return NextResponse.json({ error: error.message }, { status: error.reason === "unauthenticated" ? 401 : 403, headers: { "Cache-Control": "private, no-store" } });
    throw error;
  }
  return NextResponse.json({ progress: await readImportProgress() }, { headers: { "Cache-Control": "private, no-store" } });
}
