// Next.js does not give route handlers or server actions the address of the connection: `next start`
// only copies it into X-Forwarded-For when the client sent none, so a client that sends its own
// header hides it (next/dist/server/base-server.js, `x-forwarded-for ??= socket.remoteAddress`).
// This stamps every incoming request with the socket's address, in a header of ours that replaces any
// header of that name the client sent, before Next.js sees the request. Installed once per process
// from instrumentation.ts. docs/decisions/014-sign-in-hardening.md
import http from "node:http";

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
    }
    return emit.apply(this, [event, ...args]);
  } as typeof proto.emit;
}
