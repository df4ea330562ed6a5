import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, beforeEach, describe, it } from "node:test";
import { expireEverything, expireTagsFromRoute, expireThroughNextJs } from "@/lib/cache/tags";
import { runInRequestScope } from "@/lib/db/unavailable";
import { compressResponse } from "./compression";
import { requestTo } from "./test-request";
import { createPageMemory, forgetPages, PAGE_MEMORY_MAX_BYTES, requestEnded, SETTLE_MS } from "./page-memory";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

const PAGE_MEMORY_MS = 1_000;
let clock = 1_000_000;
const memory = createPageMemory(PAGE_MEMORY_MS, () => clock);
let renders = 0;
let version = 1;
/** Ends a render that was held back (`/slow`). */
let release: (() => void) | null = null;

/** Under the largest body compressed once (compression.ts), which is the largest kept. */
const BIG_PAGE = 400 * 1024;
/** A write held back between its expiration and its end (`/save-slowly`), as Next.js may apply tags late. */
let finishWrite: (() => void) | null = null;
let wroteAfterLeaving = false;

// Composed as the request hook composes it (lib/peer-address.ts), in front of a handler that answers
// like Next.js: a cached page with its headers, whole, in end().
const server = http.createServer((request, response) => {
  if (request.headers["x-forwarded-proto"] === "https") response.setHeader("Strict-Transport-Security", "max-age=63072000");
  if (!request.url?.startsWith("/dashboard")) response.setHeader("Content-Security-Policy", "default-src 'self'");
  if (memory.serve(request, response)) return;
  runInRequestScope((scope) => {
  response.once("close", () => requestEnded(scope));
  compressResponse(
    request,
    response,
    () => {
      if (request.method === "POST") {
        // A write: `/save` changes the pages and expires them, as every action does (lib/cache/tags.ts);
        // anything else (a refused reply, a stray POST) writes nothing.
        if (request.url === "/save" || request.url === "/save-slowly") {
          version += 1;
          forgetPages();
        }
        if (request.url === "/save-slowly") finishWrite = () => response.end("done");
        else if (request.url === "/save-after-leaving") {
          // The client goes away first; the handler runs on and writes, as Next.js's would.
          void (async () => {
            await new Promise((resolve) => response.once("close", resolve));
            version += 1;
            forgetPages();
            wroteAfterLeaving = true;
          })();
        } else response.end("done");
        return;
      }
      renders += 1;
      const url = new URL(request.url ?? "/", "http://gazette.test");
      response.setHeader("Content-Type", url.pathname === "/flight" || request.headers.rsc ? "text/x-component" : "text/html; charset=utf-8");
      response.setHeader("Vary", url.pathname === "/by-cookie" ? "cookie" : "rsc, next-router-state-tree, next-router-prefetch, next-router-segment-prefetch, Accept-Encoding");
      response.setHeader("Cache-Control", url.pathname === "/private" ? "private, no-store" : "s-maxage=60, stale-while-revalidate=86340");
      response.setHeader("x-nextjs-cache", url.pathname === "/stale" ? "STALE" : url.pathname === "/rendered" ? "MISS" : "HIT");
      // A policy with this response's nonce, as proxy.ts sets on the dashboard and sign-in pages.
      if (url.pathname === "/dashboard" || url.pathname === "/with-nonce") response.setHeader("Content-Security-Policy", `script-src 'nonce-${renders}'`);
      response.setHeader("x-nextjs-rewritten-path", "/latest/1");
      if (url.pathname === "/cookie") response.setHeader("Set-Cookie", "seen=1");
      if (url.pathname === "/missing") response.statusCode = 404;
      const filler = url.pathname.startsWith("/big") ? "x".repeat(BIG_PAGE) : "The harbour budget passed. ".repeat(100);
      const page = `<!doctype html><p>Version ${version} of ${url.pathname}${url.search}${request.headers.rsc ? " (payload)" : ""}. ${filler}</p>`;
      if (url.pathname === "/slow") release = () => response.end(page);
      else if (url.pathname === "/streamed") {
        response.write(page.slice(0, 2000));
        response.end(page.slice(2000));
      } else response.end(page);
    },
    memory.watch(request, response),
  );
  });
});

function send(path: string, headers: Record<string, string> = {}, method = "GET"): Promise<Reply> {
  return requestTo(server, path, headers, method);
}

/** Requests `/slow`, calls `meanwhile` while its render is held back (if it is rendered), then lets it end. */
async function sendHeld(meanwhile = () => {}): Promise<Reply> {
  let answered = false;
  const reply = send("/slow").finally(() => (answered = true));
  while (!release && !answered) await new Promise((resolve) => setTimeout(resolve, 1));
  meanwhile();
  release?.();
  release = null;
  return reply;
}

const settled = () => new Promise((resolve) => setTimeout(resolve, SETTLE_MS + 50));

/** How many times the handler rendered while `action` ran. */
async function rendersDuring(action: () => Promise<unknown>): Promise<number> {
  const before = renders;
  await action();
  return renders - before;
}

describe("pages answered from memory for a second", () => {
  before(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  beforeEach(async () => {
    forgetPages();
    clock += 10 * PAGE_MEMORY_MS;
    await settled();
  });

  it("answers the same request again from memory, in every encoding, with Next.js's headers, until the second is over", async () => {
    const first = await send("/article");
    assert.equal(
      await rendersDuring(async () => {
        for (const encoding of ["", "gzip", "gzip, deflate, br"]) {
          const again = await send("/article", encoding ? { "accept-encoding": encoding } : {});
          assert.equal(again.body, first.body, encoding);
          assert.equal(again.headers["x-nextjs-cache"], "HIT");
          assert.equal(again.headers.age, "0", "a cache says how old its answer is");
          assert.equal(again.headers["x-nextjs-rewritten-path"], "/latest/1");
          assert.equal(again.headers["cache-control"], "s-maxage=60, stale-while-revalidate=86340");
          assert.equal(again.headers["content-type"], "text/html; charset=utf-8");
          assert.match(String(again.headers.vary), /rsc, .*Accept-Encoding$/);
          assert.equal(again.headers["content-encoding"], encoding ? "gzip" : undefined, "brotli is made in the background, gzip meanwhile");
        }
      }),
      0,
    );
    clock += PAGE_MEMORY_MS - 1;
    assert.equal((await send("/article")).headers.age, "0");
    clock += 1;
    const fresh = await send("/article");
    assert.equal(fresh.headers.age, undefined, "a second later Next.js answers again");
    assert.equal(await rendersDuring(() => send("/article")), 0);
  });

  it("keeps each address and each router request apart", async () => {
    await send("/article");
    const payload = await send("/article", { rsc: "1" });
    assert.match(payload.body, /\(payload\)/);
    assert.equal(payload.headers["content-type"], "text/x-component");
    const prefetch = await send("/article", { rsc: "1", "next-router-prefetch": "1" });
    const other = await send("/article?page=2");
    assert.match(other.body, /\?page=2/);
    assert.equal(await rendersDuring(() => Promise.all([send("/article"), send("/article", { rsc: "1" }), send("/article?page=2")])), 0);
    assert.equal((await send("/article", { rsc: "1", "next-router-prefetch": "1" })).body, prefetch.body);
    assert.equal((await send("/article")).headers["content-type"], "text/html; charset=utf-8");
    // Every header of the router is part of the address.
    for (const headers of [{ "next-router-state-tree": "%5B%22%22%5D" }, { "next-router-segment-prefetch": "/_tree" }, { "next-url": "/search" }] as Record<string, string>[]) {
      const router = { rsc: "1", ...headers };
      assert.equal(await rendersDuring(() => send("/article", router)), 1, JSON.stringify(headers));
      assert.equal(await rendersDuring(() => send("/article", router)), 0, JSON.stringify(headers));
    }
  });

  it("keeps a page Next.js has just rendered into its cache (MISS) as well as one it found there", async () => {
    await send("/rendered");
    const again = await send("/rendered");
    assert.equal(again.headers["x-nextjs-cache"], "HIT");
    assert.equal(await rendersDuring(() => send("/rendered")), 0);
  });

  it("answers from memory in brotli once it is made", async () => {
    await send("/article", { "accept-encoding": "br" });
    let reply = await send("/article", { "accept-encoding": "br" });
    for (let tries = 0; reply.headers["content-encoding"] !== "br" && tries < 100; tries++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
      reply = await send("/article", { "accept-encoding": "br" });
    }
    assert.equal(reply.headers["content-encoding"], "br");
    assert.match(reply.body, /Version \d+ of \/article/);
    assert.equal(reply.headers["x-nextjs-cache"], "HIT");
  });

  it("holds at most its byte limit, the oldest out first", async () => {
    const pages = Math.ceil(PAGE_MEMORY_MAX_BYTES / BIG_PAGE) + 1;
    for (let i = 0; i < pages; i++) await send(`/big/${i}`);
    assert.ok(memory.size() < pages);
    assert.equal(await rendersDuring(() => send(`/big/${pages - 1}`)), 0, "the newest is kept");
    assert.equal(await rendersDuring(() => send("/big/0")), 1, "the oldest is gone");
  });

  it("forgets every page when a write expires cache tags, and keeps nothing rendered before that", async () => {
    await send("/article");
    assert.equal(await rendersDuring(() => send("/article")), 0);
    await send("/save", {}, "POST");
    const fresh = await send("/article");
    assert.match(fresh.body, new RegExp(`Version ${version} of /article`));
    await settled();
    assert.equal(await rendersDuring(() => send("/article")), 1, "forgotten once more when the write has settled");
    assert.equal(await rendersDuring(() => send("/article")), 0, "kept again after the write");
    await send("/replies", {}, "POST");
    assert.equal(await rendersDuring(() => send("/article")), 0, "a request that expires nothing forgets nothing");

    // A render that began before an expiration and ended after it may show the old content.
    await sendHeld(() => forgetPages());
    assert.equal(await rendersDuring(() => sendHeld()), 1, "not kept");
  });

  it("keeps nothing while a write that expired pages is still under way, nor for a moment after it", async () => {
    const write = send("/save-slowly", {}, "POST");
    while (!finishWrite) await new Promise((resolve) => setTimeout(resolve, 1));
    try {
      // Next.js may apply the tags after the action has returned: what it answers meanwhile may be old.
      await send("/article");
      assert.equal(await rendersDuring(() => send("/article")), 1, "not kept while the write is under way");
    } finally {
      finishWrite();
      finishWrite = null;
      await write;
    }
    assert.equal(await rendersDuring(() => send("/article")), 1, "not kept while the write settles");
    await settled();
    assert.equal(await rendersDuring(() => send("/article")), 1);
    assert.equal(await rendersDuring(() => send("/article")), 0, "kept again once settled");
  });

  it("settles a write whose client went away before it was made", async () => {
    const { port } = server.address() as AddressInfo;
    const leaving = http.request({ port, path: "/save-after-leaving", method: "POST" }).on("error", () => {});
    leaving.end();
    await new Promise((resolve) => setTimeout(resolve, 50));
    leaving.destroy();
    while (!wroteAfterLeaving) await new Promise((resolve) => setTimeout(resolve, 1));
    await settled();
    await send("/article");
    assert.equal(await rendersDuring(() => send("/article")), 0, "kept again once settled");
  });

  it("is forgotten by every kind of expiration (lib/cache/tags.ts), before Next.js is told", async () => {
    // As in a Next.js server process; there, outside a request, the expiration itself throws (no
    // request store): the pages are forgotten first.
    expireThroughNextJs();
    for (const expire of [() => expireTagsFromRoute(["articles"]), () => expireEverything()]) {
      await send("/article");
      assert.equal(memory.size(), 1);
      assert.throws(expire, /Invariant/);
      assert.equal(memory.size(), 0);
    }
  });

  it("keeps only answers Next.js gives every reader the same", async () => {
    for (const path of ["/stale", "/cookie", "/private", "/missing", "/by-cookie", "/streamed"]) {
      await send(path);
      assert.equal(await rendersDuring(() => send(path)), 1, path);
    }
  });

  it("sends conditional, partial, preview and HEAD requests to Next.js", async () => {
    await send("/article");
    const requests: Record<string, string>[] = [{ "if-none-match": '"x"' }, { "if-modified-since": "Sat, 28 Nov 2026 04:00:00 GMT" }, { range: "bytes=0-10" }, { cookie: "__prerender_bypass=1" }];
    for (const headers of requests) {
      assert.equal(await rendersDuring(() => send("/article", headers)), 1, JSON.stringify(headers));
    }
    assert.equal(await rendersDuring(() => send("/article", {}, "HEAD")), 1);
    for (const headers of [{ "next-action": "7f00" }, { "x-prerender-revalidate": "secret" }] as Record<string, string>[]) {
      assert.equal(await rendersDuring(() => send("/article", headers)), 1, JSON.stringify(headers));
    }
  });

  it("never keeps a page whose policy carries a nonce", async () => {
    for (const path of ["/dashboard", "/login/forgot", "/with-nonce"]) {
      await send(path);
      assert.equal(await rendersDuring(() => send(path)), 1, path);
    }
  });

  it("sets again the headers the hook sets per request instead of repeating the kept answer's", async () => {
    const secure = await send("/article", { "x-forwarded-proto": "https" });
    assert.equal(secure.headers["strict-transport-security"], "max-age=63072000");
    const plain = await send("/article");
    assert.equal(plain.headers["x-nextjs-cache"], "HIT");
    assert.equal(plain.headers["strict-transport-security"], undefined);
  });
});
