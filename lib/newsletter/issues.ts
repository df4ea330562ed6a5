// Building and sending newsletter issues. For each frequency, when an issue is due (schedule.ts) and
// no row exists for its period, the issue is written; `NewsletterIssue.period` is unique, so if
// another instance wrote the same period first this insert fails and nothing else happens. The
// issue's messages are then written in chunks (fanOutNewsletterIssues), each chunk claimed by
// compare-and-set on the issue's cursor, so each subscriber gets the issue once.
import { publishedWhere } from "@/lib/articles/visibility";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { composeMail, unsubscribeHeaders, type MailContent } from "@/lib/mail/compose";
import { oneClickUrl, siteIdentity, siteLink } from "@/lib/mail/outbox";
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
  const recipients = articles.length ? await db.newsletterSubscriber.count({ where: { frequency, confirmedAt: { not: null } } }) : 0;
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
  // Claims the period: a second instance's insert fails on the unique key.
  await db.newsletterIssue.create({
    data: {
      period,
      frequency,
      subject,
      content: JSON.stringify(content),
      html: archived.html,
      text: archived.text,
      articleCount: articles.length,
      recipientCount: recipients,
      fanOutDone: recipients === 0,
      periodStart: window.start,
      periodEnd: window.end,
    },
  });
  return recipients;
}

const FAN_OUT_CHUNK = 1000;

/**
 * Write the messages of issues not yet fanned out, a chunk of subscribers at a time. Each chunk is one
 * `INSERT … SELECT` from the subscriber table, so the database copies the rows and the server's event
 * loop builds none of them (writing 10,000 rows through the ORM took seconds of the loop that serves
 * readers). The chunk's transaction moves the issue's cursor from the value read (compare-and-set): two
 * instances cannot both write a chunk, a crash resumes where it stopped, and the write lock is released
 * between chunks. A row's id and dedupeKey come from the issue and the subscriber, and a key already
 * there is skipped, so even a chunk written twice sends nothing twice.
 */
export async function fanOutNewsletterIssues(now = new Date()): Promise<number> {
  let written = 0;
  const pending = await db.newsletterIssue.findMany({ where: { fanOutDone: false }, select: { id: true, period: true, frequency: true, subject: true }, take: 5 });
  for (const issue of pending) {
    for (;;) {
      const current = await db.newsletterIssue.findUnique({ where: { id: issue.id }, select: { fanOutCursor: true, fanOutDone: true } });
      if (!current || current.fanOutDone) break;
      const after = current.fanOutCursor ?? "";
      const recipients = { frequency: issue.frequency, confirmedAt: { not: null }, id: { gt: after } };
      // The last subscriber of this chunk; none means this is the last chunk.
      const last = await db.newsletterSubscriber.findFirst({ where: recipients, orderBy: { id: "asc" }, skip: FAN_OUT_CHUNK - 1, select: { id: true } });
      const count = await db.$transaction(async (tx) => {
        const claimed = await tx.newsletterIssue.updateMany({
          where: { id: issue.id, fanOutDone: false, fanOutCursor: current.fanOutCursor },
          data: last ? { fanOutCursor: last.id } : { fanOutDone: true },
        });
        if (claimed.count === 0) return null; // another instance wrote this chunk
        return tx.$executeRaw(Prisma.sql`
          INSERT INTO "OutboxMessage" ("id", "kind", "to", "subject", "text", "html", "nextAttemptAt", "createdAt", "dedupeKey", "issueId", "recipientId")
          SELECT CAST(${`${issue.id}-`} AS TEXT) || s."id", 'newsletter', s."email", CAST(${issue.subject} AS TEXT), '', '', ${now}, ${now},
                 CAST(${`newsletter:${issue.period}:`} AS TEXT) || s."id", CAST(${issue.id} AS TEXT), s."id"
          FROM "NewsletterSubscriber" s
          WHERE s."frequency" = ${issue.frequency} AND s."confirmedAt" IS NOT NULL AND s."id" > ${after}
            ${last ? Prisma.sql`AND s."id" <= ${last.id}` : Prisma.empty}
          ON CONFLICT ("dedupeKey") DO NOTHING`);
      });
      if (count !== null) written += count;
      if (count !== null && !last) break;
      // Readers' requests get the event loop (and other connections the write lock) between chunks.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  return written;
}

/** One subscriber's copy of an issue: the issue's content with their own unsubscribe link. */
export function newsletterCopy(issue: { id: string; frequency: string; content: string }, subscriberId: string) {
  const content = JSON.parse(issue.content) as MailContent;
  const label = issue.frequency === "DAILY" ? "daily" : "weekly";
  const unsubscribeUrl = siteLink("/email/unsubscribe", { t: signLink("newsletter-unsubscribe", subscriberId, authSecret()) });
  const composed = composeMail(
    {
      ...content,
      action: { label: "Read this issue on the site", url: siteLink(`/newsletter/${issue.id}`) },
      reason: `You subscribed to the ${label} newsletter of ${env.SITE_NAME}.`,
      unsubscribeUrl,
    },
    siteIdentity(),
  );
  return { ...composed, headers: unsubscribeHeaders(oneClickUrl(unsubscribeUrl)) };
}
