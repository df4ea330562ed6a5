// Test data, written straight to the test database with the same factories the demo seed uses. Reader
// pages are cached, so each factory then expires them through POST /api/revalidate, as any script
// that writes to the database outside the application must (docs/decisions/011-caching-reader-pages.md).
import { expect } from "@playwright/test";
import * as factories from "../prisma/factories";

export { uniqueSuffix } from "../prisma/factories";

/** Expire every cached reader page of the test server. */
export async function revalidateReaderPages(origin = `http://localhost:${process.env.E2E_PORT}`): Promise<void> {
  const response = await fetch(`${origin}/api/revalidate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}`, "Content-Type": "application/json" },
    body: JSON.stringify({ everything: true }),
  });
  if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`);
}

function revalidating<A extends unknown[], R>(create: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const created = await create(...args);
    await revalidateReaderPages();
    return created;
  };
}

export const createArticle = revalidating(factories.createArticle);
export const createAuthor = revalidating(factories.createAuthor);
export const createCategory = revalidating(factories.createCategory);
export const createCorrection = revalidating(factories.createCorrection);
export const createReply = revalidating(factories.createReply);
export const createTag = revalidating(factories.createTag);
export const createUser = factories.createUser;

/** Page size of reader lists in the test server (the default of PAGE_SIZE). */
export const PAGE_SIZE = 10;

export function words(count: number, word = "news"): string {
  return Array.from({ length: count }, () => word).join(" ");
}

/**
 * Resolves once no message for `to` is waiting in the outbox or being sent: whatever Gazette was going
 * to mail that address has reached the mail server (or failed), so a count of what arrived is final.
 * Messages are written to the outbox with the change that causes them, before the change is answered.
 */
export async function outboxSettled(to: string): Promise<void> {
  const { db } = await import("../lib/db");
  await expect.poll(() => db.outboxMessage.count({ where: { to, status: { in: ["PENDING", "SENDING"] } } }), { timeout: 20_000, message: `the outbox has sent everything for ${to}` }).toBe(0);
}

/**
 * An hour (UTC, the tests' site time zone) whose daily issue would be due now and was never written:
 * choosing it makes the worker write an issue at once. Tries the current hour, then earlier ones; the
 * hour the servers started with, and hours other specs chose, already have theirs.
 */
export async function hourWithoutDailyIssue(now = new Date()): Promise<number> {
  const { db } = await import("../lib/db");
  const { dueIssue } = await import("../lib/newsletter/schedule");
  const written = new Set((await db.newsletterIssue.findMany({ where: { frequency: "DAILY" }, select: { period: true } })).map((issue) => issue.period));
  const hour = Array.from({ length: 12 }, (_, back) => (now.getUTCHours() + 24 - back) % 24).find(
    (candidate) => !written.has(dueIssue(now, "DAILY", { hour: candidate, weekday: 1 }, "UTC")!.period),
  );
  expect(hour, "an hour of the last half day without a daily issue").toBeDefined();
  return hour!;
}
