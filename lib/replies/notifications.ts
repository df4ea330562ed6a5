// Emails to readers about their own comments, after a double opt-in: "Notify me of replies to my
// comment" sends a confirmation link first; once confirmed, one message when the comment is
// approved and one for each approved answer to it, each with one-click unsubscribe. The reader's
// address appears only in the outbox, never on a page. Each notice has a dedupe key: approving,
// unapproving and approving again does not send a second message.
import { ReplyStatus, type Prisma } from "@/lib/db";
import { queueMail, siteLink } from "@/lib/mail/outbox";
import { signLink } from "@/lib/mail/tokens";
import { authSecret } from "@/lib/secrets";

function excerpt(text: string, length = 200): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

const unsubscribe = (replyId: string) => siteLink("/email/unsubscribe", { t: signLink("reply-unsubscribe", replyId, authSecret()) });

/**
 * Called when a reader asks for notifications on a new reply. Confirmed at once if this address has
 * confirmed before; otherwise a confirmation message, unless one is already waiting (one click then
 * confirms every comment of the address), so the form cannot be used to flood someone's inbox.
 */
export async function requestReplyNotifications(tx: Prisma.TransactionClient, reply: { id: string; authorName: string; authorEmail: string; articleTitle: string }, now = new Date()): Promise<Date | null> {
  const confirmedBefore = await tx.reply.findFirst({ where: { authorEmail: reply.authorEmail, notifyRequested: true, notifyConfirmedAt: { not: null } }, select: { id: true } });
  if (confirmedBefore) return now;
  const waiting = await tx.reply.findFirst({
    where: { authorEmail: reply.authorEmail, notifyRequested: true, notifyConfirmedAt: null, createdAt: { gte: new Date(now.getTime() - 24 * 60 * 60 * 1000) }, id: { not: reply.id } },
    select: { id: true },
  });
  if (waiting) return null;
  await queueMail(tx, {
    kind: "reply-confirm",
    to: reply.authorEmail,
    content: {
      subject: `Confirm notifications about your comment on “${reply.articleTitle}”`,
      paragraphs: [
        `Hello ${reply.authorName},`,
        `You asked to be told when your comment on “${reply.articleTitle}” is approved and when someone replies to it. Confirm with this link; if it was not you, ignore this message and you will receive nothing more.`,
      ],
      action: { label: "Confirm notifications", url: siteLink("/email/confirm", { t: signLink("reply-confirm", reply.id, authSecret()) }) },
    },
  });
  return null;
}

const noticeSelect = {
  id: true,
  authorName: true,
  authorEmail: true,
  body: true,
  notifyRequested: true,
  notifyConfirmedAt: true,
  article: { select: { title: true, slug: true } },
} satisfies Prisma.ReplySelect;

/** A reply has just become APPROVED (by a moderator, or at once): tell its author and the author of what it answers. */
export async function replyApproved(tx: Prisma.TransactionClient, replyId: string, options: { byModerator: boolean }): Promise<void> {
  const reply = await tx.reply.findUnique({ where: { id: replyId }, select: { ...noticeSelect, status: true, parent: { select: noticeSelect } } });
  if (!reply || reply.status !== ReplyStatus.APPROVED) return;
  const articleUrl = (id: string) => siteLink(`/articles/${reply.article.slug}`) + `#reply-${id}`;
  const mails: Parameters<typeof queueMail>[1][] = [];
  if (options.byModerator && reply.notifyRequested && reply.notifyConfirmedAt) {
    mails.push({
      kind: "reply-notice",
      to: reply.authorEmail,
      dedupeKey: `reply-approved:${reply.id}`,
      content: {
        subject: `Your comment on “${reply.article.title}” is published`,
        paragraphs: [`Hello ${reply.authorName},`, `Your comment on “${reply.article.title}” has been approved and is on the site now:`, excerpt(reply.body)],
        action: { label: "See your comment", url: articleUrl(reply.id) },
        reason: "You asked to be told about your comment.",
        unsubscribeUrl: unsubscribe(reply.id),
      },
    });
  }
  const parent = reply.parent;
  if (parent && parent.notifyRequested && parent.notifyConfirmedAt && parent.authorEmail !== reply.authorEmail) {
    mails.push({
      kind: "reply-notice",
      to: parent.authorEmail,
      dedupeKey: `reply-answer:${reply.id}`,
      content: {
        subject: `${reply.authorName} replied to your comment on “${reply.article.title}”`,
        paragraphs: [`Hello ${parent.authorName},`, `${reply.authorName} replied to your comment on “${reply.article.title}”:`, excerpt(reply.body)],
        action: { label: "Read the reply", url: articleUrl(reply.id) },
        reason: "You asked to be told about replies to your comment.",
        unsubscribeUrl: unsubscribe(parent.id),
      },
    });
  }
  for (const mail of mails) {
    // Once per key, ever: a re-approval finds the first message there.
    if (await tx.outboxMessage.findUnique({ where: { dedupeKey: mail.dedupeKey! }, select: { id: true } })) continue;
    await queueMail(tx, mail);
  }
}
