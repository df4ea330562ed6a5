// Pagination for reader lists (`?page=2`). An unreadable page number means page 1; a page past the
// end is for the caller to answer with a 404.

export type Page = {
  page: number;
  pageSize: number;
  skip: number;
  take: number;
};

export type PageInfo = Page & {
  total: number;
  totalPages: number;
  hasPrevious: boolean;
  hasNext: boolean;
};

export function parsePageParam(value: string | string[] | undefined): number {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined || !/^\d{1,6}$/.test(raw)) return 1;
  const page = Number(raw);
  return page >= 1 ? page : 1;
}

export function pageWindow(page: number, pageSize: number): Page {
  return { page, pageSize, skip: (page - 1) * pageSize, take: pageSize };
}

export function pageInfo(window: Page, total: number): PageInfo {
  const totalPages = Math.max(1, Math.ceil(total / window.pageSize));
  return {
    ...window,
    total,
    totalPages,
    hasPrevious: window.page > 1,
    hasNext: window.page < totalPages,
  };
}

/** Is this page past the last one? (Page 1 of an empty list exists: it says there is nothing yet.) */
export function isPastEnd(info: PageInfo): boolean {
  return info.page > info.totalPages;
}

/** The public address of page `page` of a list (`/category/x?page=2`; page 1 has no parameter). */
export function pageHref(basePath: string, page: number): string {
  if (page <= 1) return basePath;
  const separator = !basePath.includes("?") ? "?" : basePath.endsWith("?") ? "" : "&";
  return `${basePath}${separator}page=${page}`;
}
