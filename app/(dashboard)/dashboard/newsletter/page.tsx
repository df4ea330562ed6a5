import { NewsletterScheduleForm, RemoveSubscriberButton } from "@/components/newsletter/dashboard-forms";
import { DataTable } from "@/components/dashboard/data-table";
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
        {subscribers.length === 0 ? (
          <p className="mt-4 text-sm text-muted">No subscribers yet.</p>
        ) : (
          <DataTable
            caption="Newsletter subscribers, newest first"
            className="mt-4"
            minWidth="40rem"
            rowHeader
            columns={[
              { key: "email", label: "Email" },
              { key: "frequency", label: "Frequency" },
              { key: "status", label: "Status" },
              { key: "since", label: "Since" },
              { key: "remove", label: "Remove", hideLabel: true },
            ]}
            rows={subscribers.map((subscriber) => ({
              id: subscriber.id,
              label: subscriber.email,
              cells: [
                subscriber.email,
                subscriber.frequency === "DAILY" ? "Daily" : "Weekly",
                subscriber.confirmedAt ? "Confirmed" : "Waiting for confirmation",
                <DateTime key="since" value={subscriber.createdAt} />,
                <RemoveSubscriberButton key="remove" subscriberId={subscriber.id} email={subscriber.email} />,
              ],
            }))}
          />
        )}
      </section>
    </>
  );
}
