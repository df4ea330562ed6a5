// The mail worker: started once per server process from instrumentation.ts (Node runtime only). Every
// MAIL_POLL_MS it writes the messages that are due by the clock (batched held-reply notices,
// newsletter issues) and, when SMTP_URL is set, delivers the outbox. No cron, no second process.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { fanOutNewsletterIssues, queueNewsletterIssues } from "@/lib/newsletter/issues";
import { deliverDueMessages } from "./delivery";
import { queueHeldReplyNotices } from "./held-replies";
import { pruneOutbox } from "./prune";
import { getMailSettings } from "./settings";
import { processShared } from "@/lib/process-shared";

const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrunedAt = 0;

/** One worker per process, whichever copy of this module starts it (lib/process-shared.ts). */
const workerState = processShared("mailWorker", () => ({ started: false }));

export function createSmtpTransport(url: string) {
  return nodemailer.createTransport({
    url,
    pool: true,
    maxConnections: 4,
    maxMessages: Infinity,
    connectionTimeout: 10_000,
    greetingTimeout: 10_000,
    socketTimeout: 30_000,
  } as Parameters<typeof nodemailer.createTransport>[0]);
}

/** One round: what the clock makes due, then delivery. Exported for scripts and tests. */
export async function runMailRound(transport: ReturnType<typeof createSmtpTransport> | null, now = new Date(), { yieldToReaders = true } = {}): Promise<void> {
  const settings = await getMailSettings();
  await queueHeldReplyNotices(settings, now);
  await queueNewsletterIssues(settings, now);
  await fanOutNewsletterIssues(now);
  if (transport) await deliverDueMessages(transport, { yieldToReaders });
  // Hourly is plenty; every instance may do it (deleting what is already gone deletes nothing).
  if (now.getTime() - lastPrunedAt >= PRUNE_EVERY_MS) {
    lastPrunedAt = now.getTime();
    await pruneOutbox(env.MAIL_RETENTION_DAYS, now);
  }
}

type WorkerOptions = {
  /** A process that serves nothing else (scripts/mail-worker.ts): it runs whatever MAIL_WORKER says,
   *  keeps the process alive and delivers without pausing for readers. */
  alone?: boolean;
};

/** Starts the rounds; returns a function that stops them and resolves when the current round is over. */
export function startMailWorker({ alone = false }: WorkerOptions = {}): () => Promise<void> {
  if (workerState.started || (!alone && env.MAIL_WORKER === "off")) return async () => {};
  workerState.started = true;
  const transport = env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : null;
  let failures = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();
  const schedule = (ms: number) => {
    if (stopped) return;
    timer = setTimeout(() => (current = round()), ms);
    if (!alone) timer.unref();
  };
  const round = async () => {
    try {
      await runMailRound(transport, new Date(), { yieldToReaders: !alone });
      failures = 0;
    } catch (error) {
      // A database hiccup must not stop the worker; say so once in a while, not every round.
      if (failures++ % 20 === 0) console.error("mail worker:", error);
    } finally {
      schedule(env.MAIL_POLL_MS);
    }
  };
  schedule(Math.min(env.MAIL_POLL_MS, 2_000));
  return async () => {
    stopped = true;
    clearTimeout(timer);
    await current;
    transport?.close();
  };
}
