// Test data, written straight to the test database with the same factories the demo seed uses.
export {
  createArticle,
  createAuthor,
  createCategory,
  createReply,
  createTag,
  createUser,
  uniqueSuffix,
} from "../prisma/factories";

/** Page size of reader lists in the test server (the default of PAGE_SIZE). */
export const PAGE_SIZE = 10;

export function words(count: number, word = "news"): string {
  return Array.from({ length: count }, () => word).join(" ");
}
