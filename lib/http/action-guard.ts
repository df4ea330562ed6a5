// Server action calls refused before Next.js handles them, where Next would answer with a 500: a body
// larger than the limit (Next throws a 413 error but its action handler turns every error into a
// 500), and a post from another site (Next's CSRF check aborts with a 500 too). Pure, so it is tested
// by itself; lib/http/early-refusals.ts runs it for every server action call, before Next.js.
import { REPLY_REQUEST_MAX_BYTES } from "@/lib/replies/schemas";
import { isForeignOrigin } from "./origin";

/** Reader pages have one action, the reply form (and sign-in, smaller). The dashboard uploads images. */
export const READER_ACTION_MAX_BYTES = REPLY_REQUEST_MAX_BYTES;
export const DASHBOARD_ACTION_MAX_BYTES = 12 * 1024 * 1024;

export type ActionRefusal = { status: 403 | 411 | 413; message: string };

export function refuseActionRequest(request: { method: string; pathname: string; headers: Headers }): ActionRefusal | null {
  if (request.method !== "POST") return null;
  const max = request.pathname.startsWith("/dashboard") ? DASHBOARD_ACTION_MAX_BYTES : READER_ACTION_MAX_BYTES;
  // The hosts Next.js itself compares the Origin with (checked first: a foreign post is refused whatever its size).
  if (isForeignOrigin(request.headers.get("origin"), [request.headers.get("x-forwarded-host"), request.headers.get("host")])) {
    return { status: 403, message: "Forms can only be sent from this site's own pages." };
  }
  // A body sent in chunks, without its length, could only be measured by reading it, and Next.js
  // answers 500 when it overruns; browsers always send the length of a form or an action call.
  const declared = request.headers.get("content-length");
  if (declared === null || !/^\d+$/.test(declared.trim())) {
    return { status: 411, message: "This form must be sent with its length (Content-Length)." };
  }
  const length = Number(declared);
  if (length > max) {
    return { status: 413, message: `This form sent more than ${max >= 1024 * 1024 ? `${max / 1024 / 1024} MB` : `${max / 1024} KB`}, which is more than it may.` };
  }
  return null;
}
