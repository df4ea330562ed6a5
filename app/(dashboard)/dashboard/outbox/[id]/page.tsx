import Link from "next/link";
import { notFound } from "next/navigation";
import { RetryMessageButton } from "@/components/mail/outbox-forms";
import { DateTime } from "@/components/ui/date-time";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { requirePagePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getOutboxMessage } from "@/lib/mail/queries";

export const metadata = { title: "Message", referrer: "no-referrer" };

/** The text version, with this site's own addresses as links (other text stays text). */
function TextBody({ text }: { text: string }) {
  const site = env.SITE_URL.replace(/\/$/, "");
  const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
  return (
    <pre className="mt-4 overflow-x-auto rounded border border-rule bg-neutral-50 p-4 text-sm whitespace-pre-wrap">
      {parts.map((part, index) =>
        index % 2 === 1 && (part === site || part.startsWith(`${site}/`)) ? (
          <a key={index} href={part} className="underline">{part}</a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}

export default async function OutboxMessagePage({ params }: { params: Promise<{ id: string }> }) {
  await requirePagePermission("settings:manage");
  const id = RecordIdSchema.safeParse((await params).id);
  const message = id.success ? await getOutboxMessage(id.data) : null;
  if (!message) notFound();
  return (
    <>
      <p className="text-sm"><Link href="/dashboard/outbox" className="underline">Outbox</Link></p>
      <h1 className="section-title mt-2">{message.subject}</h1>
      <dl className="mt-4 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
        <dt className="font-semibold">To</dt>
        <dd>{message.to}</dd>
        <dt className="font-semibold">Status</dt>
        <dd>{message.status.toLowerCase()}{message.lastError ? ` (${message.lastError})` : ""}</dd>
        <dt className="font-semibold">Written</dt>
        <dd><DateTime value={message.createdAt} withTime /></dd>
        <dt className="font-semibold">Attempts</dt>
        <dd>{message.attempts}</dd>
      </dl>
      {message.issueId ? (
        <p className="mt-4 text-sm">
          A copy of a newsletter issue, composed with this subscriber&rsquo;s own unsubscribe link when it is sent:{" "}
          <Link href={`/newsletter/${message.issueId}`} prefetch={false} className="underline">read the issue</Link>.
        </p>
      ) : (
        <TextBody text={message.text} />
      )}
      {message.status !== "SENT" && message.status !== "SENDING" && <div className="mt-4"><RetryMessageButton messageId={message.id} /></div>}
    </>
  );
}
