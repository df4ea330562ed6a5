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
