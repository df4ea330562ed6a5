// Reader pages answered from this process's memory for a moment (PAGE_MEMORY_SECONDS, one second by
// default), in front of Next.js
// ("microcaching", as nginx users do it; docs/decisions/027-page-memory.md). A cached page costs
// Next.js its whole request pipeline every time (routing, rewrites, the cache lookup, the render
// result's headers): the profiles of decision 025 put that at most of a request's processor time. When
// Next.js answers a page from its cache, or renders one into it, the answer is the same for every
// reader (status 200, `s-maxage`, `x-nextjs-cache` HIT or MISS, no cookie set, varying only on the
// headers of its router), so the request hook keeps it and answers the same request (address and
// router headers) from memory meanwhile, compressed once per content as before. Pages whose policy
// carries a nonce per response (lib/security/response-headers.ts) are never kept.
//
// What a reader can never get from here: a page older than the last write. Every write that changes a
// reader page expires its cache tags or paths for Next.js's sake (lib/cache/tags.ts), and each
// expiration forgets every kept page; an answer whose rendering began before an expiration and ended
// after it is not kept. Next.js applies the expirations themselves once the writing request's action
// or handler has returned, perhaps after its response: until that request has ended and SETTLE_MS
// more have passed, nothing is kept, and then every page is forgotten once more. A request that
// expires nothing (a refused reply, a stray POST) forgets nothing. What the lifetime can delay: a
// scheduled article's time, or Next.js's own revalidation after `s-maxage`, by at most
// PAGE_MEMORY_SECONDS. Off in a fleet (REDIS_URL): a write on another instance reaches this one through
// Redis on its next request, which memory here would delay. Off under `next dev`, and with
// PAGE_MEMORY_SECONDS=0.
// Relies on Next.js: `x-nextjs-cache: HIT|MISS` on a cached page, the router's header names
// (ROUTER_HEADERS), a cached page written with one `end()` (checked by lib/http/framework-canaries.test.ts
// and e2e/request-path.spec.ts; docs/decisions/034).
import type { IncomingMessage, OutgoingHttpHeader, ServerResponse } from "node:http";
import Negotiator from "negotiator";
import { onPagesExpired } from "@/lib/cache/expiry-channel";
import { currentRequestScope, type RequestScope } from "@/lib/db/unavailable";
import { requestUsesNoncePolicy } from "@/lib/security/response-headers";
import { endWithKept, keptFor, type WholeBodyListener } from "./compression";
import type { Stage } from "./pipeline";

/** The pages kept, at most this many bytes together (the oldest kept out first). */
export const PAGE_MEMORY_MAX_BYTES = 16 * 1024 * 1024;
/** The request headers Next.js's answer varies on (its `Vary`, less Accept-Encoding: compression.ts). */
export const ROUTER_HEADERS = ["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url"];
const VARY_KNOWN = new Set([...ROUTER_HEADERS, "accept-encoding"]);
/** Headers of a kept answer that are not sent again: Node's, the compression's. */
const NOT_REPLAYED = new Set(["date", "age", "connection", "keep-alive", "transfer-encoding", "content-length", "content-encoding", "x-nextjs-cache"]);

type Entry = { headers: [string, OutgoingHttpHeader][]; body: Buffer; digest: string; kept: number; expires: number; size: number };
/** After a request that expired pages has ended: time for Next.js to apply the expirations it deferred. */
export const SETTLE_MS = 250;

type State = { generation: number; entries: Map<string, Entry>; bytes: number; settling: number };

// Only server.ts loads this module; the route bundles that expire pages reach it through the
// process-wide channel lib/cache/expiry-channel.ts, never by importing it.
const state: State = { generation: 0, entries: new Map(), bytes: 0, settling: 0 };
onPagesExpired(forgetPages);

function clear(): void {
  state.generation += 1;
  state.entries.clear();
  state.bytes = 0;
}

/**
 * Forgets every kept page: called with every expiration of cache tags or paths (lib/cache/tags.ts
 * publishes it on lib/cache/expiry-channel.ts, in the writing request's context).
 * Within a request, nothing is kept again until that request has settled (requestEnded).
 */
export function forgetPages(): void {
  clear();
  const scope = currentRequestScope();
  if (!scope || scope.expiredPages) return;
  scope.expiredPages = true;
  state.settling += 1;
  // A client that went away before the write: its response closed already, the handler ran on.
  if (scope.ended) settleLater();
}

/** The request hook calls this when a response has closed. */
export function requestEnded(scope: RequestScope): void {
  scope.ended = true;
  if (scope.expiredPages) settleLater();
}

function settleLater(): void {
  setTimeout(() => {
    state.settling -= 1;
    clear();
  }, SETTLE_MS).unref();
}

/**
 * The key of a request that may be answered from memory, or null: a conditional or partial request, a
 * preview, an action, a page whose policy carries a nonce.
 */
function keyOf(request: IncomingMessage): string | null {
  const headers = request.headers;
  if (request.method !== "GET" || headers.range || headers["if-none-match"] || headers["if-modified-since"]) return null;
  if (headers["next-action"] || headers["x-prerender-revalidate"] || headers.cookie?.includes("__prerender_bypass")) return null;
  if (requestUsesNoncePolicy(request)) return null;
  let key = request.url ?? "/";
  for (const name of ROUTER_HEADERS) key += `\n${headers[name] ?? ""}`;
  return key;
}

/** `ownPolicy`: the Content-Security-Policy the hook set before Next.js ran, if any. */
function keepable(response: ServerResponse, ownPolicy: unknown): boolean {
  const cache = response.getHeader("x-nextjs-cache");
  if ((cache !== "HIT" && cache !== "MISS") || response.hasHeader("set-cookie")) return false;
  // A policy set on the way (proxy.ts) may carry this response's nonce: never sent twice.
  if (response.getHeader("content-security-policy") !== ownPolicy) return false;
  const vary = String(response.getHeader("vary") ?? "").toLowerCase();
  return vary.split(",").every((name) => !name.trim() || VARY_KNOWN.has(name.trim()));
}

function keep(key: string, entry: Entry): void {
  const old = state.entries.get(key);
  if (old) {
    state.entries.delete(key);
    state.bytes -= old.size;
  }
  state.entries.set(key, entry);
  state.bytes += entry.size;
  for (const [oldestKey, oldest] of state.entries) {
    if (state.bytes <= PAGE_MEMORY_MAX_BYTES) break;
    state.entries.delete(oldestKey);
    state.bytes -= oldest.size;
  }
}

export type PageMemory = {
  /** Answers `request` from memory and returns true, or returns false for Next.js to answer it. */
  serve(request: IncomingMessage, response: ServerResponse): boolean;
  /**
   * For a request Next.js answers: what to call with its whole body when that body is the same for
   * every reader (compression.ts), or undefined when it cannot be answered from memory.
   */
  watch(request: IncomingMessage, response: ServerResponse): WholeBodyListener | undefined;
  size(): number;
};

/** `lifetimeMs`: how long a page is answered from memory (PAGE_MEMORY_SECONDS, one second by default). */
export function createPageMemory(lifetimeMs: number, now: () => number = Date.now): PageMemory {
  return {
    serve(request, response) {
      const key = keyOf(request);
      const entry = key === null ? undefined : state.entries.get(key);
      if (!entry) return false;
      if (entry.expires <= now()) {
        state.entries.delete(key!);
        state.bytes -= entry.size;
        return false;
      }
      const kept = keptFor(new Negotiator(request), entry.body, entry.digest);
      if (!kept) return false;
      for (const [name, value] of entry.headers) response.setHeader(name, value);
      response.setHeader("x-nextjs-cache", "HIT");
      // As a cache says how old its answer is (RFC 9111): a CDN in front counts s-maxage from here.
      response.setHeader("Age", Math.floor((now() - entry.kept) / 1000));
      response.statusCode = 200;
      endWithKept(response, kept);
      return true;
    },
    watch(request, response) {
      const key = keyOf(request);
      if (key === null) return undefined;
      const generation = state.generation;
      // Set by the hook before Next.js ran (security headers; HSTS depends on the request): not kept.
      const own = new Set(response.getHeaderNames());
      const ownPolicy = response.getHeader("content-security-policy");
      return (body, digest) => {
        if (generation !== state.generation || state.settling > 0 || response.statusCode !== 200 || !keepable(response, ownPolicy)) return;
        const headers: [string, OutgoingHttpHeader][] = [];
        for (const name of response.getHeaderNames()) {
          if (!own.has(name) && !NOT_REPLAYED.has(name)) headers.push([name, response.getHeader(name)!]);
        }
        const kept = now();
        keep(key, { headers, body, digest, kept, expires: kept + lifetimeMs, size: body.length + key.length + 512 });
      };
    },
    size: () => state.entries.size,
  };
}

/** Stage "page memory": answers a request from memory when it can (its `watch` is the compression stage's). */
export function pageMemoryStage(memory: PageMemory): Stage {
  return {
    name: "page memory",
    run(request, response, next) {
      if (!memory.serve(request, response)) next();
    },
  };
}

/**
 * How long a production server keeps pages, in milliseconds, or 0: never in a fleet on Redis (a write
 * on another instance reaches this one through Redis on its next request, which memory would delay),
 * never under `next dev`, and not with PAGE_MEMORY_SECONDS=0.
 */
export function pageMemoryLifetimeMs(settings: { NODE_ENV: string; REDIS_URL?: string; PAGE_MEMORY_SECONDS: number }): number {
  return settings.NODE_ENV === "production" && !settings.REDIS_URL ? settings.PAGE_MEMORY_SECONDS * 1000 : 0;
}
