// Graceful stop. On SIGTERM, Next.js's server stops accepting connections, finishes the requests it
// has and exits. This adds what an operator expects around that: /api/ready answers 503 from the
// first moment (so a balancer that polls it stops sending), a log line, and an exit within 30 s
// even if a request hangs (docs/decisions/017-fleet-on-redis.md).
const DRAINING = Symbol.for("gazette.draining");
/** The longest an instance takes to stop after SIGTERM, whatever is still running. */
export const SHUTDOWN_DEADLINE_MS = 25_000;

type Holder = Record<symbol, boolean | undefined>;

export function isDraining(): boolean {
  return (globalThis as Holder)[DRAINING] === true;
}

export function installGracefulShutdown(log: { info: (fields: object, message: string) => void; warn: (fields: object, message: string) => void }): void {
  process.once("SIGTERM", () => {
    (globalThis as Holder)[DRAINING] = true;
    log.info({ event: "sigterm", deadlineMs: SHUTDOWN_DEADLINE_MS }, "SIGTERM: no new connections; finishing the requests in progress");
    setTimeout(() => {
      log.warn({ event: "shutdown-deadline" }, "requests still running after the deadline; exiting");
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
  });
}
