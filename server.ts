// Gazette's HTTP server: the one way the site is served (`npm start`, `npm run dev`, the fleet, the
// end-to-end tests and the bench all start this file). It owns the Node server and lists, in order,
// the stages every request passes before Next.js's request handler (Next.js's documented custom
// server: `next({ ... }).getRequestHandler()`). Each stage is its own module with its own tests;
// docs/decisions/034-one-request-path.md says why the server is ours and what each stage relies on.
//
//   node --import tsx server.ts [--dev] [--port 3000] [--hostname 0.0.0.0]
import http from "node:http";
import path from "node:path";
import { parseCommandLine } from "./scripts/lib/cli";

const USAGE = `Usage: node --import tsx server.ts [options]   (npm start runs it after npm run setup)

Serves Gazette: the stages of server.ts in front of Next.js's request handler.

Options:
  --dev              development: Next.js compiles on demand and reloads (npm run dev)
  --port <n>         port to listen on (default: PORT, else 3000)
  --hostname <host>  address to listen on (default: HOSTNAME, else every address)
  -h, --help         this text`;

const { values: options } = parseCommandLine(USAGE, { dev: { type: "boolean" }, port: { type: "string" }, hostname: { type: "string" } });

const dev = options.dev === true;
// Before anything reads the environment (lib/env.ts parses it once, when first imported), as `next
// start` and `next dev` set it.
(process.env as Record<string, string>).NODE_ENV = dev ? "development" : "production";
process.env.PORT = options.port ?? process.env.PORT ?? "3000";
const port = Number(process.env.PORT);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`server: the port must be a number from 1 to 65535, not "${process.env.PORT}"`);
  process.exit(2);
}
const hostname = options.hostname ?? process.env.HOSTNAME;

const [{ default: next }, { composeStages }, { peerAddress }, { securityHeaders }, { earlyRefusals }, { formBodies }, { buildStaticAssets, staticAssetsStage }, pageMemoryModule, { requestScope }, { compressionStage }, { scriptsAfterPaintFor }, { env }, { log }, { installGracefulShutdown }, { markStartedThroughServer }] =
  await Promise.all([
    import("next"),
    import("@/lib/http/pipeline"),
    import("@/lib/http/peer-address"),
    import("@/lib/security/response-headers"),
    import("@/lib/http/early-refusals"),
    import("@/lib/http/form-bodies"),
    import("@/lib/http/static-assets"),
    import("@/lib/http/page-memory"),
    import("@/lib/http/request-scope"),
    import("@/lib/http/compression"),
    import("@/lib/http/scripts-after-paint"),
    import("@/lib/env"),
    import("@/lib/log"),
    import("@/lib/ops/shutdown"),
    import("@/lib/ops/server-mark"),
  ]);

const root = path.dirname(new URL(import.meta.url).pathname);
const lifetimeMs = pageMemoryModule.pageMemoryLifetimeMs(env);
const pageMemory = lifetimeMs > 0 ? pageMemoryModule.createPageMemory(lifetimeMs) : null;

// The request path, in order. A stage answers a request or hands it on; the last hands it to Next.js.
const stages = [
  peerAddress, // the connection's address, for the per-address limits
  securityHeaders, // CSP, HSTS and the rest, on every response
  earlyRefusals, // what Next.js would answer with a 500: bad paths, foreign or oversized actions
  formBodies, // a multipart form to an action read whole and checked: malformed parts answered 400
  ...(dev ? [] : [staticAssetsStage(buildStaticAssets(root))]), // the build's files, compressed once
  ...(pageMemory ? [pageMemoryModule.pageMemoryStage(pageMemory)] : []), // a reader page answered a moment ago
  requestScope, // database outages answered 503; page memory settles after writes
  compressionStage({ watch: pageMemory?.watch, rewrite: scriptsAfterPaintFor }), // compressed once per content; scripts after paint
];

// instrumentation.ts refuses to serve in a process that did not come through here.
markStartedThroughServer();

const server = http.createServer();
const app = next({ dev, dir: root, hostname: hostname ?? "localhost", port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();

server.on(
  "request",
  composeStages(stages, (request, response) => {
    handle(request, response).catch((error: unknown) => {
      log.error({ err: error, method: request.method, path: request.url }, "request handler failed");
      if (!response.headersSent) {
        response.statusCode = 500;
        response.setHeader("Cache-Control", "no-store");
        response.end("Internal server error\n");
      } else response.destroy();
    });
  }),
);
if (dev) server.on("upgrade", app.getUpgradeHandler());

installGracefulShutdown(log, { server, close: () => app.close() });

server.listen(port, hostname, () => {
  const shown = !hostname || hostname === "0.0.0.0" || hostname === "::" ? "localhost" : hostname;
  console.log(`Gazette ${dev ? "(development) " : ""}on http://${shown}:${port}`);
  console.log(`  request path: ${stages.map((stage) => stage.name).join(" → ")} → Next.js`);
});
