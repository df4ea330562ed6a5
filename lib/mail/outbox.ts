// Writing to the outbox. A message is a row written with (ideally in the same transaction as) the
// change that caused it: if the change is rolled back, so is the message, and once it is committed
// the worker delivers it however long the SMTP server is away (docs/decisions/018-mail.md).
// No "server-only" here: the worker, started from instrumentation.ts, and scripts use it too.
import { env } from "@/lib/env";
import { db, type Prisma } from "@/lib/db";
import { composeMail, unsubscribeHeaders, type MailContent } from "./compose";

export type MailKind =
  | "invitation"
  | "password-reset"
  | "held-replies"
  | "editorial"
  | "reply-confirm"
  | "reply-notice"
  | "newsletter-confirm"
  | "newsletter";

export type Writer = Prisma.TransactionClient | typeof db;

export function siteIdentity() {
  return { name: env.SITE_NAME, url: env.SITE_URL, postalAddress: env.SITE_POSTAL_ADDRESS };
}

/** An absolute address on this site, for links in messages. */
export function siteLink(path: string, query?: Record<string, string>): string {
  const url = new URL(path, env.SITE_URL.endsWith("/") ? env.SITE_URL : `${env.SITE_URL}/`);
  for (const [key, value] of Object.entries(query ?? {})) url.searchParams.set(key, value);
  return url.toString();
}

/**
 * The List-Unsubscribe address for a message whose footer links to the unsubscribe page: the API
 * route that unsubscribes on POST (RFC 8058) and sends a GET on to the page.
 */
export function oneClickUrl(pageUrl: string): string {
  const url = new URL(pageUrl);
  url.pathname = "/api/email/unsubscribe";
  return url.toString();
}

export type OutgoingMail = {
  kind: MailKind;
  to: string;
  content: MailContent;
  /** The body holds a sign-in link: blanked once delivered. */
  sensitive?: boolean;
  /** One message per key, ever. */
  dedupeKey?: string;
};

export function outboxRow(mail: OutgoingMail): Prisma.OutboxMessageCreateManyInput {
  const composed = composeMail(mail.content, siteIdentity());
  return {
    kind: mail.kind,
    to: mail.to,
    subject: composed.subject,
    text: composed.text,
    html: composed.html,
    headers: JSON.stringify(mail.content.unsubscribeUrl ? unsubscribeHeaders(oneClickUrl(mail.content.unsubscribeUrl)) : {}),
    sensitive: mail.sensitive ?? false,
    dedupeKey: mail.dedupeKey ?? null,
  };
}

/** Put messages in the outbox, with `writer` being the transaction of the change that caused them. */
export async function queueMail(writer: Writer, ...mails: OutgoingMail[]): Promise<void> {
  if (mails.length === 0) return;
  await writer.outboxMessage.createMany({ data: mails.map(outboxRow) });
}

/** Is a real mail server configured? Without one, messages wait in the outbox for an administrator. */
export function mailIsConfigured(): boolean {
  return Boolean(env.SMTP_URL);
}
