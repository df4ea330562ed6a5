// GET /api/health: liveness. The process answers; nothing else is checked (a database outage must
// not make an orchestrator restart every instance). Readiness, with dependencies: /api/ready.
import { loggedRoute } from "@/lib/log";

export const dynamic = "force-dynamic";

export const GET = loggedRoute("/api/health", () => Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } }));
