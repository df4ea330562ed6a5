// Comments: reader replies with their threads and moderation status, written in short batches
// through the replies' import entry (lib/replies/import.ts: audit event and expiry with each batch).
import { randomBytes } from "node:crypto";
import { ReplyStatus, db, type Prisma } from "@/lib/db";
import { importReplies, importReplyParents, type ImportedReply } from "@/lib/replies/import";
import { htmlToPlainText, htmlToSingleLine } from "./html-to-document";
import { commentKey, mapCommentStatus, parseWordPressDate } from "./import-mapping";
import type { ImportRun } from "./import-run";
import type { WxrComment, WxrItem } from "./wxr-reader";

export type KeyedComment = { comment: WxrComment; key: string };

/** An id shaped like the database's own (a cuid: "c", the time in base 36, then random hex). */
const newRecordId = () => `c${Date.now().toString(36)}${randomBytes(10).toString("hex")}`;

/** Comments written per transaction: a few milliseconds of SQLite's write lock each. */
const COMMENT_BATCH = 200;

function countComment(run: ImportRun, comment: WxrComment, created: boolean) {
  run.report.comments.found++;
  if (!created) {
    run.report.comments.existing++;
    return;
  }
  run.report.comments.created++;
  const status = mapCommentStatus(comment.approved);
  if (status === ReplyStatus.APPROVED) run.report.comments.approved++;
  else if (status === ReplyStatus.PENDING) run.report.comments.pending++;
  else if (status === ReplyStatus.SPAM) run.report.comments.spam++;
  else run.report.comments.trash++;
}

/** The post's comments not imported yet (counted for the report), and the keys of those that were. */
export async function freshComments(run: ImportRun, item: WxrItem, post: string, postIsNew: boolean): Promise<{ fresh: KeyedComment[]; replyIds: Map<string, string> }> {
  const keyed = item.comments.map((comment) => ({ comment, key: commentKey(post, comment) }));
  const replyIds = new Map<string, string>();
  if (!postIsNew) {
    const keys = keyed.map(({ key }) => key);
    for (let start = 0; start < keys.length; start += 500) {
      const known = await db.importedItem.findMany({ where: { source: run.source, kind: "comment", externalId: { in: keys.slice(start, start + 500) } }, select: { externalId: true, entityId: true } });
      for (const row of known) replyIds.set(row.externalId, row.entityId);
    }
  }
  const fresh: KeyedComment[] = [];
  for (const entry of keyed) {
    if (replyIds.has(entry.key)) countComment(run, entry.comment, false);
    else {
      countComment(run, entry.comment, true);
      fresh.push(entry);
    }
  }
  return { fresh, replyIds };
}

/** New comments of an article imported before (a later export of the same site, or a resumed run). */
export async function importComments(run: ImportRun, item: WxrItem, post: string, articleId: string) {
  if (!item.comments.length) return;
  const { fresh, replyIds } = await freshComments(run, item, post, false);
  if (run.dryRun || !fresh.length) return;
  await writeComments(run, articleId, fresh, replyIds);
}

/**
 * Comments in batches of COMMENT_BATCH, each batch with its ImportedItem rows in one short
 * transaction: on SQLite a transaction holds the only write lock, and one post with 20,000
 * comments written at once kept readers' replies waiting for half a minute. A run stopped between
 * batches resumes with the comments not remembered yet.
 */
export async function writeComments(run: ImportRun, articleId: string, fresh: KeyedComment[], replyIds: Map<string, string>) {
  const waiting: { replyId: string; parent: string }[] = [];
  const rememberedKeys = new Set<string>();
  for (let start = 0; start < fresh.length; start += COMMENT_BATCH) {
    run.throwIfCancelled();
    const batch = fresh.slice(start, start + COMMENT_BATCH);
    // Ids made here, so that a batch is one short transaction (its replies, what is remembered,
    // its audit event) and an answer to a comment of the same batch gets its parent at once: one
    // statement a comment made 20,000 comments take about 50 s.
    const replies: ImportedReply[] = [];
    const remembered: Prisma.ImportedItemCreateManyInput[] = [];
    for (const { comment, key } of batch) {
      const id = newRecordId();
      const date = parseWordPressDate(comment.dateGmt) ?? parseWordPressDate(comment.date) ?? new Date();
      const parent = comment.parent.trim();
      const parentId = parent && parent !== "0" ? (replyIds.get(parent) ?? null) : null;
      replies.push({
        id,
        parentId,
        authorName: htmlToSingleLine(comment.author, 100),
        authorEmail: comment.authorEmail,
        authorWebsite: comment.authorUrl,
        body: htmlToPlainText(comment.content),
        status: mapCommentStatus(comment.approved),
        createdAt: date,
      });
      // The same comment twice in one post (a hand-edited export) is remembered once.
      if (!rememberedKeys.has(key)) {
        rememberedKeys.add(key);
        replyIds.set(key, id);
        remembered.push({ source: run.source, kind: "comment", externalId: key, entityId: id });
      }
      if (parent && parent !== "0" && !parentId) waiting.push({ replyId: id, parent });
    }
    await importReplies(run.actor, articleId, replies, run.source, remembered.length ? [db.importedItem.createMany({ data: remembered })] : []);
  }
  // Answers that came before the comment they answer, in the file.
  for (let start = 0; start < waiting.length; start += COMMENT_BATCH) {
    const links = waiting.slice(start, start + COMMENT_BATCH).flatMap(({ replyId, parent }) => {
      const parentId = replyIds.get(parent);
      return parentId ? [{ replyId, parentId }] : [];
    });
    await importReplyParents(articleId, links);
  }
}
