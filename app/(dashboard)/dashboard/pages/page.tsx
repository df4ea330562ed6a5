import Link from "next/link";
import { DataTable } from "@/components/dashboard/data-table";
import { DateTime } from "@/components/ui/date-time";
import { buttonClass } from "@/components/ui/styles";
import { requirePagePermission } from "@/lib/auth/session";
import { editionHref } from "@/lib/editions/href";
import { listSitePagesForDashboard } from "@/lib/pages/queries";

export const metadata = { title: "Pages" };

export default async function SitePagesList() {
  await requirePagePermission("pages:manage");
  const pages = await listSitePagesForDashboard();
  // One edition needs no column; with several, each page says which it belongs to.
  const editions = new Set(pages.map((page) => page.edition.name)).size > 1;
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
        <DataTable
          caption="Pages"
          className="mt-6"
          minWidth="36rem"
          rowHeader
          columns={[
            { key: "title", label: "Title" },
            { key: "address", label: "Address" },
            ...(editions ? [{ key: "edition", label: "Edition" }] : []),
            { key: "status", label: "Status" },
            { key: "updated", label: "Updated" },
          ]}
          rows={pages.map((page) => ({
            id: page.id,
            label: page.title,
            cells: [
              <Link key="title" href={`/dashboard/pages/${page.id}/edit`} className="underline hover:text-accent">
                {page.title}
              </Link>,
              editionHref(page.edition, `/${page.slug}`),
              ...(editions ? [page.edition.name] : []),
              page.published ? "Published" : "Draft",
              <DateTime key="updated" value={page.updatedAt} withTime />,
            ],
          }))}
        />
      )}
    </>
  );
}
