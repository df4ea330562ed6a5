import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { getDashboardCounts, getOverviewLists, type DashboardArticleRow } from "@/lib/articles/dashboard-queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { formatDateTime, formatTime, startOfDayInSiteZone } from "@/lib/format";

export const metadata = { title: "Overview" };

/** One of the day's lists: each story links to its editor; "See all" to the list it comes from. */
function DayList({ title, rows, empty, all, when }: { title: string; rows: DashboardArticleRow[]; empty: string; all: string; when: (row: DashboardArticleRow) => string }) {
  const id = title.toLowerCase().replace(/\W+/g, "-");
  return (
    <section aria-labelledby={id} className="rounded-lg border border-rule p-4">
      <div className="flex items-baseline justify-between gap-2">
        <h2 id={id} className="font-serif text-xl font-bold">
          {title}
        </h2>
        <Link href={all} className="text-sm underline">
          See all<span className="sr-only"> {title.toLowerCase()}</span>
        </Link>
      </div>
      {rows.length === 0 ? (
        <p className="mt-3 text-sm text-muted">{empty}</p>
      ) : (
        <ul className="mt-3 divide-y divide-rule">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-wrap items-baseline justify-between gap-x-3 gap-y-1 py-2">
              <Link href={`/dashboard/articles/${row.id}/edit`} className="font-medium underline hover:text-accent">
                {row.title}
              </Link>
              <span className="flex items-center gap-2 text-sm text-muted">
                {when(row)}
                <StatusBadge status={row.status} publishedAt={row.publishedAt} />
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export default async function DashboardOverview() {
  const user = await requirePagePermission("dashboard:view");
  const writes = can(user.role, "article:create");
  const [counts, lists] = await Promise.all([getDashboardCounts(user, startOfDayInSiteZone()), writes ? getOverviewLists(user) : Promise.resolve(null)]);
  const tiles = [
    { label: "Drafts", value: counts.drafts, href: "/dashboard/articles?status=draft", show: writes },
    { label: "In review", value: counts.inReview, href: "/dashboard/articles?status=in_review", show: writes },
    { label: "Scheduled", value: counts.scheduled, href: "/dashboard/articles?status=scheduled", show: writes },
    { label: "Published today", value: counts.publishedToday, href: "/dashboard/articles?status=published", show: writes },
    { label: "Pending replies", value: counts.pendingReplies, href: "/dashboard/moderation", show: counts.pendingReplies !== null },
  ].filter((tile) => tile.show);
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Good to see you, {user.name.split(" ")[0]}</h1>
      <ul aria-label="At a glance" className="mt-6 grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-5">
        {tiles.map((tile) => (
          <li key={tile.label} className="rounded-lg border border-rule p-4">
            <p className="text-3xl font-bold tabular-nums">{tile.value}</p>
            <p className="mt-1 text-sm text-muted">
              {tile.href ? (
                <Link href={tile.href} className="underline hover:text-ink">
                  {tile.label}
                </Link>
              ) : (
                tile.label
              )}
            </p>
          </li>
        ))}
      </ul>
      {lists && (
        <div className="mt-8 grid gap-6 lg:grid-cols-2">
          <DayList title="My drafts" rows={lists.myDrafts} empty="No drafts of yours." all="/dashboard/articles?status=draft" when={(row) => `Changed ${formatDateTime(row.updatedAt)}`} />
          <DayList title="In review" rows={lists.inReview} empty="Nothing waits for review." all="/dashboard/articles?status=in_review" when={(row) => `Sent ${formatDateTime(row.updatedAt)}`} />
          <DayList
            title="Scheduled today"
            rows={lists.scheduledToday}
            empty="Nothing else goes live today."
            all="/dashboard/calendar?view=day"
            when={(row) => (row.publishedAt ? `At ${formatTime(row.publishedAt)}` : "")}
          />
          <DayList
            title="Published today"
            rows={lists.publishedToday}
            empty="Nothing published yet today."
            all="/dashboard/articles?status=published&sort=published"
            when={(row) => (row.publishedAt ? `At ${formatTime(row.publishedAt)}` : "")}
          />
        </div>
      )}
    </>
  );
}
