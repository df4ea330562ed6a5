// Structured logs: one JSON line per event on stdout (pino), for whatever collects the fleet's logs.
// Every dashboard action and API call is logged with its request id, route and duration; errors
// with their digest (instrumentation.ts), the number a person sees on the error page.
import { randomUUID } from "node:crypto";
import pino from "pino";

export const log = pino({
  base: { pid: process.pid },
  level: process.env.LOG_LEVEL || "info",
  timestamp: pino.stdTimeFunctions.isoTime,
});

/** The request id nginx gave the request (X-Request-Id, docs/deploy/nginx.conf), or a new one. */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get("x-request-id");
  return given && /^[\w.:-]{1,128}$/.test(given) ? given : randomUUID();
}

/** The path of an address, or undefined (a Referer that is not a URL). */
export function pathOf(address: string | null): string | undefined {
  if (!address) return undefined;
  try {
    return new URL(address, "http://x").pathname;
  } catch {
    return undefined;
  }
}

type Digested = { digest?: unknown };

/** How a thrown value ended the request: Next's redirect and not-found signals are not errors. */
export function thrownOutcome(error: unknown): { status: number; error: boolean } {
  const digest = typeof (error as Digested)?.digest === "string" ? ((error as Digested).digest as string) : "";
  if (digest.startsWith("NEXT_REDIRECT")) return { status: Number(digest.split(";").at(-2)) || 307, error: false };
  if (digest.startsWith("NEXT_HTTP_ERROR_FALLBACK")) return { status: Number(digest.split(";")[1]) || 404, error: false };
  return { status: 500, error: true };
}

type RouteHandler<Q extends Request, C> = (request: Q, context: C) => Promise<Response> | Response;

/**
 * An API route handler that logs its calls: request id, method, route, status, duration. The id
 * goes back in X-Request-Id, so a person reporting a failure can quote it.
 */
export function loggedRoute<Q extends Request, C>(route: string, handler: RouteHandler<Q, C>): (request: Q, context: C) => Promise<Response> {
  return async (request, context) => {
    const started = performance.now();
    const requestId = requestIdFrom(request.headers);
    const fields = { requestId, method: request.method, route };
    try {
      const response = await handler(request, context);
      log.info({ ...fields, status: response.status, durationMs: Math.round(performance.now() - started) }, "api");
      try {
        response.headers.set("X-Request-Id", requestId);
      } catch {
        // Response.redirect() and friends have immutable headers.
      }
      return response;
    } catch (error) {
      const outcome = thrownOutcome(error);
      log.info({ ...fields, status: outcome.status, durationMs: Math.round(performance.now() - started) }, "api");
      throw error;
    }
  };
}
