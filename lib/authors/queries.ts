import "server-only";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags } from "@/lib/cache/tags";
import { db, type Prisma } from "@/lib/db";

export const authorProfileSelect = {
  id: true,
  handle: true,
  displayName: true,
  bio: true,
  avatarUrl: true,
  website: true,
  links: { select: { label: true, url: true }, orderBy: { position: "asc" } },
} satisfies Prisma.AuthorSelect;

export type AuthorProfile = Prisma.AuthorGetPayload<{ select: typeof authorProfileSelect }>;

/** An author's public profile (no login details) by handle, or null. */
export const getAuthorByHandle = readerQuery(
  "author:by-handle",
  (handle: string): Promise<AuthorProfile | null> => db.author.findUnique({ where: { handle }, select: authorProfileSelect }),
  (handle) => [cacheTags.author(handle)],
);

/** The same by id, for an article's byline and author box (ids never change; handles may). */
export const getAuthorById = readerQuery(
  "author:by-id",
  (id: string): Promise<AuthorProfile | null> => db.author.findUnique({ where: { id }, select: authorProfileSelect }),
  (id) => [cacheTags.authorProfile(id)],
);
