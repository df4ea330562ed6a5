import "server-only";
// Posting a reply. Every reply that passes validation is stored, with its status and the reasons for
// it; only duplicates and rate-limited ones are refused, with a message that says why.
import { publishedWhere } from "@/lib/articles/visibility";
import type { SessionUser } from "@/lib/auth/session";
import { ReplyStatus, db } from "@/lib/db";
import { addressKey } from "@/lib/client-address";
import { expireThreads } from "./expiry";
import { isStaffName } from "@/lib/users/queries";
import { MAX_THREAD_DEPTH } from "./thread";
import { consumeReplyAllowance, consumeTokenUse } from "./rate-limit";
import { classifyReply, type FormTiming } from "./rules";
import type { ReplyInput } from "./schemas";
import { getReplySettings, repliesAreOpen } from "./settings";
import { replyApproved, requestReplyNotifications } from "./notifications";
import { hashIp, issueReplyToken, readReplyToken } from "./token";
import { REPLY_ANSWERS, rateLimitedAnswer } from "./reader-messages";
import { REPLY_NOT_FOUND_MESSAGE } from "./outcomes";

export type PostReplyResult =
  | { ok: true; reply: { id: string; status: ReplyStatus; authorName: string; body: string; createdAt: Date; parentId: string | null } }
  | {
      ok: false;
      code: "closed" | "not-found" | "parent" | "duplicate" | "rate-limited" | "staff-name";
      message: string;
      retryAfterSeconds?: number;
      fieldErrors?: Record<string, string[]>;
    };

const DUPLICATE_WINDOW_MS = 24 * 60 * 60 * 1000;

async function depthOf(replyId: string): Promise<number> {
  let depth = 1;
  let current = await db.reply.findUnique({ where: { id: replyId }, select: { parentId: true } });
  while (current?.parentId && depth < MAX_THREAD_DEPTH + 1) {
    depth++;
    current = await db.reply.findUnique({ where: { id: current.parentId }, select: { parentId: true } });
  }
  return depth;
}

/** How long the reply took to write, from its token; a timing token counts one of its uses. */
async function timingOf(token: string, articleId: string): Promise<FormTiming> {
  const reading = readReplyToken(token, articleId);
  switch (reading.kind) {
    case "timed":
      return (await consumeTokenUse(token)) ? reading : { kind: "untimed", why: "worn-out" };
    // The page's token is every reader's: counting its uses would refuse the sixth reader.
    case "page":
      return { kind: "untimed", why: "no-script" };
    case "stale":
      return { kind: "untimed", why: "stale" };
    case "missing":
      return reading;
  }
}

/** The article a reader may reply to now: published, with replies open. */
async function findOpenArticle(articleId: string) {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, publishedWhere()] },
    select: { id: true, slug: true, repliesOpen: true, publishedAt: true },
  });
  if (!article) return { ok: false as const, code: "not-found" as const, message: REPLY_NOT_FOUND_MESSAGE };
  const settings = await getReplySettings();
  if (!repliesAreOpen(article, settings)) return { ok: false as const, code: "closed" as const, message: REPLY_ANSWERS.closed };
  return { ok: true as const, article, settings };
}

/** A timing token for the reply form, only for an article that takes replies now. */
export async function issueTokenForArticle(articleId: string): Promise<string | null> {
  return (await findOpenArticle(articleId)).ok ? issueReplyToken(articleId) : null;
}


/**
 * A burst of readers replying at once (a story everyone reads) queues for the database's connections
 * instead of failing: Prisma's default of 2 s to start a transaction is shorter than such a queue on
 * PostgreSQL's pool of ten, and nothing a reader sent may be lost (e2e/concurrency.spec.ts).
 */
const REPLY_TRANSACTION = { maxWait: 10_000, timeout: 15_000 };
export async function postReply(
  articleId: string,
  input: ReplyInput,
  sender: { ip: string; userAgent: string | null; staff: SessionUser | null },
): Promise<PostReplyResult> {
  const open = await findOpenArticle(articleId);
  if (!open.ok) return open;
  const { article, settings } = open;

  if (!sender.staff && (await isStaffName(input.name))) {
    const message = REPLY_ANSWERS.staffName;
    return { ok: false, code: "staff-name", message, fieldErrors: { name: [message] } };
  }

  if (input.parentId) {
    const parent = await db.reply.findFirst({ where: { id: input.parentId, articleId, status: ReplyStatus.APPROVED }, select: { id: true } });
    if (!parent) return { ok: false, code: "parent", message: REPLY_ANSWERS.parentGone };
    if ((await depthOf(parent.id)) >= MAX_THREAD_DEPTH) {
      return { ok: false, code: "parent", message: REPLY_ANSWERS.tooDeep };
    }
  }

  const duplicate = await db.reply.findFirst({
    where: { articleId, authorEmail: input.email, body: input.body, createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) } },
    select: { id: true },
  });
  if (duplicate) return { ok: false, code: "duplicate", message: REPLY_ANSWERS.duplicate };

  // IPv6 counts per /64, as sign-in does: one subscriber owns the whole block.
  const ipHash = hashIp(addressKey(sender.ip));
  if (!sender.staff) {
    const wait = await consumeReplyAllowance(ipHash, input.email);
    if (wait > 0) {
      return {
        ok: false,
        code: "rate-limited",
        retryAfterSeconds: wait,
        message: rateLimitedAnswer(wait),
      };
    }
  }

  const { status, reasons } = sender.staff
    ? { status: ReplyStatus.APPROVED, reasons: [] }
    : classifyReply(
        {
          name: input.name,
          email: input.email,
          website: input.website,
          body: input.body,
          honeypot: input.company,
          timing: await timingOf(input.token, articleId),
          knownCommenter: (await db.reply.count({ where: { authorEmail: input.email, status: ReplyStatus.APPROVED } })) > 0,
        },
        settings,
      );

  const reply = await db.$transaction(async (tx) => {
    const created = await tx.reply.create({
      data: {
        articleId,
        parentId: input.parentId,
        authorName: input.name,
        authorEmail: input.email,
        authorWebsite: input.website,
        body: input.body,
        status,
        ipHash,
        userAgent: sender.userAgent?.slice(0, 500) ?? null,
        staffUserId: sender.staff?.id ?? null,
        notifyRequested: input.notifyReplies && status !== ReplyStatus.SPAM,
        holdReasons: { create: reasons },
      },
      select: { id: true, status: true, authorName: true, body: true, createdAt: true, parentId: true, article: { select: { title: true } } },
    });
    // A robot's reply (spam) sends nobody a message.
    if (input.notifyReplies && status !== ReplyStatus.SPAM) {
      const confirmedAt = await requestReplyNotifications(tx, { id: created.id, authorName: input.name, authorEmail: input.email, articleTitle: created.article.title });
      if (confirmedAt) await tx.reply.update({ where: { id: created.id }, data: { notifyConfirmedAt: confirmedAt } });
    }
    if (status === ReplyStatus.APPROVED) await replyApproved(tx, created.id, { byModerator: false });
    return { id: created.id, status: created.status, authorName: created.authorName, body: created.body, createdAt: created.createdAt, parentId: created.parentId };
  }, REPLY_TRANSACTION);
  // An approved reply is in the article page from the next request on (at once for its author), as
  // one that a moderator approves.
  if (reply.status === ReplyStatus.APPROVED) expireThreads([article]);
  return { ok: true, reply };
}
