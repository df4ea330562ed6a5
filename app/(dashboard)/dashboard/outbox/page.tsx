import { TableScroller } from "@/components/dashboard/table-scroller";
import Link from "next/link";
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
      <TableScroller label="Messages" className="mt-6">
        <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
          <caption className="sr-only">Messages</caption>
          <thead>
            <tr className="border-b border-ink">
              <th scope="col" className="py-2 pr-4">Subject</th>
              <th scope="col" className="py-2 pr-4">To</th>
              <th scope="col" className="py-2 pr-4">Status</th>
              <th scope="col" className="py-2 pr-4">Written</th>
              <th scope="col" className="py-2">Attempts</th>
            </tr>
          </thead>
          <tbody>
            {messages.map((message) => (
              <tr key={message.id} className="border-b border-rule align-top">
                <th scope="row" className="py-2 pr-4 text-left font-medium">
                  <Link href={`/dashboard/outbox/${message.id}`} className="underline">{message.subject}</Link>
                </th>
                <td className="py-2 pr-4">{message.to}</td>
                <td className="py-2 pr-4">
                  {STATUS_LABEL[message.status] ?? message.status}
                  {message.lastError && <span className="block text-xs text-accent">{message.lastError}</span>}
                </td>
                <td className="py-2 pr-4"><DateTime value={message.createdAt} withTime /></td>
                <td className="py-2">{message.attempts}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroller>
      {messages.length === 0 && <p className="mt-4 text-sm text-muted">No messages.</p>}
    </>
  );
}
