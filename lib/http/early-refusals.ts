// Stage "early refusals": requests that Next.js itself would answer with a 500, refused with the right
// status before it sees them (server.ts):
// - a path whose percent-encoding is not UTF-8 (`/tag/%`, `/articles/%C0%AF`): Next's router throws a
//   URIError while matching dynamic segments, which it does not turn into its own 400;
// - a path with a control character once decoded (`/articles/%00`): PostgreSQL refuses NUL in a query;
// - server action calls refused by lib/http/action-guard.ts (too large, or from another site). Next
//   also runs an action for a form posted without JavaScript (no Next-Action header, a multipart or
//   URL-encoded body): the CSRF case, since a foreign page can send such a form but not the header.
import { refuseActionRequest, type ActionRefusal } from "./action-guard";
import type { Stage } from "./pipeline";

export type EarlyRefusal = { status: 400 | 403 | 411 | 413; message: string };

const FORM_BODY = /^(multipart\/form-data|application\/x-www-form-urlencoded)\b/i;

/** A server action call: with Next's header, or a form posted to a page (route handlers check their own). */
export function isServerActionCall(request: { method?: string; headers: Record<string, string | string[] | undefined> }, pathname: string): boolean {
  if (request.headers["next-action"] !== undefined) return true;
  const type = request.headers["content-type"];
  return request.method === "POST" && !pathname.startsWith("/api/") && typeof type === "string" && FORM_BODY.test(type);
}

export function earlyRefusal(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): EarlyRefusal | null {
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: "This address is not valid." };
  }
  if (/[\u0000-\u001f\u007f]/.test(decoded)) return { status: 400, message: "This address is not valid." };
  if (!isServerActionCall(request, pathname)) return null;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const refusal: ActionRefusal | null = refuseActionRequest({ method: request.method ?? "GET", pathname, headers });
  return refusal;
}

export const earlyRefusals: Stage = {
  name: "early refusals",
  run(request, response, next) {
    const refusal = earlyRefusal(request);
    if (!refusal) return next();
    response.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
    response.end(`${refusal.message}\n`);
    // The body (perhaps a large upload) is not read: the connection closes after the answer.
    request.resume();
  },
};
