// Requests that Next.js itself would answer with a 500, refused with the right status before it sees
// them (installed with the peer-address stamp, lib/peer-address.ts):
// - a path whose percent-encoding is not UTF-8 (`/tag/%`, `/articles/%C0%AF`): Next's router throws a
//   URIError while matching dynamic segments, which it does not turn into its own 400;
// - server action calls refused by lib/http/action-guard.ts (too large, or from another site).
import { refuseActionRequest, type ActionRefusal } from "./action-guard";

export type EarlyRefusal = { status: 400 | 403 | 413; message: string };

export function earlyRefusal(request: { method?: string; url?: string; headers: Record<string, string | string[] | undefined> }): EarlyRefusal | null {
  const url = request.url ?? "/";
  const queryAt = url.indexOf("?");
  const pathname = queryAt === -1 ? url : url.slice(0, queryAt);
  try {
    decodeURIComponent(pathname);
  } catch {
    return { status: 400, message: "This address is not valid." };
  }
  if (request.headers["next-action"] === undefined) return null;
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === "string") headers.set(name, value);
  }
  const refusal: ActionRefusal | null = refuseActionRequest({ method: request.method ?? "GET", pathname, headers });
  return refusal;
}
