import "server-only";
// Live coverage for readers (the article page, the poll answers, the feed, the update's own page) and
// for the desk. Reader queries are cached under the coverage's tag and the article lists' tag (a
// publish or an unpublish changes whether the coverage is public); docs/decisions/037-live-coverage.md.
import { RecordIdSchema } from "@/lib/actions/schemas";
import { publishedWhere } from "@/lib/articles/visibility";
import type { SessionUser } from "@/lib/auth/session";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags, liveCoverageTag } from "@/lib/cache/tags";
import { serializeBody } from "@/lib/content/document";
import { readStoredBody } from "@/lib/content/stored-body";
import { db } from "@/lib/db";
import { canWorkLiveDesk } from "./mutations";
import type { LiveCoverageView, LiveLatest, PublicLiveChange, PublicLiveUpdate } from "./public";
import { publicUpdateSelect, toPublicUpdate } from "./shape";

/** The most updates a page is built with (older ones stay in the feed's history and the database). */
export const LIVE_PAGE_UPDATES = 300;

const liveTags = (articleId: string) => [liveCoverageTag(articleId), cacheTags.articleLists()];
const validId = (id: string) => RecordIdSchema.safeParse(id).success;

/** A published article's coverage with its updates, newest first, or null. */
export const getLiveCoverageView = readerQuery(
  "live:view",
  async (articleId: string): Promise<LiveCoverageView | null> => {
    if (!validId(articleId)) return null;
    const coverage = await db.liveCoverage.findFirst({ where: { articleId, article: publishedWhere() }, select: { startedAt: true, endedAt: true, seq: true } });
    if (!coverage) return null;
    // Read after the number: a change made in between is in the rows and comes again in the next range, which the page applies as the same state.
    const rows = await db.liveUpdate.findMany({
      where: { articleId, deletedAt: null },
      select: publicUpdateSelect,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: LIVE_PAGE_UPDATES,
    });
    return { startedAt: coverage.startedAt.toISOString(), endedAt: coverage.endedAt?.toISOString() ?? null, seq: coverage.seq, updates: rows.map(toPublicUpdate) };
  },
  liveTags,
);

/** The short answer every open page polls: the number of the last change, and whether it is still live. */
export const getLiveLatest = readerQuery(
  "live:latest",
  async (articleId: string): Promise<LiveLatest | null> => {
    if (!validId(articleId)) return null;
    const coverage = await db.liveCoverage.findFirst({ where: { articleId, article: publishedWhere() }, select: { endedAt: true, seq: true } });
    return coverage && { seq: coverage.seq, live: coverage.endedAt === null, endedAt: coverage.endedAt?.toISOString() ?? null };
  },
  liveTags,
);

/** Changes after `from` up to `to`, once all of them exist (null before: such an answer would change). */
export const getLiveChanges = readerQuery(
  "live:changes",
  async (articleId: string, from: number, to: number): Promise<PublicLiveChange[] | null> => {
    if (!validId(articleId)) return null;
    const coverage = await db.liveCoverage.findFirst({ where: { articleId, article: publishedWhere() }, select: { seq: true } });
    if (!coverage || coverage.seq < to) return null;
    const rows = await db.liveUpdateChange.findMany({
      where: { articleId, seq: { gt: from, lte: to } },
      select: { seq: true, kind: true, updateId: true, snapshot: true, createdAt: true },
      orderBy: { seq: "asc" },
    });
    return rows.map((row): PublicLiveChange => {
      if (row.kind === "end" || row.kind === "resume") return { seq: row.seq, kind: row.kind, id: null, update: null, at: row.createdAt.toISOString() };
      if (row.kind === "delete" || !row.snapshot || !row.updateId) return { seq: row.seq, kind: "delete", id: row.updateId ?? "", update: null };
      return { seq: row.seq, kind: row.kind as "post" | "edit" | "pin" | "unpin", id: row.updateId, update: JSON.parse(row.snapshot) as PublicLiveUpdate };
    });
  },
  (articleId) => liveTags(articleId),
);

export type DeskUpdate = PublicLiveUpdate & { bodyJson: string; version: number; history: { kind: string; correction: boolean; note: string; by: string; at: string }[] };

export type LiveDesk = {
  article: { id: string; title: string; slug: string; status: string; public: boolean };
  coverage: { startedAt: string; endedAt: string | null; seq: number } | null;
  updates: DeskUpdate[];
};

/** The desk of an article this user may work on, or null (no such article, or not theirs). */
export async function getLiveDesk(user: Pick<SessionUser, "id" | "role">, articleId: string): Promise<LiveDesk | null> {
  if (!validId(articleId)) return null;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: {
      id: true,
      title: true,
      slug: true,
      status: true,
      publishedAt: true,
      bylines: { select: { author: { select: { userId: true } } } },
      live: { select: { startedAt: true, endedAt: true, seq: true } },
    },
  });
  if (!article || !canWorkLiveDesk(user, article)) return null;
  const rows = article.live
    ? await db.liveUpdate.findMany({
        where: { articleId, deletedAt: null },
        select: {
          ...publicUpdateSelect,
          version: true,
          changes: { select: { kind: true, correction: true, note: true, createdAt: true, actor: { select: { name: true } } }, orderBy: { seq: "asc" } },
        },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: LIVE_PAGE_UPDATES,
      })
    : [];
  const isPublic = (await db.article.count({ where: { AND: [{ id: articleId }, publishedWhere()] } })) > 0;
  return {
    article: { id: article.id, title: article.title, slug: article.slug, status: article.status, public: isPublic },
    coverage: article.live && { startedAt: article.live.startedAt.toISOString(), endedAt: article.live.endedAt?.toISOString() ?? null, seq: article.live.seq },
    updates: rows.map((row) => ({
      ...toPublicUpdate({ ...row, changes: row.changes.filter((change) => change.correction).map(() => ({ id: "" })) }),
      bodyJson: serializeBody(readStoredBody(row.body)),
      version: row.version,
      history: row.changes.map((change) => ({ kind: change.kind, correction: change.correction, note: change.note, by: change.actor?.name ?? "someone", at: change.createdAt.toISOString() })),
    })),
  };
}

/** The number of the desk's last change, so an open desk knows when to refresh (null: not permitted). */
export async function getLiveDeskSeq(user: Pick<SessionUser, "id" | "role">, articleId: string): Promise<number | null> {
  if (!validId(articleId)) return null;
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { bylines: { select: { author: { select: { userId: true } } } }, live: { select: { seq: true, endedAt: true } } },
  });
  if (!article || !canWorkLiveDesk(user, article)) return null;
  return article.live ? article.live.seq * 2 + (article.live.endedAt ? 1 : 0) : -1;
}

/** Whether the article is live coverage now, for the editor's checkbox. */
export async function getLiveState(articleId: string): Promise<"none" | "live" | "ended"> {
  if (!validId(articleId)) return "none";
  const coverage = await db.liveCoverage.findUnique({ where: { articleId }, select: { endedAt: true } });
  return !coverage ? "none" : coverage.endedAt ? "ended" : "live";
}
