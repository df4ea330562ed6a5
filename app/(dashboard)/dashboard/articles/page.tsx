import Link from "next/link";
import { StatusBadge } from "@/components/dashboard/status-badge";
import { TableScroller } from "@/components/dashboard/table-scroller";
import { DateTime } from "@/components/ui/date-time";
import { buttonClass } from "@/components/ui/styles";
import { Pagination } from "@/components/ui/pagination";
import { STATUS_FILTERS, listDashboardArticles, type StatusFilter } from "@/lib/articles/dashboard-queries";
import { requirePagePermission } from "@/lib/auth/session";
import { parsePageParam } from "@/lib/content/pagination";

export const metadata = { title: "Articles" };

const FILTER_LABELS: Record<StatusFilter, string> = {
  all: "All",
  draft: "Drafts",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

type Props = { searchParams: Promise<{ status?: string; q?: string; page?: string; deleted?: string }> };

export default async function DashboardArticlesPage({ searchParams }: Props) {
  await requirePagePermission("article:create");
  const params = await searchParams;
  const status = (STATUS_FILTERS as readonly string[]).includes(params.status ?? "") ? (params.status as StatusFilter) : "all";
  const query = (params.q ?? "").trim().slice(0, 200);
  const { rows, page } = await listDashboardArticles({ status, query, page: parsePageParam(params.page) });
  // The list with a status filter, keeping the title search.
  const listHref = (filter: StatusFilter) =>
    `/dashboard/articles?${new URLSearchParams({ ...(filter !== "all" ? { status: filter } : {}), ...(query ? { q: query } : {}) })}`;
  const base = listHref(status);

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/dashboard/articles/new" className={buttonClass("primary")}>
          New article
        </Link>
      </div>
      {params.deleted && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          Deleted. Readers no longer see it, and it is gone from the dashboard.
        </p>
      )}

      <nav aria-label="Filter by status" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {STATUS_FILTERS.map((filter) => (
            <li key={filter}>
              <Link
                href={listHref(filter)}
                aria-current={filter === status ? "page" : undefined}
                className="inline-block rounded-full border border-rule px-3 py-1 text-sm aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-white"
              >
                {FILTER_LABELS[filter]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <form role="search" action="/dashboard/articles" className="mt-4 flex max-w-md gap-2">
        {status !== "all" && <input type="hidden" name="status" value={status} />}
        <label htmlFor="article-search" className="sr-only">
          Search by title
        </label>
        <input
          id="article-search"
          name="q"
          type="search"
          defaultValue={query}
          placeholder="Search by title"
          className="block w-full rounded border border-neutral-400 px-3 py-2"
        />
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
      </form>

      {rows.length === 0 ? (
        <p className="mt-8 text-muted">No articles match.</p>
      ) : (
        <TableScroller label={`Articles, ${FILTER_LABELS[status].toLowerCase()}${query ? `, matching “${query}”` : ""}`} className="mt-6">
          <table className="w-full min-w-[48rem] border-collapse text-left text-sm">
            <caption className="sr-only">
              Articles, {FILTER_LABELS[status].toLowerCase()}
              {query ? `, matching “${query}”` : ""}
            </caption>
            <thead>
              <tr className="border-b border-ink">
                <th scope="col" className="py-2 pr-4">Title</th>
                <th scope="col" className="py-2 pr-4">Author</th>
                <th scope="col" className="py-2 pr-4">Status</th>
                <th scope="col" className="py-2 pr-4">Category</th>
                <th scope="col" className="py-2 pr-4">Updated</th>
                <th scope="col" className="py-2">Published</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id} className="border-b border-rule align-top">
                  <td className="py-2 pr-4 font-medium">
                    <Link href={`/dashboard/articles/${row.id}/edit`} className="underline hover:text-accent">
                      {row.title}
                    </Link>
                  </td>
                  <td className="py-2 pr-4">{row.author.displayName}</td>
                  <td className="py-2 pr-4">
                    <StatusBadge status={row.status} publishedAt={row.publishedAt} />
                  </td>
                  <td className="py-2 pr-4">{row.category?.name ?? "—"}</td>
                  <td className="py-2 pr-4">
                    <DateTime value={row.updatedAt} withTime />
                  </td>
                  <td className="py-2">{row.publishedAt ? <DateTime value={row.publishedAt} withTime /> : "—"}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroller>
      )}
      <Pagination info={page} basePath={base} label="Article list pages" />
    </>
  );
}
