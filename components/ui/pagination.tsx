import { ReaderLink } from "@/components/site/reader-link";
import { pageHref, type PageInfo } from "@/lib/content/pagination";
import { editionPath } from "@/lib/editions/current";


/** What the links and the count say: English on staff screens; reader pages pass their messages (reader-pagination.tsx). */
export type PaginationWords = { newer: string; older: string; pageOf: (page: number, total: number) => string };
const ENGLISH: PaginationWords = { newer: "Newer", older: "Older", pageOf: (page, total) => `Page ${page} of ${total}` };

/** Previous / next links and "Page 2 of 5"; nothing when everything fits on one page. */
export async function Pagination({ info, basePath, label, words = ENGLISH }: { info: PageInfo; basePath: string; label: string; words?: PaginationWords }) {
  if (info.totalPages <= 1) return null;
  const [previous, next] = await Promise.all([editionPath(pageHref(basePath, info.page - 1)), editionPath(pageHref(basePath, info.page + 1))]);
  const linkClass =
    "inline-flex items-center gap-1 rounded border border-rule px-4 py-2 font-medium hover:border-ink hover:bg-surface";
  return (
    <>
      {/* React hoists these into <head>: rel="prev"/"next" for crawlers. */}
      {info.hasPrevious && <link rel="prev" href={previous} />}
      {info.hasNext && <link rel="next" href={next} />}
    <nav aria-label={label} className="mt-10 flex items-center justify-between gap-4 border-t border-rule pt-6 text-sm">
      <div className="min-w-24">
        {info.hasPrevious && (
          <ReaderLink href={pageHref(basePath, info.page - 1)} rel="prev" className={linkClass}>
            <span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span> {words.newer}
          </ReaderLink>
        )}
      </div>
      <p className="text-muted">
        {words.pageOf(info.page, info.totalPages)}
      </p>
      <div className="flex min-w-24 justify-end">
        {info.hasNext && (
          <ReaderLink href={pageHref(basePath, info.page + 1)} rel="next" className={linkClass}>
            {words.older} <span aria-hidden="true" className="inline-block rtl:-scale-x-100">→</span>
          </ReaderLink>
        )}
      </div>
    </nav>
    </>
  );
}
