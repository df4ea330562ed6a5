// POST /api/csp-report — where browsers send Content-Security-Policy violations (report-uri and the
// Reporting API's report-to, lib/security/policy.js). Each violation is logged as one line of JSON
// for whoever reads the server log. Answers 204 to a report, 400 / 413 / 415 / 429 otherwise, and
// never 500: a failure here must not show up as an error of the site (docs/decisions/015-security-headers.md).
import { RateLimiterMemory } from "rate-limiter-flexible";
import { consumeOrWait } from "@/lib/rate-limit/consume";
import { MAX_REPORT_BYTES, parseReports, readBounded } from "@/lib/security/csp-report";
import { ipFromHeaders } from "@/lib/request";
import { loggedRoute } from "@/lib/log";

// One page with a broken policy reports a few violations per view; 60 a minute per address is more
// than a reader produces and caps what one client can write to the log. In this process's memory:
// losing counts on a restart is fine for a log, and it costs no database write per report.
const limiter = new RateLimiterMemory({ keyPrefix: "csp-report", points: 60, duration: 60 });

const answer = (status: number, headers?: Record<string, string>) =>
  new Response(null, { status, headers: { "Cache-Control": "no-store", ...headers } });

export const POST = loggedRoute("/api/csp-report", async (request: Request) => {
  try {
    const waitMs = await consumeOrWait(limiter, ipFromHeaders(request.headers));
    if (waitMs > 0) return answer(429, { "Retry-After": String(Math.ceil(waitMs / 1000)) });
    const body = await readBounded(request, MAX_REPORT_BYTES);
    if (body === null) return answer(413);
    const parsed = parseReports(request.headers.get("content-type"), body);
    if (!parsed.ok) return answer(parsed.reason === "unsupported-type" ? 415 : 400);
    for (const violation of parsed.violations) {
      console.warn(`csp-violation ${JSON.stringify(violation)}`);
    }
    return answer(204);
  } catch {
    // A body that breaks off half-way, or anything else unforeseen: nothing to log, nothing to tell.
    return answer(400);
  }
});
