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

type Browser = { paintTiming?: boolean; hidden?: boolean; intersectionObserver?: boolean };
type Parts = { atOnce?: boolean; whenNear?: number };

/**
 * Runs the page's last inline script (the loader) against a minimal browser: paint timing (or not),
 * animation frames, timers, a visible or hidden tab, the window's event listeners, an
 * IntersectionObserver, and a document with the parts that need scripts (`parts`). Returns what it
 * added, and when.
 */
function runLoader(html: string, parts: Parts = {}, browser: Browser = {}) {
  const scripts = [...html.matchAll(/<script>(.*?)<\/script>/gs)].map((match) => match[1]!);
  const added: { src: string; async: boolean; at: string }[] = [];
  const frames: (() => void)[] = [];
  const tasks: { run: () => void; delay: number }[] = [];
  const observers: { report: (names: string[]) => void; connected: boolean }[] = [];
  const listeners = new Map<string, (event: { type: string; target: unknown }) => void>();
  const watched: { report: (intersecting: boolean) => void; connected: boolean; rootMargin: string; targets: unknown[] }[] = [];
  const htmlAttributes = new Map<string, string>();
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
  class IntersectionObserver {
    private entry: (typeof watched)[number];
    constructor(callback: (entries: { isIntersecting: boolean }[]) => void, options: { rootMargin: string }) {
      this.entry = { connected: true, rootMargin: options.rootMargin, targets: [], report: (intersecting) => this.entry.connected && callback(this.entry.targets.map(() => ({ isIntersecting: intersecting }))) };
      watched.push(this.entry);
    }
    observe(target: unknown) {
      this.entry.targets.push(target);
    }
    disconnect() {
      this.entry.connected = false;
    }
  }
  const nearParts = Array.from({ length: parts.whenNear ?? 0 }, (_, index) => ({ part: index }));
  const context = {
    self: { ...(browser.paintTiming === false ? {} : { PerformanceObserver }), ...(browser.intersectionObserver === false ? {} : { IntersectionObserver }) },
    requestAnimationFrame: (run: () => void) => frames.push(run),
    setTimeout: (run: () => void, delay: number) => tasks.push({ run, delay }),
    addEventListener: (type: string, listener: (event: { type: string; target: unknown }) => void, options: { capture: boolean; passive: boolean }) => {
      assert.deepEqual({ capture: options.capture, passive: options.passive }, { capture: true, passive: true }, "never in the way of scrolling");
      listeners.set(type, listener);
    },
    removeEventListener: (type: string, listener: (event: { type: string; target: unknown }) => void, capture: boolean) => {
      assert.equal(capture, true);
      if (listeners.get(type) === listener) listeners.delete(type);
    },
    document: {
      visibilityState: browser.hidden ? "hidden" : "visible",
      documentElement: {
        setAttribute: (name: string, value: string) => htmlAttributes.set(name, value),
        removeAttribute: (name: string) => htmlAttributes.delete(name),
      },
      querySelector: (selector: string) => (selector === '[data-scripts="at-once"]' && parts.atOnce ? {} : null),
      querySelectorAll: (selector: string) => (selector === '[data-scripts="when-near"]' ? nearParts : []),
      createElement: () => ({ src: "", async: false }),
      head: { appendChild: (element: { src: string; async: boolean }) => added.push({ ...element, at: phase }) },
    },
  };
  vm.runInNewContext(scripts.at(-1)!, context);
  return {
    added,
    listeners,
    watched,
    /** `<html data-scripts>`: "on-demand" while the loader waits for the reader. */
    waiting: () => htmlAttributes.get("data-scripts"),
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
    /** The reader does something (on a link, or elsewhere): the listener for `type`, if one is registered, runs. */
    reader(type: string, on: "link" | "text" = "text") {
      phase = `on ${type}`;
      listeners.get(type)?.({ type, target: { closest: (selector: string) => (selector === "a[href]" && on === "link" ? {} : null) } });
    },
    /** The observed parts come within (or stay out of) the observer's margin of the screen. */
    scroll(intersecting: boolean) {
      phase = intersecting ? "when a part came near" : "while nothing came near";
      for (const observer of watched) observer.report(intersecting);
    },
  };
}

const rewritten = () => scriptsAfterPaint(Buffer.from(page)).toString();
const ALL = [...CHUNKS, LATE];

describe("Next.js's scripts after the first paint, when the reader needs them", () => {
  it("takes the framework's chunks out of the page and, on a page that needs them at once, adds them in order once the first contentful paint is reported", () => {
    const html = rewritten();
    const head = html.slice(0, html.indexOf("</head>"));
    assert.doesNotMatch(html, /<script src="\/_next\/static\/chunks\/[^"]+" async="">/);
    assert.doesNotMatch(head, /rel="preload"/, "nothing fetched early to compete with the stylesheet");
    // Untouched: the stylesheet, the legacy-browser script, the body.
    for (const part of ['rel="stylesheet"', 'noModule=""', "<h1>Ferry strike ends in Zürich</h1>", "<title>Gazette — café</title>", "self.TURBOPACK", '<script src="https://elsewhere.example/x.js" async="">', "self.__next_f"]) {
      assert.ok(html.includes(part), part);
    }
    assert.ok(html.endsWith("</script></body></html>"));

    assert.deepEqual(scriptsAddedAfterPaint(html), ALL, "what the bench counts");
    assert.deepEqual(scriptsAddedAfterPaint(page), []);
    const loader = runLoader(html, { atOnce: true });
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
      ALL.map((src) => ({ src, async: true, at: "after first-contentful-paint" })),
    );
    assert.equal(loader.waiting(), undefined);
    loader.paint("first-contentful-paint");
    loader.tasks(3000);
    loader.reader("keydown");
    assert.equal(loader.added.length, ALL.length, "nothing is added twice");
  });

  it("on a page of words, waits after the paint for the reader's first touch, pointer, key or focus, then adds them once", () => {
    for (const type of ["pointerdown", "pointermove", "touchstart", "keydown", "focusin"]) {
      const loader = runLoader(rewritten());
      loader.paint("first-contentful-paint");
      loader.tasks(3000);
      assert.equal(loader.added.length, 0, "not after the paint, nor three seconds later");
      assert.equal(loader.waiting(), "on-demand", "the page says it waits");
      assert.deepEqual([...loader.listeners.keys()].sort(), ["focusin", "keydown", "pointerdown", "pointermove", "touchstart"]);
      loader.reader("scroll");
      loader.reader("wheel");
      assert.equal(loader.added.length, 0, "scrolling alone is reading, not a need for scripts");
      if (type === "pointerdown" || type === "touchstart") {
        loader.reader(type, "link");
        assert.equal(loader.added.length, 0, "a press on a link is a page load on its way");
      }
      loader.reader(type);
      assert.deepEqual(loader.added, ALL.map((src) => ({ src, async: true, at: `on ${type}` })), type);
      assert.equal(loader.waiting(), undefined);
      assert.equal(loader.listeners.size, 0, "the listeners are removed");
    }
  });

  it("adds them when a part that needs them comes within a screen of the screen, or at once without IntersectionObserver", () => {
    const loader = runLoader(rewritten(), { whenNear: 2 });
    loader.paint("first-contentful-paint");
    loader.tasks(0);
    assert.equal(loader.watched.length, 1);
    assert.equal(loader.watched[0]!.rootMargin, "100% 0px");
    assert.equal(loader.watched[0]!.targets.length, 2, "every such part is watched");
    loader.scroll(false);
    assert.equal(loader.added.length, 0);
    assert.equal(loader.waiting(), "on-demand");
    loader.scroll(true);
    assert.deepEqual(loader.added.map((script) => script.at), ALL.map(() => "when a part came near"));
    assert.equal(loader.watched[0]!.connected, false);
    assert.equal(loader.listeners.size, 0);
    loader.reader("keydown");
    assert.equal(loader.added.length, ALL.length);

    const keyFirst = runLoader(rewritten(), { whenNear: 1 });
    keyFirst.paint("first-contentful-paint");
    keyFirst.tasks(0);
    keyFirst.reader("keydown");
    assert.equal(keyFirst.added.length, ALL.length);
    assert.equal(keyFirst.watched[0]!.connected, false, "the observer stops once they are added");

    const older = runLoader(rewritten(), { whenNear: 1 }, { intersectionObserver: false });
    older.paint("first-contentful-paint");
    older.tasks(0);
    assert.equal(older.added.length, ALL.length);
  });

  it("decides three seconds after the load if no paint is reported", () => {
    const loader = runLoader(rewritten(), { atOnce: true });
    loader.tasks(2999);
    assert.equal(loader.added.length, 0);
    loader.tasks(3000);
    assert.deepEqual(
      loader.added.map((script) => script.src),
      ALL,
    );
    const waiting = runLoader(rewritten());
    waiting.tasks(3000);
    assert.equal(waiting.added.length, 0);
    assert.equal(waiting.waiting(), "on-demand");
  });

  it("decides at once in a tab loaded in the background, and after two frames without paint timing", () => {
    const hidden = runLoader(rewritten(), { atOnce: true }, { hidden: true });
    assert.equal(hidden.added.length, ALL.length);
    const hiddenWords = runLoader(rewritten(), {}, { hidden: true });
    assert.equal(hiddenWords.added.length, 0);
    assert.equal(hiddenWords.waiting(), "on-demand");
    const older = runLoader(rewritten(), { atOnce: true }, { paintTiming: false });
    older.frame("first");
    older.tasks(0);
    assert.equal(older.added.length, 0);
    older.frame("second");
    older.tasks(0);
    assert.equal(older.added.length, ALL.length);
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
