import "server-only";
import { serializeBody } from "@/lib/content/document";
import { documentText } from "@/lib/content/document-render";
import { readStoredBody } from "@/lib/content/stored-body";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { autosaveKey } from "@/lib/articles/autosave";
import { editableArticlesWhere } from "@/lib/articles/permissions";
import type { ArticleListParams, StatusFilter } from "@/lib/articles/list-params";
import { isPublished, publishedWhere } from "@/lib/articles/visibility";
import { addDays } from "date-fns";
import { fromZonedInputValue } from "@/lib/format-core";
import { siteTimeZone, startOfDayInSiteZone } from "@/lib/format";
import { can } from "@/lib/auth/permissions";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { ArticleStatus, ReplyStatus, db, type Prisma } from "@/lib/db";
import { containsInsensitive } from "@/lib/db/search";

export const DASHBOARD_PAGE_SIZE = 20;

export { STATUS_FILTERS, type StatusFilter } from "@/lib/articles/list-params";

/** Status filters as readers of the dashboard understand them: "scheduled" is only the future ones. */
function statusWhere(filter: StatusFilter, now: Date): Prisma.ArticleWhereInput {
  switch (filter) {
    case "draft":
      return { status: ArticleStatus.DRAFT };
    case "in_review":
      return { status: ArticleStatus.IN_REVIEW };
    case "scheduled":
      return { status: ArticleStatus.SCHEDULED, publishedAt: { gt: now } };
    case "published":
      return publishedWhere(now);
    case "archived":
      return { status: ArticleStatus.ARCHIVED };
    default:
      return {};
  }
}

/** From the first instant of `from` to the last of `to` (site days): on the publication time, or the last change when unpublished. */
function dateWhere(from: string, to: string): Prisma.ArticleWhereInput {
  if (!from && !to) return {};
  const range: Prisma.DateTimeFilter = {};
  if (from) range.gte = startOfDayInSiteZone(fromZonedInputValue(`${from}T12:00`, siteTimeZone) ?? new Date(0));
  if (to) range.lt = startOfDayInSiteZone(addDays(fromZonedInputValue(`${to}T12:00`, siteTimeZone) ?? new Date(0), 1));
  return { OR: [{ publishedAt: range }, { publishedAt: null, updatedAt: range }] };
}

function orderBy(params: ArticleListParams): Prisma.ArticleOrderByWithRelationInput[] {
  const dir = params.dir;
  switch (params.sort) {
    case "title":
      return [{ title: dir }, { id: dir }];
    case "published":
      return [{ publishedAt: { sort: dir, nulls: "last" } }, { id: dir }];
    default:
      return [{ updatedAt: dir }, { id: dir }];
  }
}

export type DashboardArticleRow = {
  id: string;
  title: string;
  slug: string;
  status: ArticleStatus;
  publishedAt: Date | null;
  updatedAt: Date;
  author: { displayName: string };
  category: { name: string } | null;
};

const rowSelect = {
  id: true,
  title: true,
  slug: true,
  status: true,
  publishedAt: true,
  updatedAt: true,
  author: { select: { displayName: true } },
  category: { select: { name: true } },
} satisfies Prisma.ArticleSelect;

export async function listDashboardArticles(params: ArticleListParams): Promise<{ rows: DashboardArticleRow[]; page: PageInfo; user: SessionUser }> {
  const user = await requirePermission("article:create");
  const now = new Date();
  const where: Prisma.ArticleWhereInput = {
    AND: [
      editableArticlesWhere(user),
      statusWhere(params.status, now),
      params.q ? { title: containsInsensitive(params.q) } : {},
      params.author ? { bylines: { some: { authorId: params.author } } } : {},
      params.section === "none" ? { categoryId: null } : params.section ? { categoryId: params.section } : {},
      dateWhere(params.from, params.to),
    ],
  };
  const window = pageWindow(params.page, DASHBOARD_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db.article.findMany({ where, select: rowSelect, orderBy: orderBy(params), skip: window.skip, take: window.take }),
    db.article.count({ where }),
  ]);
  return { rows, page: pageInfo(window, total), user };
}

export const FILTER_CHOICES_MAX = 1000;

/** The article list's filter choices: every byline and every section. */
export async function getArticleListChoices(): Promise<{ authors: { id: string; displayName: string }[]; sections: { id: string; name: string }[] }> {
  await requirePermission("article:create");
  const [authors, sections] = await Promise.all([
    // Bounded: the newest bylines, shown A to Z (a newsroom has far fewer).
    db.author
      .findMany({ select: { id: true, displayName: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: FILTER_CHOICES_MAX })
      .then((rows) => rows.sort((a, b) => a.displayName.localeCompare(b.displayName, "en-GB"))),
    db.category.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: FILTER_CHOICES_MAX }),
  ]);
  return { authors, sections };
}

export type DashboardCounts = {
  drafts: number;
  inReview: number;
  scheduled: number;
  publishedToday: number;
  pendingReplies: number | null;
};

/** The overview's numbers, limited to what this user may see. */
export async function getDashboardCounts(user: SessionUser, startOfToday: Date): Promise<DashboardCounts> {
  const now = new Date();
  const mine = editableArticlesWhere(user);
  const count = (where: Prisma.ArticleWhereInput) => db.article.count({ where: { AND: [mine, where] } });
  const [drafts, inReview, scheduled, publishedToday, pendingReplies] = await Promise.all([
    count({ status: ArticleStatus.DRAFT }),
    count({ status: ArticleStatus.IN_REVIEW }),
    count({ status: ArticleStatus.SCHEDULED, publishedAt: { gt: now } }),
    count({ AND: [publishedWhere(now), { publishedAt: { gte: startOfToday } }] }),
    can(user.role, "reply:moderate") ? db.reply.count({ where: { status: ReplyStatus.PENDING } }) : Promise.resolve(null),
  ]);
  return { drafts, inReview, scheduled, publishedToday, pendingReplies };
}

export const OVERVIEW_LIST_SIZE = 8;

export type OverviewLists = Record<"myDrafts" | "inReview" | "scheduledToday" | "publishedToday", DashboardArticleRow[]>;

/**
 * The overview's four lists: this user's own drafts (their bylines, for editors too), what waits for
 * review, what goes live later today and what went live today (site days), as far as they may see.
 */
export async function getOverviewLists(user: SessionUser, now: Date = new Date()): Promise<OverviewLists> {
  const startOfToday = startOfDayInSiteZone(now);
  const startOfTomorrow = startOfDayInSiteZone(new Date(startOfToday.getTime() + 36 * 3_600_000));
  const mine = editableArticlesWhere(user);
  const list = (where: Prisma.ArticleWhereInput, order: Prisma.ArticleOrderByWithRelationInput[]) =>
    db.article.findMany({ where: { AND: [mine, where] }, select: rowSelect, orderBy: order, take: OVERVIEW_LIST_SIZE });
  const [myDrafts, inReview, scheduledToday, publishedToday] = await Promise.all([
    list({ status: ArticleStatus.DRAFT, bylines: { some: { author: { userId: user.id } } } }, [{ updatedAt: "desc" }, { id: "desc" }]),
    list({ status: ArticleStatus.IN_REVIEW }, [{ updatedAt: "asc" }, { id: "asc" }]),
    list({ status: ArticleStatus.SCHEDULED, publishedAt: { gt: now, lt: startOfTomorrow } }, [{ publishedAt: "asc" }, { id: "asc" }]),
    list({ AND: [publishedWhere(now), { publishedAt: { gte: startOfToday } }] }, [{ publishedAt: "desc" }, { id: "desc" }]),
  ]);
  return { myDrafts, inReview, scheduledToday, publishedToday };
}

export type CalendarStory = { id: string; title: string; publishedAt: Date; scheduled: boolean; author: string; section: string | null };

export const CALENDAR_MAX_STORIES = 500;

/** Scheduled and published stories between two instants (a day or a week of the calendar), in time order. */
export async function listCalendarStories(user: SessionUser, from: Date, to: Date): Promise<CalendarStory[]> {
  const now = new Date();
  const rows = await db.article.findMany({
    where: {
      AND: [
        editableArticlesWhere(user),
        { status: { in: [ArticleStatus.SCHEDULED, ArticleStatus.PUBLISHED] }, publishedAt: { gte: from, lt: to } },
      ],
    },
    select: { id: true, title: true, status: true, publishedAt: true, author: { select: { displayName: true } }, category: { select: { name: true } } },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
    take: CALENDAR_MAX_STORIES,
  });
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    publishedAt: row.publishedAt!,
    // Still to go live: only these can be moved.
    scheduled: !isPublished(row, now),
    author: row.author.displayName,
    section: row.category?.name ?? null,
  }));
}

export type EditorArticle = {
  id: string;
  title: string;
  slug: string;
  standfirst: string;
  /** The body document as JSON (a Markdown body from before the editor comes converted). */
  body: string;
  sourceName: string | null;
  sourceUrl: string | null;
  status: ArticleStatus;
  publishedAt: Date | null;
  categoryId: string | null;
  authorId: string;
  heroImageUrl: string | null;
  heroImageAlt: string | null;
  repliesOpen: boolean;
  seoTitle: string | null;
  seoDescription: string | null;
  version: number;
  updatedAt: Date;
  tags: string[];
  /** Author ids in byline order. */
  bylineIds: string[];
};

export type EditorOptions = {
  categories: { id: string; name: string }[];
  /** The bylines an editor may choose from; null for authors, who always write as themselves. */
  authors: { id: string; displayName: string }[] | null;
  /**
   * The byline a new article starts with: the user's own. Null when they have none yet: saving
   * their new article creates it (lib/authors/mutations.ts), never someone else's first in the alphabet.
   */
  defaultAuthorId: string | null;
};

/** An article for the editor, if this user may edit it. */
export async function getArticleForEditor(user: SessionUser, id: string): Promise<EditorArticle | null> {
  // Ids come from the address bar: one that no row can have is not looked up (PostgreSQL refuses NUL).
  if (!RecordIdSchema.safeParse(id).success) return null;
  const article = await db.article.findFirst({
    where: { AND: [{ id }, editableArticlesWhere(user)] },
    select: {
      id: true,
      title: true,
      slug: true,
      standfirst: true,
      body: true,
      sourceName: true,
      sourceUrl: true,
      status: true,
      publishedAt: true,
      categoryId: true,
      authorId: true,
      heroImageUrl: true,
      heroImageAlt: true,
      repliesOpen: true,
      seoTitle: true,
      seoDescription: true,
      version: true,
      updatedAt: true,
      bylines: { select: { authorId: true }, orderBy: { position: "asc" } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
    },
  });
  if (!article) return null;
  const { bylines, ...rest } = article;
  const bylineIds = bylines.map((byline) => byline.authorId);
  return { ...rest, body: serializeBody(readStoredBody(article.body)), tags: article.tags.map(({ tag }) => tag.name), bylineIds: bylineIds.length ? bylineIds : [article.authorId] };
}

export async function getEditorOptions(user: SessionUser): Promise<EditorOptions> {
  await requirePermission("article:create");
  const [categories, authors, ownAuthor] = await Promise.all([
    db.category.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } }),
    // The same permission the save checks before accepting a chosen byline.
    can(user.role, "article:edit:any")
      ? db.author.findMany({ select: { id: true, displayName: true }, orderBy: { displayName: "asc" } })
      : Promise.resolve(null),
    db.author.findUnique({ where: { userId: user.id }, select: { id: true } }),
  ]);
  return { categories, authors, defaultAuthorId: ownAuthor?.id ?? null };
}

export type EditorAutosave = { data: Record<string, string>; updatedAt: Date };

/** This user's unsaved editor fields for the article (or for a new one), if any. */
export async function getAutosave(user: SessionUser, articleId: string | null): Promise<EditorAutosave | null> {
  await requirePermission("article:create");
  if (articleId !== null && !RecordIdSchema.safeParse(articleId).success) return null;
  const row = await db.articleAutosave.findUnique({
    where: { key: autosaveKey(user.id, articleId) },
    select: { data: true, updatedAt: true },
  });
  if (!row) return null;
  try {
    return { data: JSON.parse(row.data) as Record<string, string>, updatedAt: row.updatedAt };
  } catch {
    return null;
  }
}

export async function listRevisions(user: SessionUser, articleId: string) {
  if (!RecordIdSchema.safeParse(articleId).success) return null;
  const article = await db.article.findFirst({
    where: { AND: [{ id: articleId }, editableArticlesWhere(user)] },
    select: { id: true, title: true, version: true },
  });
  if (!article) return null;
  const revisions = await db.articleRevision.findMany({
    where: { articleId },
    select: { id: true, version: true, title: true, standfirst: true, body: true, createdAt: true, editor: { select: { name: true } } },
    orderBy: [{ createdAt: "desc" }, { version: "desc" }],
  });
  // The diff compares what readers read: the text of each body document.
  return { article, revisions: revisions.map((revision) => ({ ...revision, body: documentText(readStoredBody(revision.body)) })) };
}
