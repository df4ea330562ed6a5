import "server-only";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db, ReplyStatus } from "@/lib/db";
import { buildThread, type ThreadNode } from "@/lib/replies/thread";

/** What readers see of a reply. The commenter's email address is never selected here. */
export type PublicReply = {
  id: string;
  parentId: string | null;
  authorName: string;
  authorWebsite: string | null;
  body: string;
  createdAt: Date;
  isStaff: boolean;
};

export type ReplyThread = { count: number; replies: ThreadNode<PublicReply>[] };

export const listApprovedReplies = readerQuery("replies", loadApprovedReplies, (articleId) => [cacheTags.replies(articleId)]);

async function loadApprovedReplies(articleId: string): Promise<ReplyThread> {
  const rows = await db.reply.findMany({
    where: { articleId, status: ReplyStatus.APPROVED },
    select: {
      id: true,
      parentId: true,
      authorName: true,
      authorWebsite: true,
      body: true,
      createdAt: true,
      staffUserId: true,
    },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
  });
  const replies = rows.map(({ staffUserId, ...reply }) => ({ ...reply, isStaff: staffUserId !== null }));
  return { count: replies.length, replies: buildThread(replies) };
}
