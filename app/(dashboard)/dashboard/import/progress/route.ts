// How far the running WordPress import is, for the import page's progress bar (administrators only).
import { NextResponse } from "next/server";
import { guardedRoute } from "@/lib/actions/route-guard";
import { readImportProgress } from "@/lib/wordpress/progress";

export const dynamic = "force-dynamic";

export const GET = guardedRoute("/dashboard/import/progress", { permission: "site:import" }, async () =>
  NextResponse.json({ progress: await readImportProgress() }, { headers: { "Cache-Control": "private, no-store" } }),
);
