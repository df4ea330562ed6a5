// Response compression, in place of Next.js's own (`compress: false` in next.config.js), run by the
// request hook (lib/peer-address.ts). The middleware Next.js bundles (`compression`, here its current
// release, which prefers brotli when offered: gzip level 6 or brotli quality 4, above 1 KB, only types
// worth compressing, honouring `Cache-Control: no-transform`), plus
// one thing Next.js does not do: a page that is the same for every reader (a cached reader page,
// `s-maxage`) is compressed once per content, not once per request. The gzip of each such body is
// kept by the SHA-1 of the body itself, so a changed page is a new entry and a stale one can never be
// served; hashing a 45 KB page costs a tenth of compressing it
// (docs/decisions/025-cached-pages-at-full-speed.md).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { gzipSync } from "node:zlib";
import compression from "compression";
import Negotiator from "negotiator";

const compress = compression();

/** The compressed bodies kept, at most this many bytes together (least recently used out first). */
export const GZIP_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** Bodies larger than this are compressed per request, as before. */
export const GZIP_CACHE_MAX_BODY = 512 * 1024;
const MIN_BODY = 1024;

const gzipped = new Map<string, Buffer>();
let keptBytes = 0;

/** The gzip of `body`, compressed once per distinct content. */
export function gzipOnce(body: Buffer): Buffer {
  const key = createHash("sha1").update(body).digest("base64");
  const known = gzipped.get(key);
  if (known) {
    gzipped.delete(key);
    gzipped.set(key, known);
    return known;
  }
  const fresh = gzipSync(body);
  gzipped.set(key, fresh);
  keptBytes += fresh.length;
  for (const [oldest, value] of gzipped) {
    if (keptBytes <= GZIP_CACHE_MAX_BYTES) break;
    gzipped.delete(oldest);
    keptBytes -= value.length;
  }
  return fresh;
}

export function gzipCacheSize(): number {
  return gzipped.size;
}

/** A response every reader gets the same (a shared cache may keep it), whole, of a type worth compressing. */
function sameForEveryone(response: ServerResponse): boolean {
  const cacheControl = String(response.getHeader("Cache-Control") ?? "");
  const type = String(response.getHeader("Content-Type") ?? "");
  return (
    response.statusCode === 200 &&
    /\bs-maxage=\d/.test(cacheControl) &&
    !/\bno-transform\b/.test(cacheControl) &&
    /^(text\/html|text\/x-component)\b/.test(type) &&
    !response.getHeader("Content-Encoding")
  );
}

function addVary(response: ServerResponse): void {
  const vary = String(response.getHeader("Vary") ?? "");
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) response.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/**
 * Compresses the response of `request` as Next.js would, then calls `next` (synchronously): the
 * request's handling. A body written whole with `end()` that is the same for every reader goes out
 * as the remembered gzip of that body.
 */
export function compressResponse<T>(request: IncomingMessage, response: ServerResponse, next: () => T): T {
  let result!: T;
  compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
    if (request.method === "GET" && new Negotiator(request).encodings(["gzip"]).includes("gzip")) rememberWholeBodies(response);
    result = next();
  });
  return result;
}

function rememberWholeBodies(response: ServerResponse): void {
  const write = response.write;
  const end = response.end;
  let streamed = false;
  response.write = function (this: ServerResponse, ...args: Parameters<typeof write>) {
    streamed = true;
    return write.apply(this, args);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (!streamed && !this.headersSent && (typeof chunk === "string" || Buffer.isBuffer(chunk)) && sameForEveryone(this)) {
      const body = typeof chunk === "string" ? Buffer.from(chunk, typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8") : chunk;
      if (body.length >= MIN_BODY && body.length <= GZIP_CACHE_MAX_BODY) {
        const gz = gzipOnce(body);
        this.setHeader("Content-Encoding", "gzip");
        this.setHeader("Content-Length", gz.length);
        addVary(this);
        // The compression middleware sees Content-Encoding and passes the bytes through.
        return (end as (...args: unknown[]) => ServerResponse).call(this, gz);
      }
    }
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
}
