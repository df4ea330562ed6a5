// Moderators hear about held replies in batches: at most one message per moderator per N minutes
// (dashboard setting), with the number waiting and the first few. The moderator's row is the claim:
// the message is written in the same transaction as moving their `heldRepliesNoticeAt` on from the
// value this worker read, so two instances never send the same batch.
import { PERMISSIONS } from "@/lib/auth/permissions";
import { db } from "@/lib/db";
import { queueMail, siteLink } from "./outbox";
import type { MailSettings } from "./settings";
import { signLink } from "./tokens";
import { authSecret } from "@/lib/secrets";
import { pluralize } from "@/lib/format-core";

const FIRST_FEW = 3;

function excerpt(text: string, length = 140): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

export async function queueHeldReplyNotices(settings: MailSettings, now = new Date()): Promise<number> {
  // Replies dated in the future (imported or demo data) count from their date on.
  const newest = await db.reply.findFirst({ where: { status: "PENDING", createdAt: { lte: now } }, orderBy: { createdAt: "desc" }, select: { createdAt: true } });
  if (!newest) return 0;
  const cutoff = new Date(now.getTime() - settings.heldRepliesMinutes * 60_000);
  const moderators = await db.user.findMany({
    where: {
      active: true,
      notifyHeldReplies: true,
      role: { in: [...PERMISSIONS["reply:moderate"]] },
      OR: [{ heldRepliesNoticeAt: null }, { heldRepliesNoticeAt: { lte: cutoff } }],
    },
    select: { id: true, email: true, name: true, createdAt: true, heldRepliesNoticeAt: true },
    take: 500,
  });
  let queued = 0;
  for (const moderator of moderators) {
    const since = moderator.heldRepliesNoticeAt ?? moderator.createdAt;
    if (newest.createdAt <= since) continue;
    const where = { status: "PENDING" as const, createdAt: { gt: since, lte: now } };
    const [fresh, waiting, first] = await Promise.all([
      db.reply.count({ where }),
      db.reply.count({ where: { status: "PENDING" } }),
      db.reply.findMany({
        where,
        orderBy: { createdAt: "asc" },
        take: FIRST_FEW,
        select: { authorName: true, body: true, article: { select: { title: true } } },
      }),
    ]);
    if (fresh === 0) continue;
    const sent = await db.$transaction(async (tx) => {
      const moved = await tx.user.updateMany({ where: { id: moderator.id, heldRepliesNoticeAt: moderator.heldRepliesNoticeAt }, data: { heldRepliesNoticeAt: now } });
      if (moved.count === 0) return false; // another instance sent this batch
      const unsubscribeUrl = siteLink("/email/unsubscribe", { t: signLink("held-replies-unsubscribe", moderator.id, authSecret()) });
      await queueMail(tx, {
        kind: "held-replies",
        to: moderator.email,
        content: {
          subject: `${pluralize(fresh, "new reply is", "new replies are")} waiting for moderation`,
          paragraphs: [
            `Hello ${moderator.name},`,
            `${pluralize(fresh, "new reply has", "new replies have")} been held for moderation (${waiting} waiting in all).${fresh > first.length ? ` The first ${first.length}:` : ""}`,
          ],
          items: first.map((reply) => ({ title: `${reply.authorName} on “${reply.article.title}”`, detail: excerpt(reply.body) })),
          action: { label: "Open the moderation queue", url: siteLink("/dashboard/moderation") },
          reason: `You receive this at most once every ${settings.heldRepliesMinutes} minutes because you moderate replies. Turn it off on your profile page.`,
          unsubscribeUrl,
        },
      });
      return true;
    });
    if (sent) queued++;
  }
  return queued;
}
