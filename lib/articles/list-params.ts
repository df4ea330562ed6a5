// The dashboard article list's filters and order, read from and written to the address bar, so a
// filtered list can be bookmarked and shared. Pure, so it has unit tests.
import { z } from "zod";

export const STATUS_FILTERS = ["all", "draft", "in_review", "scheduled", "published", "archived"] as const;
export type StatusFilter = (typeof STATUS_FILTERS)[number];

export const SORT_KEYS = ["updated", "published", "title"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = "asc" | "desc";

export type ArticleListParams = {
  status: StatusFilter;
  q: string;
  /** An author (byline) id, or "" for everyone. */
  author: string;
  /** A section (category) id, "none" for articles without one, or "" for all. */
  section: string;
  /** An edition id, or "" for every edition. */
  edition: string;
  /** Days as yyyy-mm-dd on the site's clocks, on the publication date (or last change when unpublished). */
  from: string;
  to: string;
  sort: SortKey;
  dir: SortDirection;
  page: number;
};

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

function first(value: string | string[] | undefined): string {
  return (Array.isArray(value) ? value[0] : value) ?? "";
}

/** Anything unreadable in the address bar means "no filter", never an error page. */
export function parseArticleListParams(search: Record<string, string | string[] | undefined>): ArticleListParams {
  const status = first(search.status);
  const sort = first(search.sort);
  const dir = first(search.dir);
  const author = first(search.author);
  const section = first(search.section);
  const edition = first(search.edition);
  const from = first(search.from);
  const to = first(search.to);
  const page = first(search.page);
  const sortKey = (SORT_KEYS as readonly string[]).includes(sort) ? (sort as SortKey) : "updated";
  return {
    status: (STATUS_FILTERS as readonly string[]).includes(status) ? (status as StatusFilter) : "all",
    q: first(search.q).trim().slice(0, 200),
    author: ID.test(author) ? author : "",
    section: ID.test(section) ? section : "",
    edition: ID.test(edition) ? edition : "",
    from: DAY.test(from) ? from : "",
    to: DAY.test(to) ? to : "",
    sort: sortKey,
    // Titles read A to Z first; dates newest first.
    dir: dir === "asc" || dir === "desc" ? dir : sortKey === "title" ? "asc" : "desc",
    page: /^\d{1,6}$/.test(page) && Number(page) >= 1 ? Number(page) : 1,
  };
}

const DEFAULTS: Omit<ArticleListParams, "dir"> = { status: "all", q: "", author: "", section: "", edition: "", from: "", to: "", sort: "updated", page: 1 };

/** The list's address with these params, leaving out the defaults (page 1 included). */
export function articleListHref(params: ArticleListParams, change: Partial<ArticleListParams> = {}): string {
  const next = { ...params, page: 1, ...change };
  const search = new URLSearchParams();
  for (const key of ["status", "q", "author", "section", "edition", "from", "to", "sort"] as const) {
    if (next[key] !== DEFAULTS[key]) search.set(key, String(next[key]));
  }
  const defaultDir = next.sort === "title" ? "asc" : "desc";
  if (next.dir !== defaultDir) search.set("dir", next.dir);
  if (next.page !== 1) search.set("page", String(next.page));
  const query = search.toString();
  return query ? `/dashboard/articles?${query}` : "/dashboard/articles";
}

/** The address a column's header links to: sorted by it, reversed if it already is. */
export function sortHref(params: ArticleListParams, key: SortKey): string {
  if (params.sort === key) return articleListHref(params, { dir: params.dir === "asc" ? "desc" : "asc" });
  return articleListHref(params, { sort: key, dir: key === "title" ? "asc" : "desc" });
}

export const BULK_ACTIONS = ["publish", "unpublish", "archive", "move"] as const;
export type BulkAction = (typeof BULK_ACTIONS)[number];
export const BULK_MAX = 100;

/** The list's bulk actions: which articles, what to do, and the section for "Move to section". */
export const BulkArticlesSchema = z
  .object({
    ids: z
      .union([z.string(), z.array(z.string())])
      .optional()
      .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]))
      .pipe(
        z
          .array(z.string().regex(ID, "Unknown article."))
          .min(1, "Select at least one article.")
          .max(BULK_MAX, `Select at most ${BULK_MAX} articles at a time.`),
      )
      .transform((ids) => [...new Set(ids)]),
    action: z.enum(BULK_ACTIONS, { message: "Choose what to do with the selected articles." }),
    categoryId: z.string().trim().max(64).default(""),
  })
  .superRefine((input, ctx) => {
    if (input.action === "move" && !ID.test(input.categoryId)) {
      ctx.addIssue({ code: "custom", path: ["categoryId"], message: "Choose the section to move the articles to." });
    }
  });
export type BulkArticlesInput = z.output<typeof BulkArticlesSchema>;

/** The calendar's "Move to": a scheduled story to another day, keeping its time of day. */
export const RescheduleSchema = z.object({
  articleId: z.string().regex(ID, "Unknown article."),
  day: z.string().trim().regex(DAY, "Enter a date."),
});
export type RescheduleInput = z.output<typeof RescheduleSchema>;
