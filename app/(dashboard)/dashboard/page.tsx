import Link from "next/link";
import { getDashboardCounts } from "@/lib/articles/dashboard-queries";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { startOfDayInSiteZone } from "@/lib/format";

export const metadata = { title: "Overview" };

export default async function DashboardOverview() {
  const user = await requirePagePermission("dashboard:view");
  const counts = await getDashboardCounts(user, startOfDayInSiteZone());
  const writes = can(user.role, "article:create");
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
    </>
  );
}
