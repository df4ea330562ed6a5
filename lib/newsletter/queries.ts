import "server-only";
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const SUBSCRIBERS_PAGE_SIZE = 200;

/** The public archive: issues that went to someone. No addresses, no counts of readers. */
export async function listSentIssues(take = 50) {
  return db.newsletterIssue.findMany({
    where: { recipientCount: { gt: 0 } },
    orderBy: [{ periodEnd: "desc" }, { id: "desc" }],
    take,
    select: { id: true, subject: true, frequency: true, periodEnd: true, articleCount: true },
  });
}

/** One archived issue: its HTML as sent (written and escaped by lib/mail/compose.ts), without the document around it. */
export async function getSentIssue(id: string) {
  const issue = await db.newsletterIssue.findFirst({
    where: { id, recipientCount: { gt: 0 } },
    select: { id: true, subject: true, frequency: true, periodEnd: true, html: true },
  });
  if (!issue) return null;
  const body = issue.html.match(/<div style="max-width:600px;margin:0 auto">([\s\S]*)<\/div><\/body>/)?.[1] ?? "";
  return { ...issue, body };
}

export async function listSubscribers(page = 1) {
  await requirePermission("settings:manage");
  const [subscribers, total, confirmed] = await Promise.all([
    db.newsletterSubscriber.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: (page - 1) * SUBSCRIBERS_PAGE_SIZE,
      take: SUBSCRIBERS_PAGE_SIZE,
      select: { id: true, email: true, frequency: true, confirmedAt: true, createdAt: true },
    }),
    db.newsletterSubscriber.count(),
    db.newsletterSubscriber.count({ where: { confirmedAt: { not: null } } }),
  ]);
  return { subscribers, total, confirmed };
}

/** Every subscriber, for the CSV export, in pages so that a large list does not sit in memory twice. */
export async function* allSubscribers() {
  await requirePermission("settings:manage");
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.newsletterSubscriber.findMany({
      orderBy: { id: "asc" },
      take: 1000,
      ...(cursor ? { skip: 1, cursor: { id: cursor } } : {}),
      select: { id: true, email: true, frequency: true, confirmedAt: true, createdAt: true },
    });
    if (rows.length === 0) return;
    yield* rows;
    cursor = rows.at(-1)!.id;
  }
}

export async function listIssuesForDashboard() {
  await requirePermission("settings:manage");
  return db.newsletterIssue.findMany({
    orderBy: [{ createdAt: "desc" }],
    take: 20,
    select: { id: true, subject: true, frequency: true, articleCount: true, recipientCount: true, createdAt: true },
  });
}
