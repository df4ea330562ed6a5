// Set by server.ts before Next.js starts, read by instrumentation.ts: a process that serves Gazette
// without server.ts (plain `next start`) would send reader pages without their security headers and
// take every client for one address, so it refuses to start (docs/decisions/034-one-request-path.md).
// Shared by the process (lib/process-shared.ts): instrumentation.ts is compiled into Next.js's
// bundle, server.ts is not, and both run in the same process.
import { processShared } from "@/lib/process-shared";

const mark = processShared("server", () => ({ started: false }));

/** Called by server.ts before Next.js starts. */
export function markStartedThroughServer(): void {
  mark.started = true;
}

export const NOT_THROUGH_SERVER_MESSAGE =
  "Gazette is served by server.ts (npm start, or `node --import tsx server.ts`), not by `next start` or `next dev`: " +
  "without its request path, reader pages would go out without their security headers and every client would count as one address.";

export function startedThroughServer(): boolean {
  return mark.started;
}
