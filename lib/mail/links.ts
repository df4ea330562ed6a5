// What a signed link in a message does (confirm or unsubscribe): one change to one record, the same
// from the page's button and from a mail program's one-click unsubscribe (RFC 8058).
import { db } from "@/lib/db";
import { authSecret } from "@/lib/secrets";
import { verifyLink, type SignedPurpose } from "./tokens";

export const LINK_DESCRIPTIONS: Record<SignedPurpose, { question: string; button: string; done: string }> = {
  "newsletter-confirm": { question: "Confirm your newsletter subscription.", button: "Confirm subscription", done: "You are subscribed. The next issue will come to your inbox." },
  "newsletter-unsubscribe": { question: "Stop receiving the newsletter?", button: "Unsubscribe", done: "You are unsubscribed from the newsletter, and your address is removed." },
  "reply-confirm": { question: "Receive an email when your comment is approved and when someone replies to it?", button: "Confirm notifications", done: "Confirmed. We will email you when your comment is approved and when someone replies to it." },
  "reply-unsubscribe": { question: "Stop receiving emails about replies to your comments?", button: "Unsubscribe", done: "You will no longer receive emails about replies to your comments." },
  "held-replies-unsubscribe": { question: "Stop receiving emails about replies held for moderation?", button: "Unsubscribe", done: "You will no longer receive emails about held replies. Your profile page can turn them on again." },
  "editorial-unsubscribe": { question: "Stop receiving editorial notices?", button: "Unsubscribe", done: "You will no longer receive editorial notices. Your profile page can turn them on again." },
};

export const EXPIRED_LINK_MESSAGE = "This confirmation link has expired: links to confirm work for 7 days. Nothing was changed.";

export function readSignedLink(value: unknown, now = new Date()) {
  return verifyLink(value, authSecret(), now);
}

/** Apply a signed link. Idempotent: a second click finds it done. */
export async function applySignedLink(value: unknown, now = new Date()): Promise<SignedPurpose | null> {
  const link = readSignedLink(value, now);
  if (!link || link.expired) return null;
  const { purpose, id } = link;
  switch (purpose) {
    case "newsletter-confirm":
      await db.newsletterSubscriber.updateMany({ where: { id, confirmedAt: null }, data: { confirmedAt: now } });
      break;
    case "newsletter-unsubscribe":
      await db.newsletterSubscriber.deleteMany({ where: { id } });
      break;
    case "reply-confirm": {
      // Every comment of this address waiting for confirmation (only one message was sent for them).
      const reply = await db.reply.findUnique({ where: { id }, select: { authorEmail: true } });
      if (reply) await db.reply.updateMany({ where: { authorEmail: reply.authorEmail, notifyRequested: true, notifyConfirmedAt: null }, data: { notifyConfirmedAt: now } });
      break;
    }
    case "reply-unsubscribe": {
      // Every comment of this address: one click ends them all.
      const reply = await db.reply.findUnique({ where: { id }, select: { authorEmail: true } });
      if (reply) await db.reply.updateMany({ where: { authorEmail: reply.authorEmail, notifyRequested: true }, data: { notifyRequested: false, notifyConfirmedAt: null } });
      break;
    }
    case "held-replies-unsubscribe":
      await db.user.updateMany({ where: { id }, data: { notifyHeldReplies: false } });
      break;
    case "editorial-unsubscribe":
      await db.user.updateMany({ where: { id }, data: { notifyEditorial: false } });
      break;
  }
  return purpose;
}
