// GET /api/ready: readiness. 200 when the database (and Redis, when REDIS_URL is set) answer; 503
// with the failing check otherwise, and from the moment the instance received SIGTERM.
import { loggedRoute } from "@/lib/log";
import { readiness } from "@/lib/ops/readiness";

export const dynamic = "force-dynamic";

export const GET = loggedRoute("/api/ready", async () => {
  const state = await readiness();
  return Response.json(state, { status: state.ready ? 200 : 503, headers: { "Cache-Control": "no-store" } });
});
