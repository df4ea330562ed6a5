import "server-only";
// The moves moderators make on replies, each recorded with who and when, and undo of the last move.
import { randomUUID } from "node:crypto";
import type { SessionUser } from "@/lib/auth/session";
import { ReplyStatus, db } from "@/lib/db";
import { expireThreads } from "./expiry";
import { replyApproved } from "./notifications";
import type { ModerationAction } from "./schemas";

function targetStatus(action: ModerationAction, current: ReplyStatus): ReplyStatus | null {
  switch (action) {
    case "approve":
      return current === "APPROVED" ? null : "APPROVED";
    case "unapprove":
      return current === "APPROVED" ? "PENDING" : null;
    case "spam":
      return current === "SPAM" ? null : "SPAM";
    case "notspam":
      return current === "SPAM" ? "PENDING" : null;
    case "trash":
      return current === "TRASH" ? null : "TRASH";
    default:
      return null;
  }
}

/** The article pages whose replies (and reply counts) changed, at once. */
function expireRepliesOf(touched: Map<string, string>): void {
  expireThreads([...touched].map(([id, slug]) => ({ id, slug })));
}

export type ModerationResult = { ok: true; count: number; articleSlugs: string[]; articleIds: string[]; undoable: boolean } | { ok: false; message: string };

/** Apply one action to some replies. Each change is an audit event in one batch, which undo reverses. */
export async function moderate(user: SessionUser, action: ModerationAction, replyIds: string[]): Promise<ModerationResult> {
  const replies = await db.reply.findMany({
    where: { id: { in: replyIds } },
    select: { id: true, status: true, parentId: true, articleId: true, article: { select: { slug: true } } },
  });
  const batch = randomUUID();
  const touched = new Map<string, string>();
  let count = 0;

  if (action === "delete") {
    const trashed = replies.filter((reply) => reply.status === "TRASH");
    if (trashed.length === 0) return { ok: false, message: "Only replies in the trash can be deleted permanently." };
    for (const reply of trashed) {
      await db.$transaction([
        // Answers to a deleted reply move up a level rather than disappearing with it.
        db.reply.updateMany({ where: { parentId: reply.id }, data: { parentId: reply.parentId } }),
        db.reply.delete({ where: { id: reply.id } }),
        db.auditEvent.create({ data: { actorId: user.id, action: "reply.delete", entityType: "reply", entityId: reply.id, detail: JSON.stringify({ batch }) } }),
      ]);
      touched.set(reply.articleId, reply.article.slug);
      count++;
    }
    expireRepliesOf(touched);
    return { ok: true, count, articleIds: [...touched.keys()], articleSlugs: [...touched.values()], undoable: false };
  }

  const now = new Date();
  for (const reply of replies) {
    let to: ReplyStatus | null;
    if (action === "restore") {
      if (reply.status !== "TRASH") continue;
      // Back to where it was before it was trashed.
      const trashedEvent = await db.auditEvent.findFirst({
        where: { entityType: "reply", entityId: reply.id, action: "reply.trash" },
        orderBy: { createdAt: "desc" },
        select: { detail: true },
      });
      to = (JSON.parse(trashedEvent?.detail || "{}") as { from?: ReplyStatus }).from ?? "PENDING";
    } else {
      to = targetStatus(action, reply.status);
    }
    if (!to) continue;
    const status = to;
    await db.$transaction(async (tx) => {
      await tx.reply.update({ where: { id: reply.id }, data: { status, moderatedById: user.id, moderatedAt: now } });
      await tx.auditEvent.create({
        data: { actorId: user.id, action: `reply.${action}`, entityType: "reply", entityId: reply.id, detail: JSON.stringify({ batch, from: reply.status, to: status }) },
      });
      // The commenter and the person they answered hear of it (if they asked), with the approval.
      if (status === "APPROVED") await replyApproved(tx, reply.id, { byModerator: true });
    });
    touched.set(reply.articleId, reply.article.slug);
    count++;
  }
  expireRepliesOf(touched);
  return { ok: true, count, articleIds: [...touched.keys()], articleSlugs: [...touched.values()], undoable: count > 0 };
}

/** Reverse this moderator's last batch of changes (not permanent deletions, which cannot be undone). */
export async function undoLast(user: SessionUser): Promise<ModerationResult> {
  const last = await db.auditEvent.findFirst({
    where: { actorId: user.id, entityType: "reply", action: { in: ["reply.approve", "reply.unapprove", "reply.spam", "reply.notspam", "reply.trash", "reply.restore", "reply.delete", "reply.undo"] } },
    orderBy: { createdAt: "desc" },
    select: { action: true, detail: true },
  });
  if (!last || last.action === "reply.undo") return { ok: false, message: "There is nothing to undo." };
  if (last.action === "reply.delete") return { ok: false, message: "Deleting permanently cannot be undone." };
  const { batch } = JSON.parse(last.detail) as { batch: string };
  const events = await db.auditEvent.findMany({
    where: { actorId: user.id, entityType: "reply", detail: { contains: batch } },
    select: { entityId: true, detail: true },
  });
  const touched = new Map<string, string>();
  const now = new Date();
  let count = 0;
  for (const event of events) {
    const { from } = JSON.parse(event.detail) as { from: ReplyStatus };
    const reply = await db.reply.findUnique({ where: { id: event.entityId }, select: { status: true, articleId: true, article: { select: { slug: true } } } });
    if (!reply) continue;
    await db.$transaction([
      db.reply.update({ where: { id: event.entityId }, data: { status: from, moderatedById: user.id, moderatedAt: now } }),
      db.auditEvent.create({
        data: { actorId: user.id, action: "reply.undo", entityType: "reply", entityId: event.entityId, detail: JSON.stringify({ batch, from: reply.status, to: from }) },
      }),
    ]);
    touched.set(reply.articleId, reply.article.slug);
    count++;
  }
  expireRepliesOf(touched);
  return { ok: true, count, articleIds: [...touched.keys()], articleSlugs: [...touched.values()], undoable: false };
}

export async function editReply(
  user: SessionUser,
  input: { replyId: string; name: string; email: string; website: string | null; body: string },
): Promise<{ ok: true; articleId: string; slug: string } | { ok: false; message: string }> {
  const reply = await db.reply.findUnique({ where: { id: input.replyId }, select: { articleId: true, article: { select: { slug: true } } } });
  if (!reply) return { ok: false, message: "That reply no longer exists." };
  await db.$transaction([
    db.reply.update({
      where: { id: input.replyId },
      data: { authorName: input.name, authorEmail: input.email, authorWebsite: input.website, body: input.body },
    }),
    db.auditEvent.create({ data: { actorId: user.id, action: "reply.edit", entityType: "reply", entityId: input.replyId } }),
  ]);
  expireRepliesOf(new Map([[reply.articleId, reply.article.slug]]));
  return { ok: true, articleId: reply.articleId, slug: reply.article.slug };
}

/** A staff member's answer: approved at once, signed with their name. */
export async function staffReply(user: SessionUser, replyId: string, body: string) {
  const parent = await db.reply.findUnique({ where: { id: replyId }, select: { articleId: true, article: { select: { slug: true } } } });
  if (!parent) return { ok: false as const, message: "That reply no longer exists." };
  const created = await db.$transaction(async (tx) => {
    const answer = await tx.reply.create({
      data: {
        articleId: parent.articleId,
        parentId: replyId,
        authorName: user.name,
        authorEmail: user.email,
        body,
        status: ReplyStatus.APPROVED,
        staffUserId: user.id,
        moderatedById: user.id,
        moderatedAt: new Date(),
      },
      select: { id: true },
    });
    await replyApproved(tx, answer.id, { byModerator: false });
    return answer;
  });
  await db.auditEvent.create({ data: { actorId: user.id, action: "reply.reply", entityType: "reply", entityId: replyId, detail: created.id } });
  expireRepliesOf(new Map([[parent.articleId, parent.article.slug]]));
  return { ok: true as const, articleId: parent.articleId, slug: parent.article.slug };
}
