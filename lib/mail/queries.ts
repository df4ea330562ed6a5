import "server-only";
// The outbox as administrators read it: every message, its state and, without SMTP, its text (so
// invitations and resets work on a laptop). Reader emails appear here and nowhere public.
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";

export const OUTBOX_PAGE_SIZE = 100;

export async function listOutbox(filter: { status?: string } = {}) {
  await requirePermission("settings:manage");
  const where = filter.status ? { status: filter.status } : {};
  const [messages, counts] = await Promise.all([
    db.outboxMessage.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: OUTBOX_PAGE_SIZE,
      select: { id: true, kind: true, to: true, subject: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true },
    }),
    db.outboxMessage.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { messages, counts: Object.fromEntries(counts.map((row) => [row.status, row._count._all])) as Record<string, number> };
}

export async function getOutboxMessage(id: string) {
  await requirePermission("settings:manage");
  return db.outboxMessage.findUnique({
    where: { id },
    select: { id: true, kind: true, to: true, subject: true, text: true, headers: true, status: true, attempts: true, lastError: true, createdAt: true, sentAt: true, nextAttemptAt: true, issueId: true },
  });
}
