// What an article's cache tags are made of (its slug, bylines, section and topics), read in the same
// shape by every write of an article: the editor's (./mutations.ts), the import's (./import.ts),
// corrections and live coverage. No "server-only": the import's command line reads it too.
import type { ArticleTagSource } from "@/lib/cache/tags";
import type { Prisma } from "@/lib/db";

export const tagSourceSelect = {
  slug: true,
  author: { select: { handle: true } },
  bylines: { select: { author: { select: { handle: true } } } },
  category: { select: { slug: true } },
  tags: { select: { tag: { select: { slug: true } } } },
} satisfies Prisma.ArticleSelect;

export function toTagSource(row: Prisma.ArticleGetPayload<{ select: typeof tagSourceSelect }> | null): ArticleTagSource | null {
  return row && { slug: row.slug, authors: [row.author, ...row.bylines.map(({ author }) => author)], category: row.category, tags: row.tags.map(({ tag }) => tag) };
}
