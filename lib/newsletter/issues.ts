// Building and sending newsletter issues. For each frequency, when an issue is due (schedule.ts) and
// no row exists for its period, the issue and one outbox message per confirmed subscriber are written
// in one transaction. `NewsletterIssue.period` is unique: if another instance wrote the same period
// first, this transaction fails on the key and writes nothing, so each issue goes out once.
import { publishedWhere } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { composeMail } from "@/lib/mail/compose";
import { outboxRow, siteIdentity, siteLink } from "@/lib/mail/outbox";
import type { MailSettings } from "@/lib/mail/settings";
import { signLink } from "@/lib/mail/tokens";
import { formatDate } from "@/lib/format";
import { authSecret } from "@/lib/secrets";
import { FREQUENCIES, dueIssue, issueWindow, type Frequency } from "./schedule";

const MAX_ARTICLES = 30;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: string })?.code === "P2002" || /unique/i.test(String((error as Error)?.message));
}

export async function queueNewsletterIssues(settings: MailSettings, now = new Date()): Promise<number> {
  let sent = 0;
  for (const frequency of FREQUENCIES) {
    const due = dueIssue(now, frequency, { hour: settings.newsletterHour, weekday: settings.newsletterWeekday }, env.SITE_TIME_ZONE);
    if (!due) continue;
    if (await db.newsletterIssue.findUnique({ where: { period: due.period }, select: { id: true } })) continue;
    try {
      sent += await writeIssue(frequency, due.period, due.scheduledAt, now);
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  return sent;
}

async function writeIssue(frequency: Frequency, period: string, scheduledAt: Date, now: Date): Promise<number> {
  const previous = await db.newsletterIssue.findFirst({ where: { frequency }, orderBy: { periodEnd: "desc" }, select: { periodEnd: true } });
  const window = issueWindow(frequency, now, previous?.periodEnd ?? null);
  const articles = await db.article.findMany({
    where: { AND: [publishedWhere(window.end), { publishedAt: { gt: window.start } }] },
    orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
    take: MAX_ARTICLES,
    select: { title: true, slug: true, standfirst: true, author: { select: { displayName: true } } },
  });
  const subscribers = articles.length
    ? await db.newsletterSubscriber.findMany({ where: { frequency, confirmedAt: { not: null } }, select: { id: true, email: true } })
    : [];
  const label = frequency === "DAILY" ? "Daily" : "Weekly";
  const subject = `${env.SITE_NAME} ${label}: ${formatDate(scheduledAt)}`;
  const content = {
    subject,
    paragraphs: [
      articles.length === 1
        ? `One article published since the last issue:`
        : `${articles.length} articles published since the last issue:`,
    ],
    items: articles.map((article) => ({
      title: article.title,
      url: siteLink(`/articles/${article.slug}`),
      detail: [article.standfirst, `By ${article.author.displayName}`].filter(Boolean).join(" — "),
    })),
  };
  // The archive's copy, without anyone's unsubscribe link.
  const archived = composeMail({ ...content, reason: `The ${label.toLowerCase()} newsletter of ${env.SITE_NAME}.` }, siteIdentity());

  await db.$transaction(async (tx) => {
    const issue = await tx.newsletterIssue.create({
      data: {
        period,
        frequency,
        subject,
        html: archived.html,
        text: archived.text,
        articleCount: articles.length,
        recipientCount: subscribers.length,
        periodStart: window.start,
        periodEnd: window.end,
      },
      select: { id: true },
    });
    const archiveUrl = siteLink(`/newsletter/${issue.id}`);
    const secret = authSecret();
    for (let index = 0; index < subscribers.length; index += 500) {
      await tx.outboxMessage.createMany({
        data: subscribers.slice(index, index + 500).map((subscriber) =>
          outboxRow({
            kind: "newsletter",
            to: subscriber.email,
            dedupeKey: `newsletter:${period}:${subscriber.id}`,
            content: {
              ...content,
              action: { label: "Read this issue on the site", url: archiveUrl },
              reason: `You subscribed to the ${label.toLowerCase()} newsletter of ${env.SITE_NAME}.`,
              unsubscribeUrl: siteLink("/email/unsubscribe", { t: signLink("newsletter-unsubscribe", subscriber.id, secret) }),
            },
          }),
        ),
      });
    }
  }, { timeout: 120_000, maxWait: 30_000 });
  return subscribers.length;
}
