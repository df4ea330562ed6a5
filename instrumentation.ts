// Runs once when a server process starts (Next.js instrumentation hook, in the process server.ts
// started), never during `next build`.
import type { Instrumentation } from "next";

export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // Imported here, not at the top: this file is also compiled for the edge runtime.
    // Only server.ts serves Gazette: its stages set the security headers and the client's address.
    const { NOT_THROUGH_SERVER_MESSAGE, startedThroughServer } = await import("./lib/ops/server-mark");
    if (!startedThroughServer()) {
      console.error(`\n${NOT_THROUGH_SERVER_MESSAGE}\n`);
      process.exit(1);
    }
    // Writes in this process expire Next.js's cache; outside it (a script) they are collected for the running site.
    const { expireThroughNextJs } = await import("./lib/cache/tags");
    expireThroughNextJs();
    // A wrong TRUSTED_PROXIES stops the start, instead of failing every request that reads an address.
    const { parseProxyTrust } = await import("./lib/client-address");
    parseProxyTrust(process.env.TRUSTED_PROXIES, process.env.TRUSTED_PROXY_HOPS);
    // Once, at start: a production server on a local SITE_URL publishes addresses nobody else can open.
    const { env, localSiteUrlWarning } = await import("./lib/env");
    const warning = localSiteUrlWarning(env);
    if (warning) console.warn(`\n${warning}\n`);
    // Delivers the outbox and writes the messages the clock makes due (docs/decisions/018-mail.md).
    const { startMailWorker } = await import("./lib/mail/worker");
    startMailWorker();
  }
}

/** Every error a request ends with, as one JSON line with the digest the error page shows. */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { log } = await import("./lib/log");
  const digest = (error as { digest?: string }).digest;
  const requestId = request.headers["x-request-id"];
  log.error(
    { err: error, digest, requestId: typeof requestId === "string" ? requestId : undefined, method: request.method, path: request.path, route: context.routePath, routeType: context.routeType },
    "request failed",
  );
};
