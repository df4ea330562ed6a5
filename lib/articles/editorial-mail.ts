// Editorial notices, written in the transaction that moves the article: editors hear when an article
// is submitted for review; everyone on its byline with a login hears when an editor publishes, schedules or sends it back,
// with the editor's note. Nobody is told about their own move. Each message carries a one-click
// unsubscribe (the profile page has the same switch).
import { PERMISSIONS } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { ArticleStatus, type Prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import { queueMail, siteLink, type OutgoingMail } from "@/lib/mail/outbox";
import { signLink } from "@/lib/mail/tokens";
import { authSecret } from "@/lib/secrets";
import type { ArticleIntent } from "./schemas";

type Move = {
  user: SessionUser;
  intent: ArticleIntent;
  articleId: string;
  title: string;
  previousStatus: ArticleStatus | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  note: string | null;
  authorId: string;
};

function notice(to: { id: string; email: string }, subject: string, paragraphs: string[], action: { label: string; url: string }): OutgoingMail {
  return {
    kind: "editorial",
    to: to.email,
    content: {
      subject,
      paragraphs,
      action,
      reason: "You receive editorial notices as a member of the newsroom. Turn them off on your profile page.",
      unsubscribeUrl: siteLink("/email/unsubscribe", { t: signLink("editorial-unsubscribe", to.id, authSecret()) }),
    },
  };
}

export async function editorialMails(tx: Prisma.TransactionClient, move: Move): Promise<void> {
  const editUrl = siteLink(`/dashboard/articles/${move.articleId}/edit`);
  const note = move.note ? [`${move.user.name}'s note:`, move.note] : [];

  if (move.intent === "submit" && move.previousStatus !== ArticleStatus.IN_REVIEW) {
    const editors = await tx.user.findMany({
      where: { active: true, notifyEditorial: true, role: { in: [...PERMISSIONS["article:publish"]] }, id: { not: move.user.id } },
      select: { id: true, email: true },
      take: 200,
    });
    await queueMail(
      tx,
      ...editors.map((editor) =>
        notice(editor, `Submitted for review: ${move.title}`, [`${move.user.name} submitted “${move.title}” for review.`], { label: "Review the article", url: editUrl }),
      ),
    );
    return;
  }

  // Everyone on the byline who has a login (the bylines were written earlier in this transaction),
  // and the article's author of record should the byline not name them.
  const bylines = await tx.author.findMany({
    where: { OR: [{ id: move.authorId }, { bylines: { some: { articleId: move.articleId } } }], user: { active: true, notifyEditorial: true, id: { not: move.user.id } } },
    select: { user: { select: { id: true, email: true } } },
    take: 50,
  });
  const recipients = [...new Map(bylines.flatMap((author) => (author.user ? [[author.user.id, author.user] as const] : []))).values()];
  if (recipients.length === 0) return;
  const toEach = (write: (to: { id: string; email: string }) => OutgoingMail) => queueMail(tx, ...recipients.map(write));

  const wasPublic = move.previousStatus === ArticleStatus.PUBLISHED || move.previousStatus === ArticleStatus.SCHEDULED;
  if (move.intent === "publish" && !wasPublic) {
    await toEach((to) => notice(to, `Published: ${move.title}`, [`${move.user.name} published “${move.title}”. It is live on the site now.`, ...note], { label: "Read it on the site", url: editUrl }));
  } else if (move.intent === "schedule" && move.publishedAt) {
    const goesLive = formatDateTime(move.publishedAt);
    await toEach((to) =>
      notice(to, `Scheduled: ${move.title}`, [`${move.user.name} scheduled “${move.title}” to go live on ${goesLive}.`, ...note], { label: "Open the article", url: editUrl }),
    );
  } else if (move.intent === "unpublish" && move.previousStatus === ArticleStatus.IN_REVIEW) {
    await toEach((to) =>
      notice(to, `Sent back: ${move.title}`, [`${move.user.name} sent “${move.title}” back to you as a draft.`, ...(note.length ? note : ["There was no note."])], { label: "Open the draft", url: editUrl }),
    );
  }
}
