import { NewsletterScheduleForm, RemoveSubscriberButton } from "@/components/newsletter/dashboard-forms";
import { TableScroller } from "@/components/dashboard/table-scroller";
import { DateTime } from "@/components/ui/date-time";
import { pluralize } from "@/lib/format";
import { requirePagePermission } from "@/lib/auth/session";
import { env } from "@/lib/env";
import { getMailSettings } from "@/lib/mail/settings";
import { listIssuesForDashboard, listSubscribers } from "@/lib/newsletter/queries";

export const metadata = { title: "Newsletter" };

export default async function NewsletterDashboardPage() {
  await requirePagePermission("settings:manage");
  const [settings, { subscribers, total, confirmed }, issues] = await Promise.all([getMailSettings(), listSubscribers(), listIssuesForDashboard()]);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Newsletter</h1>
      <div className="mt-6 grid gap-10 lg:grid-cols-2">
        <section aria-labelledby="schedule-heading">
          <h2 id="schedule-heading" className="font-serif text-xl font-bold">Schedule</h2>
          <p className="mt-1 text-sm text-muted">The daily issue goes out every day at this hour, the weekly one on its day; each lists what was published since the previous issue. Nothing is sent when nothing was published.</p>
          <div className="mt-4">
            <NewsletterScheduleForm hour={settings.newsletterHour} weekday={settings.newsletterWeekday} timeZone={env.SITE_TIME_ZONE} />
          </div>
        </section>
        <section aria-labelledby="issues-heading">
          <h2 id="issues-heading" className="font-serif text-xl font-bold">Recent issues</h2>
          {issues.length === 0 ? (
            <p className="mt-2 text-sm text-muted">None yet.</p>
          ) : (
            <ul className="mt-2 space-y-1 text-sm">
              {issues.map((issue) => (
                <li key={issue.id}>
                  {issue.subject}: {pluralize(issue.articleCount, "article")} to {pluralize(issue.recipientCount, "subscriber")} (<DateTime value={issue.createdAt} withTime />)
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
      <section aria-labelledby="subscribers-heading" className="mt-10">
        <h2 id="subscribers-heading" className="font-serif text-xl font-bold">Subscribers</h2>
        <p className="mt-1 text-sm text-muted">
          {pluralize(total, "subscriber")} in all, {confirmed} confirmed. <a href="/dashboard/newsletter/subscribers.csv" className="underline">Export as CSV</a>
        </p>
        <TableScroller label="Newsletter subscribers, newest first" className="mt-4">
          <table className="w-full min-w-[40rem] border-collapse text-left text-sm">
            <caption className="sr-only">Newsletter subscribers, newest first</caption>
            <thead>
              <tr className="border-b border-ink">
                <th scope="col" className="py-2 pr-4">Email</th>
                <th scope="col" className="py-2 pr-4">Frequency</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">Since</th>
                <th scope="col" className="py-2"><span className="sr-only">Remove</span></th>
              </tr>
            </thead>
            <tbody>
              {subscribers.map((subscriber) => (
                <tr key={subscriber.id} className="border-b border-rule align-top">
                  <th scope="row" className="py-2 pr-4 text-left font-medium">{subscriber.email}</th>
                  <td className="py-2 pr-4">{subscriber.frequency === "DAILY" ? "Daily" : "Weekly"}</td>
                  <td className="py-2 pr-4">{subscriber.confirmedAt ? "Confirmed" : "Waiting for confirmation"}</td>
                  <td className="py-2 pr-4"><DateTime value={subscriber.createdAt} /></td>
                  <td className="py-2"><RemoveSubscriberButton subscriberId={subscriber.id} email={subscriber.email} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      </section>
    </>
  );
}
