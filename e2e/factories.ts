// Test data, written straight to the test database with the same factories the demo seed uses. Reader
// pages are cached, so each factory then expires them through POST /api/revalidate, as any script
// that writes to the database outside the application must (docs/decisions/011-caching-reader-pages.md).
import * as factories from "../prisma/factories";

export { uniqueSuffix } from "../prisma/factories";

/** Expire every cached reader page of the test server. */
export async function revalidateReaderPages(): Promise<void> {
  const response = await fetch(`http://localhost:${process.env.E2E_PORT}/api/revalidate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}`, "Content-Type": "application/json" },
    body: JSON.stringify({ everything: true }),
  });
  if (!response.ok) throw new Error(`POST /api/revalidate answered ${response.status}`);
}

function revalidating<A extends unknown[], R>(create: (...args: A) => Promise<R>) {
  return async (...args: A): Promise<R> => {
    const created = await create(...args);
    await revalidateReaderPages();
    return created;
  };
}

export const createArticle = revalidating(factories.createArticle);
export const createAuthor = revalidating(factories.createAuthor);
export const createCategory = revalidating(factories.createCategory);
export const createCorrection = revalidating(factories.createCorrection);
export const createReply = revalidating(factories.createReply);
export const createTag = revalidating(factories.createTag);
export const createUser = factories.createUser;

/** Page size of reader lists in the test server (the default of PAGE_SIZE). */
export const PAGE_SIZE = 10;

export function words(count: number, word = "news"): string {
  return Array.from({ length: count }, () => word).join(" ");
}
