import type { PublicReply } from "@/lib/replies/queries";
import { safeWebsite } from "@/lib/replies/plain-text";
import { MAX_THREAD_DEPTH, type ThreadNode } from "@/lib/replies/thread";
import { getTranslations } from "next-intl/server";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { ReplyBody } from "./reply-body";

function ReplyAuthor({ reply, staffLabel }: { reply: PublicReply; staffLabel: string }) {
  const website = safeWebsite(reply.authorWebsite);
  return (
    <span className="font-semibold">
      {website ? (
        <a href={website} rel="ugc nofollow noopener" className="underline hover:text-accent">
          <bdi>{reply.authorName}</bdi>
        </a>
      ) : (
        <bdi>{reply.authorName}</bdi>
      )}
      {reply.isStaff && (
        <span className="ms-2 rounded bg-ink px-1.5 py-0.5 text-xs font-medium text-paper">{staffLabel}</span>
      )}
    </span>
  );
}

/** Approved replies, threaded. Each is an <article> named by its author for screen readers. */
export async function ReplyList({ replies, canReply }: { replies: ThreadNode<PublicReply>[]; canReply: boolean }) {
  const t = await getTranslations("Replies");
  return (
    <ol className="space-y-6">
      {replies.map((reply) => (
        <li key={reply.id}>
          <article id={`reply-${reply.id}`} aria-label={t("replyBy", { name: reply.authorName })} className="space-y-2">
            <header className="reply-meta">
              <ReplyAuthor reply={reply} staffLabel={t("staff")} />
              <a href={`#reply-${reply.id}`} className="reply-time">
                <ReaderDateTime value={reply.createdAt} withTime />
              </a>
            </header>
            <ReplyBody body={reply.body} />
            {canReply && reply.depth < MAX_THREAD_DEPTH && (
              // Plain links to the form; the form's island turns them into "reply to this".
              <a href="#respond" data-reply-to={reply.id} data-reply-name={reply.authorName} className="reply-to">
                {t.rich("replyTo", { name: reply.authorName, hidden: (chunks) => <span className="sr-only">{chunks}</span>, bdi: (chunks) => <bdi>{chunks}</bdi> })}
              </a>
            )}
          </article>
          {reply.children.length > 0 && (
            <div className="reply-thread">
              <ReplyList replies={reply.children} canReply={canReply} />
            </div>
          )}
        </li>
      ))}
    </ol>
  );
}
