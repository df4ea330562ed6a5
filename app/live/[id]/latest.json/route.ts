import { LIVE_LATEST_CACHE_CONTROL, LIVE_MISSING_CACHE_CONTROL } from "@/lib/cache/headers";
import { getLiveLatest } from "@/lib/live/queries";

export const dynamic = "force-dynamic";

/** What an open live page polls: `{ seq, live, endedAt }`, shared by every reader for two seconds. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const latest = await getLiveLatest((await params).id);
  if (!latest) return Response.json({ error: "No live coverage here." }, { status: 404, headers: { "Cache-Control": LIVE_MISSING_CACHE_CONTROL } });
  return Response.json(latest, { headers: { "Cache-Control": LIVE_LATEST_CACHE_CONTROL } });
}
