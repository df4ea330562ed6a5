import "server-only";
// The moderation queue as moderators see it (including emails, which never leave the dashboard),
// with each reply's hold reasons and history. The moves themselves: moderation-mutations.ts.
import { requirePermission } from "@/lib/auth/session";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { ReplyStatus, db } from "@/lib/db";

export const QUEUE_PAGE_SIZE = 50;
export const QUEUE_TABS = ["PENDING", "APPROVED", "SPAM", "TRASH"] as const;

export type QueueReply = {
  id: string;
  authorName: string;
  authorEmail: string;
  authorWebsite: string | null;
  body: string;
  status: ReplyStatus;
  createdAt: string;
  article: { title: string; slug: string };
  parent: { authorName: string; body: string } | null;
  reasons: { code: string; detail: string }[];
  history: { who: string; what: string; when: string }[];
};

const VERB: Record<string, string> = {
  approve: "approved",
  unapprove: "unapproved",
  spam: "marked as spam",
  notspam: "marked as not spam",
  trash: "moved to trash",
  restore: "restored",
  edit: "edited",
  undo: "undid a change to",
  reply: "replied to",
};

export async function getQueueCounts(): Promise<Record<ReplyStatus, number>> {
  await requirePermission("reply:moderate");
  const groups = await db.reply.groupBy({ by: ["status"], _count: { _all: true } });
  const counts = { PENDING: 0, APPROVED: 0, SPAM: 0, TRASH: 0 } as Record<ReplyStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}

export async function listQueue(status: ReplyStatus, page: number): Promise<{ replies: QueueReply[]; page: PageInfo }> {
  await requirePermission("reply:moderate");
  const window = pageWindow(page, QUEUE_PAGE_SIZE);
  const where = { status };
  const [rows, total] = await Promise.all([
    db.reply.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: window.skip,
      take: window.take,
      select: {
        id: true,
        authorName: true,
        authorEmail: true,
        authorWebsite: true,
        body: true,
        status: true,
        createdAt: true,
        article: { select: { title: true, slug: true } },
        parent: { select: { authorName: true, body: true } },
        holdReasons: { select: { code: true, detail: true } },
      },
    }),
    db.reply.count({ where }),
  ]);
  const events = await db.auditEvent.findMany({
    where: { entityType: "reply", entityId: { in: rows.map((row) => row.id) } },
    orderBy: { createdAt: "asc" },
    select: { entityId: true, action: true, createdAt: true, actor: { select: { name: true } } },
  });
  return {
    page: pageInfo(window, total),
    replies: rows.map(({ holdReasons, createdAt, ...row }) => ({
      ...row,
      createdAt: createdAt.toISOString(),
      reasons: holdReasons,
      history: events
        .filter((event) => event.entityId === row.id)
        .map((event) => ({
          who: event.actor?.name ?? "Someone",
          what: VERB[event.action.replace("reply.", "")] ?? event.action,
          when: event.createdAt.toISOString(),
        })),
    })),
  };
}
