// Request bodies read with a ceiling: a route that parses whatever it is sent can be made to hold
// hundreds of megabytes in memory before it refuses them. The declared length is checked first, and
// the stream is counted as it arrives (a client may lie about the length, or send it chunked).
import { formDataToObject } from "@/lib/actions/form-data";
import { isForeignOrigin } from "./origin";

export class BodyTooLarge extends Error {
  constructor(readonly maxBytes: number) {
    super(`The request body is larger than ${Math.round(maxBytes / 1024)} KB.`);
  }
}

export async function readBodyWithLimit(request: Request, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(request.headers.get("content-length") ?? "");
  if (Number.isFinite(declared) && declared > maxBytes) throw new BodyTooLarge(maxBytes);
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let received = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      throw new BodyTooLarge(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(received);
  let offset = 0;
  for (const chunk of chunks) {
    body.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return body;
}

/** The fields of a JSON object, URL-encoded or multipart body; null when it is none of these. */
export async function parseFields(body: Uint8Array, contentType: string): Promise<Record<string, unknown> | null> {
  const type = contentType.split(";")[0]!.trim().toLowerCase();
  try {
    if (type === "application/json") {
      const value: unknown = JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(body));
      return value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
    }
    if (type === "application/x-www-form-urlencoded" || type === "multipart/form-data") {
      const form = await new Response(body as BodyInit, { headers: { "content-type": contentType } }).formData();
      return formDataToObject(form);
    }
  } catch {
    return null;
  }
  return null;
}

/**
 * Whether a browser could have sent this request from another site: a form post (URL-encoded,
 * multipart or text/plain needs no CORS preflight) whose Origin is not this site. Requests from
 * scripts and apps send no Origin, or JSON, which a foreign page cannot send without our consent.
 */
export function isCrossSiteFormPost(request: Request, siteUrl: string): boolean {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const browserEncoded = type === "" || type === "application/x-www-form-urlencoded" || type === "multipart/form-data" || type === "text/plain";
  if (!browserEncoded) return false;
  if (request.headers.get("sec-fetch-site") === "cross-site") return true;
  return isForeignOrigin(request.headers.get("origin"), [new URL(siteUrl).host, request.headers.get("host"), request.headers.get("x-forwarded-host")]);
}
