// Stage "compression": response compression, in place of Next.js's own (`compress: false` in
// next.config.js), the last stage before Next.js (server.ts). The middleware Next.js bundles (`compression`, here its current
// release, which prefers brotli when offered: gzip level 6 or brotli quality 4, above 1 KB, only types
// worth compressing, honouring `Cache-Control: no-transform`), plus
// one thing Next.js does not do: a page that is the same for every reader (a cached reader page,
// `s-maxage`) is compressed once per content, not once per request. Each compressed body is kept by
// the SHA-1 of the body itself, so a changed page is a new entry and a stale one can never be
// served; hashing a 45 KB page costs a tenth of compressing it. gzip is made at once; brotli, at a
// quality too slow to spend per request, in the background (libuv's thread pool): until it is ready a
// browser gets the gzip (docs/decisions/025-cached-pages-at-full-speed.md).
// Relies on Next.js: a cached page sent with `s-maxage` and written with one `end()` (otherwise it is
// compressed per request, as before: never wrong, only slower; e2e/request-path.spec.ts checks it).
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { brotliCompress, constants as zlib, gzipSync } from "node:zlib";
import compression from "compression";
import Negotiator from "negotiator";
import type { Stage } from "./pipeline";

const compress = compression();

/** The compressed bodies kept, at most this many bytes together (least recently used out first). */
export const COMPRESSED_CACHE_MAX_BYTES = 32 * 1024 * 1024;
/** Bodies larger than this are compressed per request, as before. */
export const COMPRESSED_CACHE_MAX_BODY = 512 * 1024;
const MIN_BODY = 1024;
/**
 * Brotli for a body compressed once: the best quality. For a 29–40 KB page it takes 70–80 ms of one
 * thread-pool thread and is 16–18 % smaller than gzip (quality 6: under 1 ms, 7–9 % smaller); the
 * numbers are in decision 025.
 */
export const BROTLI_ONCE_QUALITY = 11;
/**
 * One brotli compression at a time, so that three of libuv's four threads stay free for files and
 * DNS; a page that arrives meanwhile is sent as gzip, and tried again on its next request.
 */
const BROTLI_PENDING_MAX = 1;
/** Larger bodies are kept as gzip only (a reader page is 30–60 KB). */
const BROTLI_MAX_BODY = 128 * 1024;
/** What the middleware offers, and prefers on a tie (as compression 1.8 does). */
const SUPPORTED_ENCODINGS = ["br", "gzip", "deflate", "identity"];
const PREFERRED_ENCODINGS = ["br", "gzip"];

export type Encoding = "br" | "gzip";

const kept = new Map<string, Buffer>();
let keptBytes = 0;
const brotliPending = new Set<string>();

function recall(key: string): Buffer | undefined {
  const known = kept.get(key);
  if (known) {
    kept.delete(key);
    kept.set(key, known);
  }
  return known;
}

function keep(key: string, value: Buffer): void {
  if (kept.has(key)) return;
  kept.set(key, value);
  keptBytes += value.length;
  for (const [oldest, old] of kept) {
    if (keptBytes <= COMPRESSED_CACHE_MAX_BYTES) break;
    kept.delete(oldest);
    keptBytes -= old.length;
  }
}

/**
 * `body` compressed once per distinct content, for a reader whose preferred encoding is `preferred`:
 * brotli once its compression has finished, gzip otherwise (null when gzip is not acceptable either,
 * so that the middleware compresses this one). Brotli is started on the second request for the same
 * body, never the first: a body asked for once (a search nobody repeats) costs no brotli.
 */
export function compressOnce(body: Buffer, preferred: Encoding, gzipAcceptable = true, digest = digestOf(body)): { encoding: Encoding; bytes: Buffer } | null {
  if (preferred === "br") {
    const br = recall(`br ${digest}`);
    if (br) return { encoding: "br", bytes: br };
  }
  const key = `gzip ${digest}`;
  const seenBefore = recall(key);
  if (preferred === "br" && seenBefore && body.length <= BROTLI_MAX_BODY) startBrotli(digest, body);
  if (!gzipAcceptable) return null;
  const gz = seenBefore ?? gzipSync(body);
  keep(key, gz);
  return { encoding: "gzip", bytes: gz };
}

/** The key a body's compressions are kept under. */
export function digestOf(body: Buffer): string {
  return createHash("sha1").update(body).digest("base64");
}

function startBrotli(digest: string, body: Buffer): void {
  if (brotliPending.has(digest) || brotliPending.size >= BROTLI_PENDING_MAX) return;
  brotliPending.add(digest);
  brotliCompress(body, brotliOnceOptions(body.length), (error, result) => {
    brotliPending.delete(digest);
    if (!error) keep(`br ${digest}`, result);
  });
}

/** How many compressed bodies are kept (both encodings). */
export function compressedCacheSize(): number {
  return kept.size;
}

/** Resolves once no brotli compression is waiting (for tests). */
export async function brotliSettled(): Promise<void> {
  while (brotliPending.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
}

/** Brotli options for a body compressed once (pages here, the build's files in static-assets.ts). */
export function brotliOnceOptions(size: number) {
  return { params: { [zlib.BROTLI_PARAM_QUALITY]: BROTLI_ONCE_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: size, [zlib.BROTLI_PARAM_MODE]: zlib.BROTLI_MODE_TEXT } };
}

/** The encoding the compression middleware chooses: q-values first, then brotli on a tie. */
export function preferredEncoding(negotiator: Negotiator): string | undefined {
  // negotiator 0.6.4 takes the order for ties as a second argument (compression 1.8 passes it);
  // @types/negotiator 0.6.4 predates it.
  const encoding = negotiator.encoding as (available: string[], preferred: string[]) => string | undefined;
  return encoding.call(negotiator, SUPPORTED_ENCODINGS, PREFERRED_ENCODINGS);
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

function isHtml(response: ServerResponse): boolean {
  return /^text\/html\b/.test(String(response.getHeader("Content-Type") ?? ""));
}

/** HEAD for a page GET would rewrite: no Content-Length (Next.js's is the length before the rewrite). */
function withoutRewrittenLength(response: ServerResponse): void {
  const end = response.end;
  response.end = function (this: ServerResponse, ...args: unknown[]) {
    if (!this.headersSent && sameForEveryone(this) && isHtml(this)) this.removeHeader("Content-Length");
    return (end as (...args: unknown[]) => ServerResponse).apply(this, args);
  } as typeof response.end;
}

function addVary(response: ServerResponse): void {
  const vary = String(response.getHeader("Vary") ?? "");
  if (!/(^|,)\s*accept-encoding\s*(,|$)/i.test(vary)) response.setHeader("Vary", vary ? `${vary}, Accept-Encoding` : "Accept-Encoding");
}

/** Called with a whole body that is the same for every reader, and its digest (lib/http/page-memory.ts). */
export type WholeBodyListener = (body: Buffer, digest: string) => void;
/** Rewrites a whole HTML page that is the same for every reader before anything else sees it (scripts-after-paint.ts). */
export type PageRewrite = (body: Buffer, response: ServerResponse) => Buffer;

/**
 * Compresses the response of `request` as Next.js would, then calls `next` (synchronously): the
 * request's handling. A body written whole with `end()` that is the same for every reader is
 * rewritten by `rewrite` when it is HTML, shown to `onWholeBody`, and goes out compressed once per
 * content (compressOnce).
 */
export function compressResponse<T>(
  request: IncomingMessage,
  response: ServerResponse,
  next: () => T,
  onWholeBody?: WholeBodyListener,
  rewrite?: PageRewrite,
): T {
  let result!: T;
  compress(request as Parameters<typeof compress>[0], response as Parameters<typeof compress>[1], () => {
    if (request.method === "GET") {
      const negotiator = new Negotiator(request);
      const preferred = preferredEncoding(negotiator);
      const compressible = preferred === "br" || preferred === "gzip";
      if (compressible || onWholeBody || rewrite) rememberWholeBodies(response, compressible ? negotiator : null, onWholeBody, rewrite);
    } else if (request.method === "HEAD" && rewrite) withoutRewrittenLength(response);
    result = next();
  });
  return result;
}

export type Kept = { encoding?: Encoding; bytes: Buffer };

/**
 * `body`, the same for every reader (hashed as `digest`), as this reader should get it: compressed
 * once per content when it prefers brotli or gzip, as it is when it asks for no encoding; null when
 * the compression middleware should choose (deflate; brotli not made yet for a reader refusing gzip).
 */
export function keptFor(negotiator: Negotiator, body: Buffer, digest: string): Kept | null {
  const preferred = preferredEncoding(negotiator);
  if (preferred === "br" || preferred === "gzip") return compressOnce(body, preferred, negotiator.encodings(["gzip"]).includes("gzip"), digest);
  return preferred === "identity" ? { bytes: body } : null;
}

/** Ends `response` with kept bytes (through `end`, the response's own or the middleware's). */
export function endWithKept(response: ServerResponse, kept: Kept, end: ServerResponse["end"] = response.end): ServerResponse {
  // With Content-Encoding set, the compression middleware passes the bytes through.
  if (kept.encoding) response.setHeader("Content-Encoding", kept.encoding);
  response.setHeader("Content-Length", kept.bytes.length);
  addVary(response);
  return (end as (...args: unknown[]) => ServerResponse).call(response, kept.bytes);
}

function rememberWholeBodies(response: ServerResponse, negotiator: Negotiator | null, onWholeBody?: WholeBodyListener, rewrite?: PageRewrite): void {
  const write = response.write;
  const end = response.end;
  let streamed = false;
  response.write = function (this: ServerResponse, ...args: Parameters<typeof write>) {
    streamed = true;
    return write.apply(this, args);
  } as typeof response.write;
  response.end = function (this: ServerResponse, chunk?: unknown, ...rest: unknown[]) {
    if (!streamed && !this.headersSent && (typeof chunk === "string" || Buffer.isBuffer(chunk)) && sameForEveryone(this)) {
      const written = typeof chunk === "string" ? Buffer.from(chunk, typeof rest[0] === "string" ? (rest[0] as BufferEncoding) : "utf8") : chunk;
      const body = rewrite && isHtml(this) ? rewrite(written, this) : written;
      if (body !== written && this.hasHeader("Content-Length")) this.setHeader("Content-Length", body.length);
      if (body.length >= MIN_BODY && body.length <= COMPRESSED_CACHE_MAX_BODY) {
        const digest = digestOf(body);
        onWholeBody?.(body, digest);
        const kept = negotiator && keptFor(negotiator, body, digest);
        if (kept) return endWithKept(this, kept, end);
      }
      if (body !== written) return (end as (...args: unknown[]) => ServerResponse).call(this, body, ...rest.filter((arg) => typeof arg === "function"));
    }
    return (end as (...args: unknown[]) => ServerResponse).call(this, chunk, ...rest);
  } as typeof response.end;
}

/**
 * The compression stage. `watch` gives, per request, what to call with a whole body that is the same
 * for every reader (page memory); `rewrite` gives, per request, the rewrite of such a page (scripts
 * after paint).
 */
export function compressionStage(options: {
  watch?: (request: IncomingMessage, response: ServerResponse) => WholeBodyListener | undefined;
  rewrite?: (request: IncomingMessage) => PageRewrite | undefined;
} = {}): Stage {
  return {
    name: "compression",
    run(request, response, next) {
      compressResponse(request, response, next, options.watch?.(request, response), options.rewrite?.(request));
    },
  };
}
