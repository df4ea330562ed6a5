// Next.js does not give route handlers or server actions the address of the connection: `next start`
// only copies it into X-Forwarded-For when the client sent none, so a client that sends its own
// header hides it (next/dist/server/base-server.js, `x-forwarded-for ??= socket.remoteAddress`).
// This stamps every incoming request with the socket's address, in a header of ours that replaces any
// header of that name the client sent, before Next.js sees the request. Installed once per process
// from instrumentation.ts. docs/decisions/014-sign-in-hardening.md
// The same hook refuses the few requests Next.js would answer with a 500 (lib/http/early-refusals.ts,
// docs/decisions/016-hostile-input-and-replies.md). And it runs each request in a scope of its own, so
// that a response Next.js would send as a 500 because the database could not be reached goes out as
// a 503 with Retry-After (docs/decisions/021-database-outages.md). And it sets the security headers of
// every response (lib/security/response-headers.ts) and compresses it (lib/http/compression.ts), and
// answers the build's scripts and stylesheets from memory once compressed (lib/http/static-assets.ts),
// and a reader page Next.js answered the same way a moment ago, for a second (lib/http/page-memory.ts),
// and has a reader page run Next.js's scripts after its first paint (lib/http/scripts-after-paint.ts).
import http from "node:http";
import { RETRY_AFTER_SECONDS, runInRequestScope } from "@/lib/db/unavailable";
import { compressResponse } from "@/lib/http/compression";
import { earlyRefusal } from "@/lib/http/early-refusals";
import { pageMemory, requestEnded } from "@/lib/http/page-memory";
import { scriptsAfterPaintFor } from "@/lib/http/scripts-after-paint";
import { staticAssets } from "@/lib/http/static-assets";
import { setSecurityHeaders } from "@/lib/security/response-headers";

export const PEER_ADDRESS_HEADER = "x-gazette-peer-address";

const installed = Symbol.for("gazette.peerAddress");

export function installPeerAddressHeader(): void {
  const proto = http.Server.prototype as http.Server & { [installed]?: boolean };
  if (proto[installed]) return;
  proto[installed] = true;
  const emit = proto.emit as (this: http.Server, event: string | symbol, ...args: unknown[]) => boolean;
  proto.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]) {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
      const response = args[1] as http.ServerResponse;
      setSecurityHeaders(request, response);
      const refusal = earlyRefusal(request);
      if (refusal) {
        response.writeHead(refusal.status, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store", Connection: "close" });
        response.end(`${refusal.message}\n`);
        // The body (perhaps a large upload) is not read: the connection closes after the answer.
        request.resume();
        return true;
      }
      if (staticAssets?.serve(request, response) || pageMemory?.serve(request, response)) return true;
      return runInRequestScope((scope) => {
        answerOutagesWith503(response, () => scope.databaseUnavailable);
        response.once("close", () => requestEnded(scope));
        return compressResponse(request, response, () => emit.apply(this, [event, ...args]), pageMemory?.watch(request, response), scriptsAfterPaintFor(request));
      });
    }
    return emit.apply(this, [event, ...args]);
  } as typeof proto.emit;
}

/**
 * Rewrites the status line when it is written: a 500 caused by an unreachable database becomes a 503
 * with Retry-After, never cached. Node writes the status line through writeHead, also when a handler
 * only set statusCode and wrote a body, so this sees every response.
 */
function answerOutagesWith503(response: http.ServerResponse, databaseUnavailable: () => boolean): void {
  const writeHead = response.writeHead as (this: http.ServerResponse, ...args: unknown[]) => http.ServerResponse;
  response.writeHead = function (this: http.ServerResponse, status: number, ...rest: unknown[]) {
    if (status === 500 && databaseUnavailable()) {
      status = 503;
      this.setHeader("Retry-After", String(RETRY_AFTER_SECONDS));
      this.setHeader("Cache-Control", "no-store");
    }
    return writeHead.call(this, status, ...rest);
  } as typeof response.writeHead;
}
