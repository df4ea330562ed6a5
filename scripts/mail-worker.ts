// `npm run mail-worker`: the mail worker as a process of its own, for a fleet whose instances serving
// readers run with MAIL_WORKER=off (docs/decisions/018-mail.md). It writes the messages the clock makes
// due and delivers the outbox exactly as the worker inside a server does, without sharing an event
// loop with readers. Several of these (or these and servers with the worker on) share the work safely.
// SIGTERM or SIGINT: the current round finishes, then the process exits.
import { loadDotEnv } from "./lib/run";

loadDotEnv();
// After .env is loaded: lib/env parses the environment when it is first imported.
const { db } = await import("../lib/db");
const { env } = await import("../lib/env");
const { startMailWorker } = await import("../lib/mail/worker");

const stop = startMailWorker({ alone: true });
console.log(`mail worker: polling every ${env.MAIL_POLL_MS} ms, ${env.SMTP_URL ? "delivering by SMTP" : "no SMTP_URL: messages wait in the outbox"}`);
let stopping = false;
for (const signal of ["SIGTERM", "SIGINT"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await stop();
    await db.$disconnect();
    process.exit(0);
  });
}
