// Builders for every kind of record, shared by the demo seed (prisma/seed.ts) and the end-to-end
// tests (e2e/). Each fills in unique defaults, so a test can ask for "an article" and get one that
// collides with nothing else in the database.
import { randomUUID } from "node:crypto";
import { hashPassword } from "../lib/auth/password";
import type { BodyDocument } from "../lib/content/document";
import { slugify } from "../lib/content/slug";
import { bodyColumnsFrom } from "../lib/content/stored-body";
import { ArticleStatus, ReplyStatus, Role, db } from "../lib/db";
import { defaultEditionId } from "../lib/editions/owner";

export function uniqueSuffix(): string {
  return randomUUID().slice(0, 8);
}

export type UserInput = {
  email?: string;
  name?: string;
  role?: Role;
  password?: string;
  active?: boolean;
};

export async function createUser(input: UserInput = {}) {
  const suffix = uniqueSuffix();
  return db.user.create({
    data: {
      email: (input.email ?? `user-${suffix}@example.com`).toLowerCase(),
      name: input.name ?? `Test User ${suffix}`,
      role: input.role ?? Role.AUTHOR,
      active: input.active ?? true,
      passwordHash: await hashPassword(input.password ?? `password-${suffix}`),
    },
    select: { id: true, email: true, name: true, role: true },
  });
}

export type AuthorInput = {
  displayName?: string;
  handle?: string;
  bio?: string;
  avatarUrl?: string | null;
  website?: string | null;
  userId?: string | null;
  links?: { label: string; url: string }[];
};

export async function createAuthor(input: AuthorInput = {}) {
  const displayName = input.displayName ?? `Reporter ${uniqueSuffix()}`;
  return db.author.create({
    data: {
      displayName,
      handle: input.handle ?? `${slugify(displayName)}-${uniqueSuffix()}`,
      bio: input.bio ?? `${displayName} writes for Gazette.`,
      avatarUrl: input.avatarUrl ?? null,
      website: input.website ?? null,
      userId: input.userId ?? null,
      links: { create: (input.links ?? []).map((link, position) => ({ ...link, position })) },
    },
    select: { id: true, handle: true, displayName: true },
  });
}

export async function createCategory(input: { name?: string; slug?: string; description?: string } = {}) {
  const name = input.name ?? `Section ${uniqueSuffix()}`;
  return db.category.create({
    data: { name, slug: input.slug ?? slugify(name), description: input.description ?? "", editionId: await defaultEditionId() },
    select: { id: true, slug: true, name: true },
  });
}

export async function createTag(input: { name?: string; slug?: string } = {}) {
  const name = input.name ?? `Topic ${uniqueSuffix()}`;
  return db.tag.create({ data: { name, slug: input.slug ?? slugify(name), editionId: await defaultEditionId() }, select: { id: true, slug: true, name: true } });
}

export type ArticleInput = {
  title?: string;
  slug?: string;
  standfirst?: string;
  /** A body document, or Markdown (converted, as the migration converts old bodies). */
  body?: BodyDocument | string;
  status?: ArticleStatus;
  publishedAt?: Date | null;
  editedAt?: Date | null;
  authorId?: string;
  /** Bylines after the first (authorId), in order. */
  coAuthorIds?: string[];
  categoryId?: string | null;
  tagIds?: string[];
  sourceName?: string | null;
  sourceUrl?: string | null;
  repliesOpen?: boolean;
  /** A hero image (a media library address) and its alt text. */
  heroImageUrl?: string | null;
  heroImageAlt?: string | null;
  /** Its edition (default: the default edition). */
  editionId?: string;
};

/** An article; published a minute ago unless a status or time says otherwise. */
export async function createArticle(input: ArticleInput = {}) {
  const title = input.title ?? `Test article ${uniqueSuffix()}`;
  const status = input.status ?? ArticleStatus.PUBLISHED;
  const publishedAt =
    input.publishedAt !== undefined
      ? input.publishedAt
      : status === ArticleStatus.PUBLISHED
        ? new Date(Date.now() - 60_000)
        : null;
  const authorId = input.authorId ?? (await createAuthor()).id;
  return db.article.create({
    data: {
      title,
      editionId: input.editionId ?? (await defaultEditionId()),
      slug: input.slug ?? `${slugify(title)}-${uniqueSuffix()}`,
      standfirst: input.standfirst ?? `Standfirst of ${title}.`,
      ...bodyColumnsFrom(input.body ?? `The body of ${title}.`),
      status,
      publishedAt,
      firstPublishedAt: status === ArticleStatus.PUBLISHED ? publishedAt : null,
      editedAt: input.editedAt ?? null,
      authorId,
      categoryId: input.categoryId ?? null,
      sourceName: input.sourceName ?? null,
      sourceUrl: input.sourceUrl ?? null,
      repliesOpen: input.repliesOpen ?? true,
      heroImageUrl: input.heroImageUrl ?? null,
      heroImageAlt: input.heroImageUrl ? (input.heroImageAlt ?? null) : null,
      tags: { create: (input.tagIds ?? []).map((tagId) => ({ tagId })) },
      bylines: { create: [authorId, ...(input.coAuthorIds ?? [])].map((id, position) => ({ authorId: id, position })) },
    },
    select: { id: true, slug: true, title: true, authorId: true },
  });
}

export type ReplyInput = {
  articleId: string;
  parentId?: string | null;
  authorName?: string;
  authorEmail?: string;
  authorWebsite?: string | null;
  body?: string;
  status?: ReplyStatus;
  createdAt?: Date;
};

export async function createReply(input: ReplyInput) {
  const suffix = uniqueSuffix();
  return db.reply.create({
    data: {
      articleId: input.articleId,
      parentId: input.parentId ?? null,
      authorName: input.authorName ?? `Reader ${suffix}`,
      authorEmail: input.authorEmail ?? `reader-${suffix}@example.net`,
      authorWebsite: input.authorWebsite ?? null,
      body: input.body ?? `A reply ${suffix}.`,
      status: input.status ?? ReplyStatus.APPROVED,
      createdAt: input.createdAt ?? new Date(),
    },
    select: { id: true, body: true, authorName: true },
  });
}

export type CorrectionInput = { articleId: string; kind?: "correction" | "update"; text?: string; createdAt?: Date };

/** A correction (or update) note on an article. */
export async function createCorrection(input: CorrectionInput) {
  return db.articleCorrection.create({
    data: {
      articleId: input.articleId,
      kind: input.kind ?? "correction",
      text: input.text ?? `An earlier version of this article misstated a figure (${uniqueSuffix()}).`,
      ...(input.createdAt ? { createdAt: input.createdAt } : {}),
    },
    select: { id: true, kind: true, text: true, createdAt: true },
  });
}
