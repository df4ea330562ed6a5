import Link from "next/link";
import { ModerationQueue } from "@/components/moderation/moderation-queue";
import { Pagination } from "@/components/ui/pagination";
import { can } from "@/lib/auth/permissions";
import { requirePagePermission } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/content/pagination";
import { siteTimeZone } from "@/lib/format";
import { QUEUE_TABS, getQueueCounts, listQueue } from "@/lib/replies/moderation-queries";

export const metadata = { title: "Moderation" };

const TAB_LABELS = { PENDING: "Pending", APPROVED: "Approved", SPAM: "Spam", TRASH: "Trash" } as const;

type Props = { searchParams: Promise<{ status?: string; page?: string }> };

export default async function ModerationPage({ searchParams }: Props) {
  const user = await requirePagePermission("reply:moderate");
  const params = await searchParams;
  const status = (QUEUE_TABS as readonly string[]).includes((params.status ?? "").toUpperCase())
    ? ((params.status ?? "").toUpperCase() as (typeof QUEUE_TABS)[number])
    : "PENDING";
  const [counts, queue] = await Promise.all([getQueueCounts(), listQueue(status, parsePageParam(params.page))]);
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Moderation</h1>
        {can(user.role, "settings:manage") && (
          <Link href="/dashboard/moderation/settings" className="text-sm underline">
            Reply settings
          </Link>
        )}
      </div>
      <nav aria-label="Reply status" className="mt-6 border-b border-rule">
        <ul className="flex flex-wrap gap-1">
          {QUEUE_TABS.map((tab) => (
            <li key={tab}>
              <Link
                href={`/dashboard/moderation?status=${tab.toLowerCase()}`}
                aria-current={tab === status ? "page" : undefined}
                className="-mb-px inline-block border-b-2 border-transparent px-4 py-2 text-sm font-medium aria-[current=page]:border-ink"
              >
                {TAB_LABELS[tab]} <span className="text-muted">({counts[tab]})</span>
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <div className="mt-6">
        <ModerationQueue key={status} replies={queue.replies} status={status} timeZone={siteTimeZone} />
      </div>
      <Pagination info={queue.page} basePath={`/dashboard/moderation?status=${status.toLowerCase()}`} label="Queue pages" />
    </>
  );
}
