// Canaries: what the request path relies on in Next.js's and React's own code, checked against the
// installed packages, so that an upgrade that changes one of them fails `npm test` instead of turning
// a stage off or wrong without a word. e2e/request-path.spec.ts checks the same on the pages the real
// server sends (docs/decisions/034-one-request-path.md lists each dependency).
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { test } from "node:test";
import { ROUTER_HEADERS } from "./page-memory";

const require = createRequire(import.meta.url);
const nextDir = path.dirname(require.resolve("next/package.json"));
const nextFile = (file: string) => readFileSync(path.join(nextDir, file), "utf8");

test("page memory keys a page on every header of Next.js's router (page-memory.ts ROUTER_HEADERS)", () => {
  const headers = require(path.join(nextDir, "dist/client/components/app-router-headers.js")) as Record<string, string>;
  const routerHeaders = [headers.RSC_HEADER, headers.NEXT_ROUTER_STATE_TREE_HEADER, headers.NEXT_ROUTER_PREFETCH_HEADER, headers.NEXT_ROUTER_SEGMENT_PREFETCH_HEADER, headers.NEXT_URL];
  assert.deepEqual([...ROUTER_HEADERS].sort(), [...routerHeaders].sort());
});

test("the polyfill replacement of next.config.js still replaces the module Next.js's client entry requires", () => {
  assert.match(nextFile("dist/client/app-globals.js"), /require\("\.\.\/build\/polyfills\/polyfill-module"\)/);
  require.resolve("next/dist/build/polyfills/polyfill-module");
  const config = readFileSync(path.join(process.cwd(), "next.config.js"), "utf8");
  assert.match(config, /"next\/dist\/build\/polyfills\/polyfill-module": "\.\/lib\/browser\/polyfills\.js"/);
  assert.match(config, /"\.\.\/build\/polyfills\/polyfill-module": "\.\/lib\/browser\/polyfills\.js"/);
});

test("Next.js's tracer still recognises 'no tracing configured' by the class name NoopTracerProvider (why @opentelemetry/api is external)", () => {
  assert.match(nextFile("dist/server/lib/trace/tracer.js"), /\.name\) !== 'NoopTracerProvider'/);
  const config = readFileSync(path.join(process.cwd(), "next.config.js"), "utf8");
  assert.match(config, /serverExternalPackages: \[[^\]]*"@opentelemetry\/api"/);
});

test("Next.js still copies the connection's address only into a missing X-Forwarded-For (why the peer-address stage exists)", () => {
  assert.match(nextFile("dist/server/base-server.js"), /x-forwarded-for'\] \?\?=/);
});

// The reader tree lives under app/[edition] and proxy.ts rewrites `/x` to `/en/x`
// (docs/decisions/052-editions-routing.md). That relies on three things Next.js happens to do.
test("Next.js's client router still takes a page's params from x-nextjs-rewritten-path (why proxy.ts, not server.ts, rewrites editions)", () => {
  const headers = require(path.join(nextDir, "dist/client/components/app-router-headers.js")) as Record<string, string>;
  assert.equal(headers.NEXT_REWRITTEN_PATH_HEADER, "x-nextjs-rewritten-path");
  // The client parses route params from the rewritten path when the answer carries the header, else
  // from the address in the bar (which has no edition segment).
  assert.match(nextFile("dist/client/route-params.js"), /response\.headers\.get\(_approuterheaders\.NEXT_REWRITTEN_PATH_HEADER\)/);
  // Next.js sets it for a proxy's rewrite and for next.config.js's, and nothing else does.
  assert.match(nextFile("dist/server/web/adapter.js"), /response\.headers\.set\(_approuterheaders\.NEXT_REWRITTEN_PATH_HEADER, destination\.pathname\)/);
  assert.match(nextFile("dist/server/lib/router-utils/resolve-routes.js"), /res\.setHeader\(_approuterheaders\.NEXT_REWRITTEN_PATH_HEADER, parsedDestination\.pathname\)/);
});

test("Next.js still applies next.config.js's beforeFiles, afterFiles and fallback rewrites after the proxy (why each starts with /:edition)", () => {
  const source = nextFile("dist/server/lib/router-utils/resolve-routes.js");
  const order = ["name: 'middleware'", "fsChecker.rewrites.beforeFiles", "name: 'check_fs'", "fsChecker.rewrites.afterFiles", "fsChecker.rewrites.fallback"].map((marker) => source.indexOf(marker));
  assert.ok(order.every((at) => at >= 0), `markers found: ${order.join(", ")}`);
  assert.deepEqual([...order].sort((a, b) => a - b), order);
});

test("next/root-params still reads the params of the root layout without a header (why reader pages stay static)", () => {
  const source = nextFile("dist/server/request/root-params.js");
  assert.match(source, /return Promise\.resolve\(workUnitStore\.rootParams\[paramName\]\)/);
  assert.doesNotMatch(source, /headers\(\)|cookies\(\)/);
});
