import assert from "node:assert/strict";
import http from "node:http";
import { after, before, describe, it } from "node:test";
import vm from "node:vm";
import { setSecurityHeaders } from "@/lib/security/response-headers";
import { compressResponse } from "./compression";
import { requestTo } from "./test-request";
import { scriptsAddedAfterPaint, scriptsAfterPaint, scriptsAfterPaintFor } from "./scripts-after-paint";

// A page's head and body as Next.js 16 writes them (abridged): the bootstrap chunk comes late.
const LATE = "/_next/static/chunks/1rzoj7f-ygh50.js";
const CHUNKS = ["/_next/static/chunks/3b9b_rs7ugitf.js", "/_next/static/chunks/2qwf-wfpe6kzn.js", "/_next/static/chunks/turbopack-077hmtqrhcoji.js"];
const page = [
  `<!DOCTYPE html><html lang="en"><head><meta charSet="utf-8"/>`,
  `<link rel="stylesheet" href="/_next/static/chunks/1b85uzv468mgc.css" data-precedence="next"/>`,
  `<link rel="preload" as="script" fetchPriority="low" href="/_next/static/chunks/1rzoj7f-ygh50.js"/>`,
  ...CHUNKS.map((src) => `<script src="${src}" async=""></script>`),
  `<title>Gazette — café</title><script src="/_next/static/chunks/0cz1d0mv5g_q7.js" noModule=""></script></head>`,
  `<body><main><h1>Ferry strike ends in Zürich</h1><p>${"The crews agreed. ".repeat(80)}</p>`,
  `<script src="https://elsewhere.example/x.js" async=""></script></main>`,
  `<script>(self.TURBOPACK=self.TURBOPACK||[]).push(["late"])</script><script src="${LATE}" async=""></script>`,
  `<script>(self.__next_f=self.__next_f||[]).push([0])</script></body></html>`,
].join("");

/**
 * Runs the page's last inline script (the loader) against a minimal browser: paint timing (or not),
 * animation frames, timers, a visible or hidden tab. Returns what it added, and when.
 */
function runLoader(html: string, browser: { paintTiming?: boolean; hidden?: boolean } = {}) {
  const scripts = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((match) => match[1]!);
  const added: { src: string; async: boolean; at: string }[] = [];
  const frames: (() => void)[] = [];
  const tasks: { run: () => void; delay: number }[] = [];
  const observers: { report: (names: string[]) => void; connected: boolean }[] = [];
  let phase = "while the page is parsed";
  class PerformanceObserver {
    static supportedEntryTypes = ["paint", "largest-contentful-paint"];
    private observer: { report: (names: string[]) => void; connected: boolean };
    constructor(callback: (list: { getEntriesByName: (name: string) => unknown[] }, observer: PerformanceObserver) => void) {
      this.observer = { connected: false, report: (names) => callback({ getEntriesByName: (name) => names.filter((entry) => entry === name) }, this) };
    }
    observe(options: { type: string; buffered: boolean }) {
      assert.equal(options.type, "paint");
      assert.equal(options.buffered, true, "a paint before the loader ran is reported too");
      this.observer.connected = true;
      observers.push(this.observer);
    }
    disconnect() {
      this.observer.connected = false;
    }
  }
  const context = {
    self: browser.paintTiming === false ? {} : { PerformanceObserver },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay: number) => tasks.push({ run, delay }),
    document: {
      visibilityState: browser.hidden ? "hidden" : "visible",
      createElement: () => ({ src: "", async: false }),
      head: { appendChild: (element: { src: string; async: boolean }) => added.push({ ...element, at: phase }) },
    },
  };
  vm.runInNewContext(scripts.at(-1)!, context);
  return {
    added,
    /** Draws a frame: runs the callbacks asked for before it (those asked for during it wait for the next). */
    frame(name: string) {
      phase = `after the ${name} frame`;
      frames.splice(0).forEach((run) => run());
    },
    /** The browser reports paint entries to the observers still connected. */
    paint(...names: string[]) {
      phase = `after ${names.join(" and ")}`;
      for (const observer of observers.filter((candidate) => candidate.connected)) observer.report(names);
    },
    /** Runs the tasks due within `maxDelay`; the others stay queued. */
    tasks(maxDelay: number) {
      const due = tasks.filter((task) => task.delay <= maxDelay);
      tasks.splice(0, tasks.length, ...tasks.filter((task) => task.delay > maxDelay));
      for (const task of due) task.run();
    },
  };
}

describe("Next.js's scripts after the first paint", () => {
  it("takes the framework's chunks out of the page and adds them, in order, once the first contentful paint is reported", () => {
    const html = scriptsAfterPaint(Buffer.from(page)).toString();
    const head = html.slice(0, html.indexOf("</head>"));
    assert.doesNotMatch(html, /<script src="\/_next\/static\/chunks\/[^"]+" async="">/);
    assert.doesNotMatch(head, /rel="preload"/, "nothing fetched early to compete with the stylesheet");
    // Untouched: the stylesheet, the legacy-browser script, the body.
    for (const part of ['rel="stylesheet"', 'noModule=""', "<h1>Ferry strike ends in Zürich</h1>", "<title>Gazette — café</title>", "self.TURBOPACK", '<script src="https://elsewhere.example/x.js" async="">', "self.__next_f"]) {
      assert.ok(html.includes(part), part);
    }
    assert.ok(html.endsWith("</script></body></html>"));

    assert.deepEqual(scriptsAddedAfterPaint(html), [...CHUNKS, LATE], "what the bench counts");
    assert.deepEqual(scriptsAddedAfterPaint(page), []);
    const loader = runLoader(html);
    assert.equal(loader.added.length, 0, "nothing runs while the page is parsed");
    loader.frame("first");
    loader.frame("second");
    loader.tasks(0);
    assert.equal(loader.added.length, 0, "nor in frames before the first paint is on screen");
    loader.paint("first-paint");
    loader.tasks(0);
    assert.equal(loader.added.length, 0, "nor after a paint with nothing in it");
    loader.paint("first-contentful-paint");
    assert.equal(loader.added.length, 0, "nor in the paint's own callback");
    loader.tasks(0);
    assert.deepEqual(
      loader.added,
      [...CHUNKS, LATE].map((src) => ({ src, async: true, at: "after first-contentful-paint" })),
    );
    loader.paint("first-contentful-paint");
    loader.tasks(3000);
    assert.equal(loader.added.length, CHUNKS.length + 1, "nothing is added twice");
  });

  it("adds them after three seconds if no paint is reported", () => {
    const loader = runLoader(scriptsAfterPaint(Buffer.from(page)).toString());
    loader.tasks(2999);
    assert.equal(loader.added.length, 0);
    loader.tasks(3000);
    assert.deepEqual(
      loader.added.map((script) => script.src),
      [...CHUNKS, LATE],
    );
  });

  it("adds them at once in a tab loaded in the background, and after two frames without paint timing", () => {
    const hidden = runLoader(scriptsAfterPaint(Buffer.from(page)).toString(), { hidden: true });
    assert.equal(hidden.added.length, CHUNKS.length + 1);
    const older = runLoader(scriptsAfterPaint(Buffer.from(page)).toString(), { paintTiming: false });
    older.frame("first");
    older.tasks(0);
    assert.equal(older.added.length, 0);
    older.frame("second");
    older.tasks(0);
    assert.equal(older.added.length, CHUNKS.length + 1);
    assert.equal(older.added[0]!.at, "after the second frame");
  });

  it("leaves alone a page without such scripts, or without a head and body", () => {
    for (const html of ["<!DOCTYPE html><html><head><title>x</title></head><body>x</body></html>", "1:I[...]\n0:{}", `<script src="/_next/static/chunks/a.js" async=""></script>`]) {
      const body = Buffer.from(html);
      assert.equal(scriptsAfterPaint(body), body);
    }
  });

  it("is for reader pages only: never the pages with a nonce policy, nor anything but GET", () => {
    const request = (url: string, method = "GET") => ({ url, method }) as http.IncomingMessage;
    for (const url of ["/", "/articles/a?x=1", "/search?q=ferry", "/authors/marcus-chen"]) assert.ok(scriptsAfterPaintFor(request(url)), url);
    for (const url of ["/dashboard", "/dashboard/articles", "/login", "/login/forgot?x=1", "/api/auth/session"]) assert.equal(scriptsAfterPaintFor(request(url)), undefined, url);
    assert.ok(scriptsAfterPaintFor(request("/", "HEAD")));
    assert.equal(scriptsAfterPaintFor(request("/", "POST")), undefined);
  });
});

describe("the rewrite in the request hook (compression.ts)", () => {
  // Composed as the request hook composes it, in front of a handler that answers like Next.js.
  const server = http.createServer((request, response) =>
    compressResponse(
      request,
      response,
      () => {
        const url = request.url ?? "/";
        setSecurityHeaders(request, response);
        // A policy set on the way, as proxy.ts sets with a nonce.
        if (url === "/other-policy") response.setHeader("Content-Security-Policy", "script-src 'nonce-abc' 'strict-dynamic'");
        response.setHeader("Content-Type", url === "/payload" ? "text/x-component" : "text/html; charset=utf-8");
        response.setHeader("Cache-Control", url === "/private" ? "private, no-store" : "s-maxage=60, stale-while-revalidate=86340");
        response.setHeader("Content-Length", Buffer.byteLength(page));
        if (url === "/streamed") {
          response.write(page.slice(0, 2000));
          response.end(page.slice(2000));
        } else response.end(page);
      },
      undefined,
      scriptsAfterPaintFor(request),
    ),
  );
  before(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const get = (path: string, headers: Record<string, string> = {}, method = "GET") => requestTo(server, path, headers, method);

  it("rewrites a whole cached page, compressed or not, with the right length", async () => {
    for (const headers of [{ "accept-encoding": "identity" }, { "accept-encoding": "gzip" }, {}] as Record<string, string>[]) {
      const answer = await get("/article", headers);
      assert.equal(answer.body, scriptsAfterPaint(Buffer.from(page)).toString(), JSON.stringify(headers));
      if (!answer.headers["content-encoding"]) assert.equal(Number(answer.headers["content-length"]), Buffer.byteLength(answer.body));
    }
  });

  it("answers HEAD without a length (the page GET sends is rewritten)", async () => {
    const head = await get("/article", { "accept-encoding": "identity" }, "HEAD");
    assert.equal(head.headers["content-length"], undefined);
    assert.equal(head.headers["content-type"], "text/html; charset=utf-8");
  });

  it("leaves alone a payload, a private page, a streamed one and one under another policy", async () => {
    for (const path of ["/payload", "/private", "/streamed", "/other-policy"]) {
      assert.equal((await get(path, { "accept-encoding": "identity" })).body, page, path);
    }
  });
});
