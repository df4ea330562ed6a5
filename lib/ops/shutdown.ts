// Graceful stop (server.ts). On SIGTERM or SIGINT: /api/ready answers 503 from the first moment (so a
// balancer that polls it stops sending), the server stops accepting connections and finishes the
// requests it has, Next.js closes, and the process exits; within SHUTDOWN_DEADLINE_MS even if a
// request hangs (docs/decisions/017-fleet-on-redis.md).
import type { Server } from "node:http";
import { processShared } from "@/lib/process-shared";

/** Shared by the process (lib/process-shared.ts): set by server.ts, read by /api/ready in the application's bundle. */
const stopping = processShared("draining", () => ({ draining: false }));
/** The longest an instance takes to stop after SIGTERM, whatever is still running. */
export const SHUTDOWN_DEADLINE_MS = 25_000;

type Log = { info: (fields: object, message: string) => void; warn: (fields: object, message: string) => void };

/** True once a stop has begun. */
export function isDraining(): boolean {
  return stopping.draining;
}

export function installGracefulShutdown(log: Log, target: { server: Server; close: () => Promise<void> }): void {
  const stop = (signal: NodeJS.Signals) => {
    if (isDraining()) return;
    stopping.draining = true;
    log.info({ event: "shutdown", signal, deadlineMs: SHUTDOWN_DEADLINE_MS }, `${signal}: no new connections; finishing the requests in progress`);
    setTimeout(() => {
      log.warn({ event: "shutdown-deadline" }, "requests still running after the deadline; exiting");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    // close() stops accepting, closes idle keep-alive connections, and calls back once the rest end.
    target.server.close(() => {
      target
        .close()
        .catch(() => {})
        .finally(() => process.exit(0));
    });
  };
  process.once("SIGTERM", stop);
  process.once("SIGINT", stop);
}
