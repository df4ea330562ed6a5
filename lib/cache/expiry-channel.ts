// The process-wide signal "reader pages changed" (node:diagnostics_channel, whose named channels are
// shared by every copy of a module in the process; lib/process-shared.ts says why there are copies).
// lib/cache/tags.ts publishes on it with every expiration, from the route bundle that made the write;
// the request path in front of Next.js (lib/http/page-memory.ts, loaded by server.ts) subscribes and
// forgets the pages it keeps. So the domain layer never imports the HTTP layer, and a process without
// the request path (a script, a test) publishes to nobody.
import diagnosticsChannel from "node:diagnostics_channel";

export const PAGES_EXPIRED_CHANNEL = "gazette:pages-expired";

/** Tells whoever keeps reader pages in this process that they changed. */
export function publishPagesExpired(): void {
  diagnosticsChannel.channel(PAGES_EXPIRED_CHANNEL).publish(null);
}

/** Calls `listener` synchronously, in the publisher's request context, on every expiration. */
export function onPagesExpired(listener: () => void): () => void {
  const handler = () => listener();
  diagnosticsChannel.subscribe(PAGES_EXPIRED_CHANNEL, handler);
  return () => diagnosticsChannel.unsubscribe(PAGES_EXPIRED_CHANNEL, handler);
}
