// The mail worker: started once per server process from instrumentation.ts (Node runtime only). Every
// MAIL_POLL_MS it writes the messages that are due by the clock (batched held-reply notices,
// newsletter issues) and, when SMTP_URL is set, delivers the outbox. No cron, no second process.
import nodemailer from "nodemailer";
import { env } from "@/lib/env";
import { fanOutNewsletterIssues, queueNewsletterIssues } from "@/lib/newsletter/issues";
import { deliverDueMessages } from "./delivery";
import { queueHeldReplyNotices } from "./held-replies";
import { getMailSettings } from "./settings";

const globalForWorker = globalThis as unknown as { gazetteMailWorker?: boolean };

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
export async function runMailRound(transport: ReturnType<typeof createSmtpTransport> | null, now = new Date()): Promise<void> {
  const settings = await getMailSettings();
  await queueHeldReplyNotices(settings, now);
  await queueNewsletterIssues(settings, now);
  await fanOutNewsletterIssues();
  if (transport) await deliverDueMessages(transport);
}

export function startMailWorker(): void {
  if (globalForWorker.gazetteMailWorker || env.MAIL_WORKER === "off") return;
  globalForWorker.gazetteMailWorker = true;
  const transport = env.SMTP_URL ? createSmtpTransport(env.SMTP_URL) : null;
  let failures = 0;
  const round = async () => {
    try {
      await runMailRound(transport);
      failures = 0;
    } catch (error) {
      // A database hiccup must not stop the worker; say so once in a while, not every round.
      if (failures++ % 20 === 0) console.error("mail worker:", error);
    } finally {
      setTimeout(round, env.MAIL_POLL_MS).unref();
    }
  };
  setTimeout(round, Math.min(env.MAIL_POLL_MS, 2_000)).unref();
}
