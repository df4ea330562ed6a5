import Link from "next/link";
import { ArticleBulkActions, BULK_FORM_ID } from "@/components/dashboard/article-bulk-actions";
import { DataTable, type DataColumn } from "@/components/dashboard/data-table";
import { SourceUpdatedBadge, StatusBadge } from "@/components/dashboard/status-badge";
import { DateTime } from "@/components/ui/date-time";
import { buttonClass } from "@/components/ui/styles";
import { Pagination } from "@/components/ui/pagination";
import { getArticleListChoices, listDashboardArticles } from "@/lib/articles/dashboard-queries";
import { STATUS_FILTERS, articleListHref, parseArticleListParams, sortHref, type SortKey, type StatusFilter } from "@/lib/articles/list-params";
import { requirePagePermission } from "@/lib/auth/session";

export const metadata = { title: "Articles" };

const FILTER_LABELS: Record<StatusFilter, string> = {
  all: "All",
  draft: "Drafts",
  in_review: "In review",
  scheduled: "Scheduled",
  published: "Published",
  archived: "Archived",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardArticlesPage({ searchParams }: Props) {
  await requirePagePermission("article:create");
  const search = await searchParams;
  const params = parseArticleListParams(search);
  const [{ rows, page }, choices] = await Promise.all([listDashboardArticles(params), getArticleListChoices()]);
  const authorName = choices.authors.find((author) => author.id === params.author)?.displayName;
  const sectionName = params.section === "none" ? "no section" : choices.sections.find((section) => section.id === params.section)?.name;
  const editionName = choices.editions.find((edition) => edition.id === params.edition)?.name;
  const description = [
    FILTER_LABELS[params.status].toLowerCase(),
    params.q && `matching “${params.q}”`,
    authorName && `by ${authorName}`,
    sectionName && `in ${sectionName}`,
    editionName && `in the ${editionName} edition`,
    params.from && `from ${params.from}`,
    params.to && `to ${params.to}`,
  ]
    .filter(Boolean)
    .join(", ");
  const sortable = (key: SortKey) => ({
    href: sortHref(params, key),
    current: params.sort === key ? (params.dir === "asc" ? ("ascending" as const) : ("descending" as const)) : null,
  });
  const columns: DataColumn[] = [
    { key: "title", label: "Title", sort: sortable("title"), className: "font-medium" },
    { key: "author", label: "Author" },
    { key: "status", label: "Status" },
    { key: "section", label: "Section" },
    { key: "updated", label: "Updated", sort: sortable("updated") },
    { key: "published", label: "Published", sort: sortable("published") },
  ];
  const fieldClass = "field-input";

  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-4">
        <h1 className="font-serif text-3xl font-bold">Articles</h1>
        <Link href="/dashboard/articles/new" className={buttonClass("primary")}>
          New article
        </Link>
      </div>
      {search.deleted && (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 px-4 py-3 text-sm font-medium text-green-900">
          Deleted. Readers no longer see it, and it is gone from the dashboard.
        </p>
      )}

      <nav aria-label="Filter by status" className="mt-6">
        <ul className="flex flex-wrap gap-2">
          {STATUS_FILTERS.map((filter) => (
            <li key={filter}>
              <Link
                href={articleListHref(params, { status: filter })}
                aria-current={filter === params.status ? "page" : undefined}
                className="inline-block rounded-full border border-rule px-3 py-1 text-sm aria-[current=page]:border-ink aria-[current=page]:bg-ink aria-[current=page]:text-white"
              >
                {FILTER_LABELS[filter]}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      {/* A GET form: the filters land in the address bar, so a filtered list can be bookmarked. */}
      <form role="search" aria-label="Filter articles" action="/dashboard/articles" className="mt-4 flex flex-wrap items-end gap-3">
        {params.status !== "all" && <input type="hidden" name="status" value={params.status} />}
        {params.sort !== "updated" && <input type="hidden" name="sort" value={params.sort} />}
        {search.dir && <input type="hidden" name="dir" value={params.dir} />}
        <div>
          <label htmlFor="article-search" className="block text-sm font-medium">
            Search by title
          </label>
          <input id="article-search" name="q" type="search" defaultValue={params.q} maxLength={200} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="article-author" className="block text-sm font-medium">
            Author
          </label>
          <select id="article-author" name="author" defaultValue={params.author} className={fieldClass}>
            <option value="">Any author</option>
            {choices.authors.map((author) => (
              <option key={author.id} value={author.id}>
                {author.displayName}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="article-section" className="block text-sm font-medium">
            Section
          </label>
          <select id="article-section" name="section" defaultValue={params.section} className={fieldClass}>
            <option value="">Any section</option>
            <option value="none">No section</option>
            {choices.sections.map((section) => (
              <option key={section.id} value={section.id}>
                {section.name}
              </option>
            ))}
          </select>
        </div>
        {/* One edition needs no choice; a filter kept in an address still applies and shows. */}
        {(choices.editions.length > 1 || params.edition) && (
          <div>
            <label htmlFor="article-edition" className="block text-sm font-medium">
              Edition
            </label>
            <select id="article-edition" name="edition" defaultValue={params.edition} className={fieldClass}>
              <option value="">All editions</option>
              {choices.editions.map((edition) => (
                <option key={edition.id} value={edition.id}>
                  {edition.name}
                </option>
              ))}
            </select>
          </div>
        )}
        <div>
          <label htmlFor="article-from" className="block text-sm font-medium">
            From
          </label>
          <input id="article-from" name="from" type="date" defaultValue={params.from} className={fieldClass} />
        </div>
        <div>
          <label htmlFor="article-to" className="block text-sm font-medium">
            To
          </label>
          <input id="article-to" name="to" type="date" defaultValue={params.to} className={fieldClass} />
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          Search
        </button>
        {(params.q || params.author || params.section || params.edition || params.from || params.to) && (
          <Link href={articleListHref(params, { q: "", author: "", section: "", edition: "", from: "", to: "" })} className="self-center text-sm underline">
            Clear filters
          </Link>
        )}
      </form>

      <ArticleBulkActions sections={choices.sections} />

      {rows.length === 0 ? (
        <p className="mt-8 text-muted">No articles match.</p>
      ) : (
        <DataTable
          caption={`Articles, ${description}`}
          className="mt-4"
          columns={columns}
          selection={{ form: BULK_FORM_ID, name: "ids" }}
          rows={rows.map((row) => ({
            id: row.id,
            label: row.title,
            cells: [
              <Link key="title" href={`/dashboard/articles/${row.id}/edit`} className="underline hover:text-accent">
                {row.title}
              </Link>,
              row.author.displayName,
              <span key="status" className="flex flex-wrap gap-1">
                <StatusBadge status={row.status} publishedAt={row.publishedAt} />
                {row.sourceUpdated && <SourceUpdatedBadge />}
              </span>,
              row.category?.name ?? "—",
              <DateTime key="updated" value={row.updatedAt} withTime />,
              row.publishedAt ? <DateTime key="published" value={row.publishedAt} withTime /> : "—",
            ],
          }))}
        />
      )}
      <Pagination info={page} basePath={articleListHref(params, { page: 1 })} label="Article list pages" />
    </>
  );
}
