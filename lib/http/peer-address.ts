// Stage "peer address": the address of the connection, in a header of ours that replaces any header
// of that name the client sent, before Next.js sees the request. Next.js gives route handlers and
// server actions no connection address: `next start` only copies it into X-Forwarded-For when the
// client sent none (next/dist/server/base-server.js, `x-forwarded-for ??= socket.remoteAddress`), so
// a client that sends its own header would hide it. lib/request.ts reads it with the proxy trust
// settings (lib/client-address.ts, docs/decisions/014-sign-in-hardening.md).
// Relies on Next.js: `x-forwarded-for ??= socket address` (lib/http/framework-canaries.test.ts).
import type { Stage } from "./pipeline";

export const PEER_ADDRESS_HEADER = "x-gazette-peer-address";

export const peerAddress: Stage = {
  name: "peer address",
  run(request, _response, next) {
    request.headers[PEER_ADDRESS_HEADER] = request.socket?.remoteAddress ?? "";
    next();
  },
};
