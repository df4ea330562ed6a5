import Link from "next/link";
import { Fragment } from "react";
import { DataTable } from "@/components/dashboard/data-table";
import { DateTime } from "@/components/ui/date-time";
import { requirePagePermission } from "@/lib/auth/session";
import { mailIsConfigured } from "@/lib/mail/outbox";
import { listOutbox } from "@/lib/mail/queries";

export const metadata = { title: "Outbox" };

const STATUS_LABEL: Record<string, string> = { PENDING: "Waiting", SENDING: "Sending", SENT: "Sent", FAILED: "Failed" };

export default async function OutboxPage({ searchParams }: { searchParams: Promise<{ status?: string }> }) {
  await requirePagePermission("settings:manage");
  const { status } = await searchParams;
  const filter = typeof status === "string" && status in STATUS_LABEL ? status : undefined;
  const { messages, counts } = await listOutbox({ status: filter });
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Outbox</h1>
      <p className="mt-2 max-w-prose text-sm text-muted">
        {mailIsConfigured()
          ? "Every message the site sends, newest first. Waiting messages are retried with increasing delays while the mail server is unreachable."
          : "No mail server is set up (SMTP_URL), so nothing is sent: messages wait here. Open one to read it, for example to pass an invitation or reset link on by hand."}
      </p>
      <nav aria-label="Filter by status" className="mt-4 flex flex-wrap gap-3 text-sm">
        <Link href="/dashboard/outbox" className={filter ? "underline" : "font-bold"}>All</Link>
        {Object.entries(STATUS_LABEL).map(([key, label]) => (
          <Link key={key} href={`/dashboard/outbox?status=${key}`} className={filter === key ? "font-bold" : "underline"}>
            {label} ({counts[key] ?? 0})
          </Link>
        ))}
      </nav>
      {messages.length === 0 ? (
        <p className="mt-6 text-sm text-muted">No messages.</p>
      ) : (
        <DataTable
          caption="Messages"
          className="mt-6"
          rowHeader
          columns={[
            { key: "subject", label: "Subject" },
            { key: "to", label: "To" },
            { key: "status", label: "Status" },
            { key: "written", label: "Written" },
            { key: "attempts", label: "Attempts" },
          ]}
          rows={messages.map((message) => ({
            id: message.id,
            label: message.subject,
            cells: [
              <Link key="subject" href={`/dashboard/outbox/${message.id}`} className="underline">
                {message.subject}
              </Link>,
              message.to,
              <Fragment key="status">
                {STATUS_LABEL[message.status] ?? message.status}
                {message.lastError && <span className="block text-xs text-accent">{message.lastError}</span>}
              </Fragment>,
              <DateTime key="written" value={message.createdAt} withTime />,
              message.attempts,
            ],
          }))}
        />
      )}
    </>
  );
}
