import Link from "next/link";
import { DateTime } from "@/components/ui/date-time";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { listSitePagesForDashboard } from "@/lib/pages/queries";

export const metadata = { title: "Pages" };

export default async function SitePagesList() {
  await requirePagePermission("pages:manage");
  const pages = await listSitePagesForDashboard();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="font-serif text-3xl font-bold">Pages</h1>
        <Link href="/dashboard/pages/new" className={buttonClass()}>
          New page
        </Link>
      </div>
      <p className="mt-2 max-w-3xl text-muted">The site’s own pages: About, Contact, Corrections policy, Terms. Each has its own address; add them to the menus at Menus.</p>
      {pages.length === 0 ? (
        <p className="mt-6 text-muted">No pages yet.</p>
      ) : (
        <ul aria-label="Pages" className="mt-6 list-none divide-y divide-rule">
          {pages.map((page) => (
            <li key={page.id} className="flex flex-wrap items-baseline justify-between gap-2 py-3">
              <Link href={`/dashboard/pages/${page.id}/edit`} className="font-medium hover:underline">
                {page.title}
              </Link>
              <span className="text-sm text-muted">
                /{page.slug} · {page.published ? "published" : "draft"} · updated <DateTime value={page.updatedAt} withTime />
              </span>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
