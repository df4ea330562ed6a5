// Delivering the outbox. Any number of workers (one per server process, on one database) take turns:
// a worker claims a batch with one UPDATE … WHERE status = 'PENDING' (or a lapsed claim), which
// PostgreSQL re-checks row by row after waiting for a competing claim and SQLite runs one writer at a
// time, so a row is claimed by one worker only. The claim is a lease: a worker that dies mid-send
// leaves rows that another takes over when the lease ends. docs/decisions/018-mail.md
import { randomUUID } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { Transporter } from "nodemailer";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { newsletterCopy } from "@/lib/newsletter/issues";
import { MAX_ATTEMPTS, isPermanentFailure, retryDelayMs } from "./backoff";

export const BATCH_SIZE = 50;
const LEASE_MS = 2 * 60 * 1000;
const MAX_PAUSE_MS = 2_000;
const DELIVERED_PLACEHOLDER = "(Delivered. This message held a single-use link, so its text is not kept.)";

function sender(): string {
  if (env.MAIL_FROM) return env.MAIL_FROM;
  const host = new URL(env.SITE_URL).hostname;
  return `"${env.SITE_NAME.replace(/["\\\r\n]/g, "")}" <no-reply@${host.includes(".") ? host : `${host}.localdomain`}>`;
}

function claimable(now: Date) {
  return [
    { status: "PENDING", nextAttemptAt: { lte: now } },
    { status: "SENDING", claimedUntil: { lt: now } },
  ];
}

/** Claim up to `limit` messages that are due; returns them with the claim that owns them. */
export async function claimDueMessages(limit = BATCH_SIZE, now = new Date()) {
  const candidates = await db.outboxMessage.findMany({
    where: { OR: claimable(now) },
    select: { id: true },
    orderBy: [{ nextAttemptAt: "asc" }, { id: "asc" }],
    take: limit,
  });
  if (candidates.length === 0) return { claim: null, messages: [] };
  const claim = randomUUID();
  await db.outboxMessage.updateMany({
    where: { id: { in: candidates.map((row) => row.id) }, OR: claimable(now) },
    data: { status: "SENDING", claimedBy: claim, claimedUntil: new Date(now.getTime() + LEASE_MS), attempts: { increment: 1 } },
  });
  const messages = await db.outboxMessage.findMany({
    where: { claimedBy: claim, status: "SENDING" },
    select: { id: true, to: true, subject: true, text: true, html: true, headers: true, attempts: true, sensitive: true, issueId: true, recipientId: true },
  });
  return { claim, messages };
}

function parseHeaders(json: string): Record<string, string> {
  try {
    const value = JSON.parse(json) as unknown;
    return value && typeof value === "object" ? (value as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * Deliver what is due, batch after batch, until nothing is due. Returns the number delivered.
 * Each message keeps its id as Message-ID, so the rare copy sent twice (a worker died after the SMTP
 * server accepted it and before the row said so) is recognisable as the same message.
 */
export async function deliverDueMessages(transport: Transporter, { yieldToReaders = true } = {}): Promise<number> {
  let delivered = 0;
  const host = new URL(env.SITE_URL).hostname || "gazette.localdomain";
  for (;;) {
    const started = performance.now();
    const loopBefore = performance.eventLoopUtilization();
    const { claim, messages } = await claimDueMessages();
    if (!claim || messages.length === 0) return delivered;
    const issueIds = [...new Set(messages.map((message) => message.issueId).filter((id): id is string => !!id))];
    const issues = new Map(
      (issueIds.length ? await db.newsletterIssue.findMany({ where: { id: { in: issueIds } }, select: { id: true, frequency: true, content: true } }) : []).map((issue) => [issue.id, issue]),
    );
    const results = await Promise.all(
      messages.map(async (message) => {
        try {
          const issue = message.issueId ? issues.get(message.issueId) : undefined;
          if (message.issueId && (!issue || !message.recipientId)) throw Object.assign(new Error("The newsletter issue of this message no longer exists."), { responseCode: 550 });
          const body = issue ? newsletterCopy(issue, message.recipientId!) : { subject: message.subject, text: message.text, html: message.html, headers: parseHeaders(message.headers) };
          await transport.sendMail({
            from: sender(),
            to: message.to,
            subject: body.subject,
            text: body.text,
            html: body.html,
            headers: body.headers,
            messageId: `<${message.id}@${host}>`,
          });
          return { message, error: null };
        } catch (error) {
          return { message, error: error as Error & { responseCode?: number } };
        }
      }),
    );
    const now = new Date();
    const sent = results.filter((result) => !result.error).map((result) => result.message);
    const plain = sent.filter((message) => !message.sensitive).map((message) => message.id);
    const sensitive = sent.filter((message) => message.sensitive).map((message) => message.id);
    if (plain.length) await db.outboxMessage.updateMany({ where: { id: { in: plain }, claimedBy: claim }, data: { status: "SENT", sentAt: now, claimedBy: null, claimedUntil: null, lastError: null } });
    if (sensitive.length) {
      await db.outboxMessage.updateMany({
        where: { id: { in: sensitive }, claimedBy: claim },
        data: { status: "SENT", sentAt: now, claimedBy: null, claimedUntil: null, lastError: null, text: DELIVERED_PLACEHOLDER, html: "" },
      });
    }
    for (const { message, error } of results) {
      if (!error) continue;
      const giveUp = isPermanentFailure(error) || message.attempts >= MAX_ATTEMPTS;
      await db.outboxMessage.updateMany({
        where: { id: message.id, claimedBy: claim },
        data: {
          status: giveUp ? "FAILED" : "PENDING",
          claimedBy: null,
          claimedUntil: null,
          lastError: String(error.message ?? error).slice(0, 500),
          nextAttemptAt: new Date(now.getTime() + retryDelayMs(message.attempts, env.MAIL_RETRY_BASE_MS)),
        },
      });
    }
    delivered += sent.length;
    // A batch that failed entirely (server down) waits for the next round instead of spinning.
    if (sent.length === 0 || messages.length < BATCH_SIZE) return delivered;
    // In a server process, readers share this event loop: composing and encoding a message costs
    // about a millisecond of it, so 10,000 in a row would starve them. Pause as long as the loop was
    // busy during the batch (delivery's work and readers' alike), so delivery takes at most about
    // half of it and yields more when readers need more. A worker process of its own does not pause.
    if (yieldToReaders) {
      const busyMs = performance.eventLoopUtilization(loopBefore).utilization * (performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, Math.min(MAX_PAUSE_MS, busyMs)));
    }
  }
}
