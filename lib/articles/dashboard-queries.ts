import "server-only";
import { serializeBody } from "@/lib/content/document";
import { documentText } from "@/lib/content/document-render";
import { readStoredBody } from "@/lib/content/stored-body";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { autosaveKey } from "@/lib/articles/autosave";
import { editableArticlesWhere } from "@/lib/articles/permissions";
import type { ArticleListParams, StatusFilter } from "@/lib/articles/list-params";
import { isSourceUpdated, translationFreshnessSelect } from "@/lib/articles/translation-status";
import { isPublished, publishedWhere } from "@/lib/articles/visibility";
import { addDays } from "date-fns";
import { fromZonedInputValue } from "@/lib/format-core";
import { siteTimeZone, startOfDayInSiteZone } from "@/lib/format";
import { can } from "@/lib/auth/permissions";
import { requirePermission, type SessionUser } from "@/lib/auth/session";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { ArticleStatus, ReplyStatus, db, type Prisma } from "@/lib/db";
import { DESK_EDITION_ORDER } from "@/lib/editions/registry";
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

/** A row of the article list: "Source updated" on a translation whose source changed since it caught up. */
export type DashboardListRow = DashboardArticleRow & { sourceUpdated: boolean };

const listRowSelect = { ...rowSelect, ...translationFreshnessSelect } satisfies Prisma.ArticleSelect;

export async function listDashboardArticles(params: ArticleListParams): Promise<{ rows: DashboardListRow[]; page: PageInfo; user: SessionUser }> {
  const user = await requirePermission("article:create");
  const now = new Date();
  const where: Prisma.ArticleWhereInput = {
    AND: [
      editableArticlesWhere(user),
      statusWhere(params.status, now),
      params.q ? { title: containsInsensitive(params.q) } : {},
      params.author ? { bylines: { some: { authorId: params.author } } } : {},
      params.section === "none" ? { categoryId: null } : params.section ? { categoryId: params.section } : {},
      params.edition ? { editionId: params.edition } : {},
      dateWhere(params.from, params.to),
    ],
  };
  const window = pageWindow(params.page, DASHBOARD_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db.article.findMany({ where, select: listRowSelect, orderBy: orderBy(params), skip: window.skip, take: window.take }),
    db.article.count({ where }),
  ]);
  return {
    rows: rows.map(({ sourceSeenAt, translationSource, ...row }) => ({ ...row, sourceUpdated: isSourceUpdated({ sourceSeenAt, translationSource }) })),
    page: pageInfo(window, total),
    user,
  };
}

export const FILTER_CHOICES_MAX = 1000;

/** Every edition as a choice in a dashboard form or filter, the default first, then in their order. */
function editionChoices(): Promise<{ id: string; name: string }[]> {
  return db.edition.findMany({ select: { id: true, name: true }, orderBy: [...DESK_EDITION_ORDER], take: FILTER_CHOICES_MAX });
}

/** The article list's filter choices: every byline, every section and every edition (default first). */
export async function getArticleListChoices(): Promise<{
  authors: { id: string; displayName: string }[];
  sections: { id: string; name: string }[];
  editions: { id: string; name: string }[];
}> {
  await requirePermission("article:create");
  const [authors, sections, editions] = await Promise.all([
    // Bounded: the newest bylines, shown A to Z (a newsroom has far fewer).
    db.author
      .findMany({ select: { id: true, displayName: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], take: FILTER_CHOICES_MAX })
      .then((rows) => rows.sort((a, b) => a.displayName.localeCompare(b.displayName, "en-GB"))),
    db.category.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: FILTER_CHOICES_MAX }),
    editionChoices(),
  ]);
  return { authors, sections, editions };
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
  /** Translators' author ids, in the order readers see them. */
  translatorIds: string[];
  editionId: string;
  /** The story's versions share this (null until it is translated). */
  translationGroup: string | null;
  /** For a translation: what it was translated from, and whether that changed since it caught up. */
  translation: { source: { id: string; title: string; edition: string }; sourceUpdated: boolean; sourceChangedAt: Date | null } | null;
};

export type EditorOptions = {
  /** The sections an article may be filed in: its edition's (a new article: every edition's). */
  categories: { id: string; name: string; editionId: string }[];
  /** The editions a new article may be written in, the default first; null for one edition or an existing article. */
  editions: { id: string; name: string }[] | null;
  /** How each edition the article may be in is written and addressed: its language and direction (the
   * fields follow them), its path (the address the Slug field shows). */
  writing: Record<string, EditionWriting>;
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
      translators: { select: { authorId: true }, orderBy: { position: "asc" } },
      tags: { select: { tag: { select: { name: true } } }, orderBy: { tag: { name: "asc" } } },
      editionId: true,
      translationGroup: true,
      sourceSeenAt: true,
      translationSource: { select: { id: true, title: true, contentChangedAt: true, edition: { select: { name: true } } } },
    },
  });
  if (!article) return null;
  const { bylines, translators, sourceSeenAt, translationSource, ...rest } = article;
  const bylineIds = bylines.map((byline) => byline.authorId);
  return {
    ...rest,
    body: serializeBody(readStoredBody(article.body)),
    tags: article.tags.map(({ tag }) => tag.name),
    bylineIds: bylineIds.length ? bylineIds : [article.authorId],
    translatorIds: translators.map((translator) => translator.authorId),
    translation: translationSource && {
      source: { id: translationSource.id, title: translationSource.title, edition: translationSource.edition.name },
      sourceUpdated: isSourceUpdated({ sourceSeenAt, translationSource }),
      sourceChangedAt: translationSource.contentChangedAt,
    },
  };
}

export type TranslationVersion = { id: string; title: string; status: ArticleStatus; publishedAt: Date | null; edition: string };

export type ArticleTranslations = {
  /** The story's versions in the other editions, in the editions' order. */
  versions: TranslationVersion[];
  /** Editions without a version yet: what "Add translation" offers. */
  addable: { id: string; name: string }[];
  /** The edition this version is in. */
  edition: string;
};

/**
 * The editor's "Translations" panel, for those who may add translations: the story's other versions
 * and the editions it has none in. Null when the site has one edition and the story no versions.
 */
export async function getArticleTranslations(user: SessionUser, article: Pick<EditorArticle, "id" | "editionId" | "translationGroup">): Promise<ArticleTranslations | null> {
  if (!can(user.role, "article:translate")) return null;
  const [editions, others] = await Promise.all([
    editionChoices(),
    article.translationGroup
      ? db.article.findMany({
          where: { translationGroup: article.translationGroup, NOT: { id: article.id } },
          select: { id: true, title: true, status: true, publishedAt: true, editionId: true },
          take: FILTER_CHOICES_MAX,
        })
      : Promise.resolve([]),
  ]);
  if (editions.length < 2 && others.length === 0) return null;
  const order = new Map(editions.map((edition, index) => [edition.id, index]));
  const name = new Map(editions.map((edition) => [edition.id, edition.name]));
  const taken = new Set([article.editionId, ...others.map((other) => other.editionId)]);
  return {
    versions: others
      .sort((a, b) => (order.get(a.editionId) ?? 0) - (order.get(b.editionId) ?? 0))
      .map(({ editionId, ...version }) => ({ ...version, edition: name.get(editionId) ?? "" })),
    addable: editions.filter((edition) => !taken.has(edition.id)),
    edition: name.get(article.editionId) ?? "",
  };
}

export type EditionWriting = { language: string; direction: "LTR" | "RTL"; path: string; isDefault: boolean };

/** The editor's choices for an article of `editionId` (a new article: any edition, its sections by edition). */
export async function getEditorOptions(user: SessionUser, editionId?: string): Promise<EditorOptions> {
  await requirePermission("article:create");
  const [categories, authors, ownAuthor, editions] = await Promise.all([
    // Sections belong to an edition: a French story is filed in the French edition's sections.
    db.category.findMany({ where: editionId ? { editionId } : {}, select: { id: true, name: true, editionId: true }, orderBy: { name: "asc" } }),
    // The same permission the save checks before accepting a chosen byline.
    can(user.role, "article:edit:any")
      ? db.author.findMany({ select: { id: true, displayName: true }, orderBy: { displayName: "asc" } })
      : Promise.resolve(null),
    db.author.findUnique({ where: { userId: user.id }, select: { id: true } }),
    db.edition.findMany({
      where: editionId ? { id: editionId } : {},
      select: { id: true, name: true, language: true, direction: true, path: true, isDefault: true },
      orderBy: [...DESK_EDITION_ORDER],
      take: FILTER_CHOICES_MAX,
    }),
  ]);
  return {
    categories,
    authors,
    defaultAuthorId: ownAuthor?.id ?? null,
    editions: !editionId && editions.length > 1 ? editions.map(({ id, name }) => ({ id, name })) : null,
    writing: Object.fromEntries(editions.map(({ id, language, direction, path, isDefault }) => [id, { language, direction, path, isDefault }])),
  };
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
