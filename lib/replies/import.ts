// Readers' replies brought in from elsewhere (the WordPress importer's comments,
// lib/wordpress/import-comments.ts): the import's entry into the replies' write path. Replies come in
// batches (one transaction each, a few milliseconds of SQLite's write lock), each batch with one
// audit event, and the article's thread expires when an approved reply joins it, as a reader's
// reply does (./mutations.ts). What a reader's form refuses (an empty name, an unreadable address) is
// normalised rather than refused: an export's comments are all kept. No "server-only": the command
// line imports too (docs/decisions/045-imports-through-the-domains.md).
import { ReplyStatus, db, type Prisma } from "@/lib/db";
import { importAuditDetail, type ImportActor } from "@/lib/import-actor";
import { expireThreadOf } from "./expiry";
import { REPLY_NAME_MAX, REPLY_WEBSITE_PATTERN } from "./limits";

export type ImportedReply = {
  /** Made by the caller (cuid-shaped), so that an answer in the same batch can name its parent. */
  id: string;
  parentId: string | null;
  authorName: string;
  authorEmail: string;
  authorWebsite: string;
  body: string;
  status: ReplyStatus;
  createdAt: Date;
};

/** The reply form's rules for each field (./schemas.ts), applied rather than refused. */
function normalised(articleId: string, reply: ImportedReply): Prisma.ReplyCreateManyInput {
  const website = reply.authorWebsite.trim();
  return {
    id: reply.id,
    articleId,
    parentId: reply.parentId,
    authorName: reply.authorName.trim().slice(0, REPLY_NAME_MAX) || "Anonymous",
    authorEmail: reply.authorEmail.trim().toLowerCase().slice(0, 254),
    authorWebsite: REPLY_WEBSITE_PATTERN.test(website) ? website.slice(0, 200) : null,
    // Never cut: the form's length bound is for new replies, and nothing a reader wrote is lost.
    body: reply.body.trim() || "(empty comment)",
    status: reply.status,
    createdAt: reply.createdAt,
    // Moderated when it was written (WordPress keeps no other time); pending ones wait for a moderator.
    moderatedAt: reply.status === ReplyStatus.PENDING ? null : reply.createdAt,
  };
}

/**
 * Write one batch of an article's replies, with `alongside` (the importer's own records of where
 * each came from) in the same transaction, and one audit event for the batch.
 */
export async function importReplies(
  actor: ImportActor,
  articleId: string,
  replies: ImportedReply[],
  source: string,
  alongside: Prisma.PrismaPromise<unknown>[] = [],
): Promise<void> {
  if (!replies.length) return;
  await db.$transaction([
    db.reply.createMany({ data: replies.map((reply) => normalised(articleId, reply)) }),
    ...alongside,
    db.auditEvent.create({
      data: { actorId: actor?.id ?? null, action: "reply.import", entityType: "article", entityId: articleId, detail: importAuditDetail(`${replies.length} ${replies.length === 1 ? "reply" : "replies"}`, source, actor) },
    }),
  ]);
  if (replies.some((reply) => reply.status === ReplyStatus.APPROVED)) await expireThreadOf(articleId);
}

/** Answers that came before the reply they answer: their parents, once both are written. */
export async function importReplyParents(articleId: string, links: { replyId: string; parentId: string }[]): Promise<void> {
  if (!links.length) return;
  await db.$transaction(async (tx) => {
    for (const { replyId, parentId } of links) await tx.reply.update({ where: { id: replyId }, data: { parentId }, select: { id: true } });
  });
  await expireThreadOf(articleId);
}
