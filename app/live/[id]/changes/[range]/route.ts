import { LIVE_MISSING_CACHE_CONTROL, LIVE_RANGE_CACHE_CONTROL } from "@/lib/cache/headers";
import { getLiveChanges } from "@/lib/live/queries";
import { parseChangeRange } from "@/lib/live/schemas";

export const dynamic = "force-dynamic";

/** The changes after one number up to another (`/live/<id>/changes/4-9`): once complete, never changes. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string; range: string }> }) {
  const { id, range } = await params;
  const parsed = parseChangeRange(range);
  if (!parsed) return Response.json({ error: "Ask for a range like 4-9, at most 100 changes." }, { status: 400, headers: { "Cache-Control": LIVE_RANGE_CACHE_CONTROL } });
  const changes = await getLiveChanges(id, parsed.from, parsed.to);
  if (!changes) return Response.json({ error: "Not all of these changes exist yet." }, { status: 404, headers: { "Cache-Control": LIVE_MISSING_CACHE_CONTROL } });
  return Response.json({ from: parsed.from, to: parsed.to, changes }, { headers: { "Cache-Control": LIVE_RANGE_CACHE_CONTROL } });
}
