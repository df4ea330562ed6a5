// For the bench only: the same production build served by Next.js's request handler with none of
// server.ts's stages in front (no security headers, no compression, no scripts-after-paint rewrite,
// no page memory). Measured beside the render path, the difference is what the stages cost per
// request; measured beside the bare page, what Gazette's page and configuration cost through the
// same Next.js. Never a way to serve the site: `npm start` and everything else start server.ts.
//
//   node --import tsx scripts/bench/next-alone.ts <port>
import http from "node:http";
import path from "node:path";

(process.env as Record<string, string>).NODE_ENV = "production";
const port = Number(process.argv[2]);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error("usage: node --import tsx scripts/bench/next-alone.ts <port>");
  process.exit(2);
}
const [{ default: next }, { markStartedThroughServer }] = await Promise.all([import("next"), import("@/lib/ops/server-mark")]);
// instrumentation.ts serves only in a process that says it was started on purpose.
markStartedThroughServer();

const server = http.createServer();
const app = next({ dev: false, dir: path.resolve(import.meta.dirname, "../.."), hostname: "localhost", port, httpServer: server });
await app.prepare();
const handle = app.getRequestHandler();
server.on("request", (request, response) => void handle(request, response).catch(() => response.destroy()));
server.listen(port, () => console.log(`next-alone on http://localhost:${port}`));
