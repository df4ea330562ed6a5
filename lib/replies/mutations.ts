import "server-only";
// Posting a reply. Every reply that passes validation is stored, with its status and the reasons for
// it; only duplicates and rate-limited ones are refused, with a message that says why.
import { publishedWhere } from "@/lib/articles/visibility";
import type { SessionUser } from "@/lib/auth/session";
import { ReplyStatus, db } from "@/lib/db";
import { MAX_THREAD_DEPTH } from "./thread";
import { consumeReplyAllowance } from "./rate-limit";
import { classifyReply } from "./rules";
import type { ReplyInput } from "./schemas";
import { getReplySettings, repliesAreOpen } from "./settings";
import { hashIp, secondsSinceToken } from "./token";

export type PostReplyResult =
  | { ok: true; reply: { id: string; status: ReplyStatus; authorName: string; body: string; createdAt: Date; parentId: string | null } }
  | { ok: false; code: "closed" | "not-found" | "parent" | "duplicate" | "rate-limited"; message: string; retryAfterSeconds?: number };

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

export async function postReply(
  articleId: string,
  input: ReplyInput,
  sender: { ip: string; userAgent: string | null; staff: SessionUser | null },
): Promise<PostReplyResult> {
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, publishedWhere()] },
    select: { id: true, repliesOpen: true, publishedAt: true },
  });
  if (!article) return { ok: false, code: "not-found", message: "This article is not available." };
  const settings = await getReplySettings();
  if (!repliesAreOpen(article, settings)) return { ok: false, code: "closed", message: "Comments are closed." };

  if (input.parentId) {
    const parent = await db.reply.findFirst({ where: { id: input.parentId, articleId, status: ReplyStatus.APPROVED }, select: { id: true } });
    if (!parent) return { ok: false, code: "parent", message: "The reply you are answering is no longer there." };
    if ((await depthOf(parent.id)) >= MAX_THREAD_DEPTH) {
      return { ok: false, code: "parent", message: `Threads go ${MAX_THREAD_DEPTH} levels deep; answer higher up instead.` };
    }
  }

  const duplicate = await db.reply.findFirst({
    where: { articleId, authorEmail: input.email, body: input.body, createdAt: { gte: new Date(Date.now() - DUPLICATE_WINDOW_MS) } },
    select: { id: true },
  });
  if (duplicate) return { ok: false, code: "duplicate", message: "You have already posted this comment. It will not be posted twice." };

  const ipHash = hashIp(sender.ip);
  if (!sender.staff) {
    const wait = await consumeReplyAllowance(ipHash, input.email);
    if (wait > 0) {
      return {
        ok: false,
        code: "rate-limited",
        retryAfterSeconds: wait,
        message: `You are posting too quickly. Please wait ${wait} second${wait === 1 ? "" : "s"} and post again; your comment is still here.`,
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
          secondsSinceFormOpened: secondsSinceToken(input.token, articleId),
          knownCommenter: (await db.reply.count({ where: { authorEmail: input.email, status: ReplyStatus.APPROVED } })) > 0,
        },
        settings,
      );

  const reply = await db.reply.create({
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
      holdReasons: { create: reasons },
    },
    select: { id: true, status: true, authorName: true, body: true, createdAt: true, parentId: true },
  });
  return { ok: true, reply };
}
