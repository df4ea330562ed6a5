import "server-only";
import { cache } from "react";
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
export const getAuthorByHandle = cache(
  (handle: string): Promise<AuthorProfile | null> =>
    db.author.findUnique({ where: { handle }, select: authorProfileSelect }),
);
