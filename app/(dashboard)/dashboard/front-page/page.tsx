import Link from "next/link";
import { BreakingNewsForms, UndoButton } from "@/components/front-page/desk-forms";
import { FrontPageDesk } from "@/components/front-page/front-page-desk";
import { DateTime } from "@/components/ui/date-time";
import { EditionSwitch } from "@/components/dashboard/edition-switch";
import { editionHref } from "@/lib/editions/href";
import { deskEditions } from "@/lib/editions/queries";
import { requirePagePermission } from "@/lib/auth/session";
import { describeSiteTimeZone, siteTimeZone } from "@/lib/format";
import { getFrontPageDesk } from "@/lib/front-page/queries";

export const metadata = { title: "Front page" };

export default async function FrontPageDeskPage({ searchParams }: { searchParams: Promise<{ edition?: string }> }) {
  await requirePagePermission("frontpage:arrange");
  // Each edition has its own front page; the desk arranges one at a time.
  const { current, editions } = await deskEditions((await searchParams).edition);
  const desk = await getFrontPageDesk(current.id);
  const timeZoneName = describeSiteTimeZone();
  return (
    <>
      <h1 className="font-serif text-3xl font-bold">Front page</h1>
      <p className="mt-2 max-w-3xl text-muted">
        Choose what leads, what sits beside it and which sections follow. Saved changes are on the site at once; every change is kept in the history below, with Undo.{" "}
        <Link href={editionHref(current, "/")} prefetch={false} className="link-accent">
          View the front page
        </Link>
      </p>
      <EditionSwitch editions={editions} current={current} desk="/dashboard/front-page" />
      <div className="mt-6 grid gap-10 xl:grid-cols-[2fr_1fr]">
        <FrontPageDesk desk={desk} versionId={`${current.id}:${desk.history[0]?.id ?? "none"}`} timeZone={siteTimeZone} timeZoneName={timeZoneName} />
        <div className="space-y-10">
          {/* Not a labelled region: "Breaking news" names the banner's field alone on this page. */}
          <div>
            <h2 className="section-title">Breaking-news banner</h2>
            <div className="mt-3">
              <BreakingNewsForms key={desk.editionId} editionId={desk.editionId} current={desk.banner} timeZoneName={timeZoneName} />
            </div>
          </div>
          <section aria-labelledby="history-heading">
            <h2 id="history-heading" className="section-title">
              History
            </h2>
            {desk.history.length === 0 ? (
              <p className="mt-2 text-muted">No changes yet: the front page shows the latest stories.</p>
            ) : (
              <ol aria-label="Front page history" className="mt-2 list-none divide-y divide-rule">
                {desk.history.map((change) => (
                  <li key={change.id} className="space-y-1 py-3">
                    <p className="text-sm">{change.summary}</p>
                    <p className="text-sm text-muted">
                      {change.actorName || "Someone"} · <DateTime value={change.createdAt} withTime />
                    </p>
                    {change.undoable && <UndoButton versionId={change.id} summary={change.summary} />}
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
      </div>
    </>
  );
}
