import "server-only";
import { NextResponse } from "next/server";
import { AuthorizationError, requirePermission, type SessionUser } from "@/lib/auth/session";
import type { Permission } from "@/lib/auth/permissions";
import { RETRY_AFTER_SECONDS, unlessDatabaseUnavailable } from "@/lib/db/unavailable";
import { loggedRoute } from "@/lib/log";

// The one way to open a route handler (docs/architecture.md), as formAction is for staff actions:
// logged; refused from another site when it changes something on a person's behalf; who is calling
// checked against the database before anything else runs (401 "Please sign in.", 403 for anyone
// else, always as JSON); and a database outage answered 503 with Retry-After, so a client knows
// nothing was stored and when to try again.

/** Every refusal of a route, as JSON with one `error` message: never cached, never a page. */
export function routeRefusal(status: number, error: string, extra: { headers?: Record<string, string>; fields?: unknown } = {}): NextResponse {
  return NextResponse.json(extra.fields === undefined ? { error } : { error, fields: extra.fields }, {
    status,
    headers: { "Cache-Control": "private, no-store", ...extra.headers },
  });
}

export const DATABASE_AWAY_MESSAGE = "The site cannot reach its database just now, so nothing was stored. Please send it again later.";

type RouteGuard = {
  /** What the caller must be allowed; absent for routes open to everyone (they still get the rest). */
  permission?: Permission;
  /** Refuse a request sent by a page on another site (the browser says so in Sec-Fetch-Site or Origin). */
  sameOriginOnly?: string;
};

type GuardedHandler<C> = (request: Request, context: C & { user: SessionUser | null }) => Promise<Response>;

export function guardedRoute<C>(route: string, guard: RouteGuard, handler: GuardedHandler<C>): (request: Request, context: C) => Promise<Response> {
  return loggedRoute(route, async (request: Request, context: C) => {
    if (guard.sameOriginOnly && !sentByThisSite(request)) return routeRefusal(403, guard.sameOriginOnly);
    return unlessDatabaseUnavailable<Response>(
      async () => {
        let user: SessionUser | null = null;
        if (guard.permission) {
          try {
            user = await requirePermission(guard.permission);
          } catch (error) {
            if (!(error instanceof AuthorizationError)) throw error;
            return routeRefusal(error.reason === "unauthenticated" ? 401 : 403, error.message);
          }
        }
        return handler(request, { ...context, user });
      },
      () => routeRefusal(503, DATABASE_AWAY_MESSAGE, { headers: { "Retry-After": String(RETRY_AFTER_SECONDS) } }),
    );
  });
}

/** Sent by a page of this site: Sec-Fetch-Site where the browser sends it, else the Origin header. */
export function sentByThisSite(request: Request): boolean {
  const site = request.headers.get("sec-fetch-site");
  if (site) return site === "same-origin";
  const origin = request.headers.get("origin");
  return origin !== null && origin === new URL(request.url).origin;
}
