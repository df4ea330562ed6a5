import "server-only";
// Live coverage's writes (docs/decisions/037-live-coverage.md). Every write here checks who
// is asking, numbers its change (LiveCoverage.seq + 1, in the same transaction), keeps the update as
// readers now see it with that change (the range answers readers poll are built from those copies and
// never change), records an audit event, and expires the exact cache tags it changed itself, so any
// caller (an action, a route, an import) gets all of it.
import type { Refusal } from "@/lib/actions/state";
import { tagSourceSelect, toTagSource } from "@/lib/articles/tag-source";
import { canEditArticle, bylineOwnersSelect } from "@/lib/articles/permissions";
import { VISIBLE_STATUSES, isPublished } from "@/lib/articles/visibility";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { cacheTags } from "@/lib/cache/tags";
import { serializeBody } from "@/lib/content/document";
import { documentToHtml } from "@/lib/content/document-render";
import { bodyColumns, readStoredBody } from "@/lib/content/stored-body";
import { db, type Prisma } from "@/lib/db";
import { formatDateTime } from "@/lib/format";
import type { LiveUpdateInput } from "./schemas";
import { expireLiveCoverage } from "./expiry";
import { recordChange } from "./history";

type Tx = Prisma.TransactionClient;
type Caller = Pick<SessionUser, "id" | "role" | "name">;

/** The newer text an edit was refused for, so the desk can show it (as the article editor does). */
export type LiveConflict = Refusal & { current?: LiveConflictText };
export type LiveConflictText = { headline: string; body: string; html: string; keyEvent: boolean; version: number };

const articleSelect = { ...tagSourceSelect, ...bylineOwnersSelect, id: true, status: true, publishedAt: true, live: { select: { endedAt: true } } } satisfies Prisma.ArticleSelect;
type LiveArticle = Prisma.ArticleGetPayload<{ select: typeof articleSelect }>;

/** Authors on coverage they are a byline of, editors on any, moderators on none. */
export function canWorkLiveDesk(user: Pick<SessionUser, "id" | "role">, article: Parameters<typeof canEditArticle>[1]): boolean {
  return (
    can(user.role, "live:post:any") ||
    (can(user.role, "live:post:own") && article.bylines.some((byline) => byline.author.userId !== null && byline.author.userId === user.id))
  );
}

const NOT_YOURS = "You can only post to live coverage of articles you have a byline on.";

async function loadArticle(user: Caller, articleId: string): Promise<LiveArticle | Refusal> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: articleSelect });
  if (!article) return { ok: false, message: "This article no longer exists." };
  if (!canWorkLiveDesk(user, article)) return { ok: false, message: NOT_YOURS };
  return article;
}

/** What readers see change (./expiry.ts, the same set as the import's). */
function expireFor(article: LiveArticle, extra: string[] = []): void {
  expireLiveCoverage(article.id, toTagSource(article), extra);
}

/** What readers are told changed, and when: the article's "Updated" line and dateModified. */
function editedNow(tx: Tx, article: LiveArticle, now: Date) {
  return isPublished(article, now) ? tx.article.update({ where: { id: article.id }, data: { editedAt: now }, select: { id: true } }) : null;
}

/** Turn an article into live coverage, or reopen coverage that was ended. */
export async function startLiveCoverage(user: Caller, articleId: string): Promise<{ ok: true } | Refusal> {
  const article = await loadArticle(user, articleId);
  if ("ok" in article) return article;
  if (!VISIBLE_STATUSES.includes(article.status)) return { ok: false, message: "Only a published or scheduled article can be live coverage. Publish or schedule it first." };
  if (article.live && !article.live.endedAt) return { ok: true };
  await db.$transaction(async (tx) => {
    if (article.live) {
      await tx.liveCoverage.update({ where: { articleId }, data: { endedAt: null }, select: { articleId: true } });
      await recordChange(tx, user, articleId, { kind: "resume", updateId: null });
    } else {
      await tx.liveCoverage.create({ data: { articleId }, select: { articleId: true } });
      await tx.auditEvent.create({ data: { actorId: user.id, action: "live.start", entityType: "article", entityId: articleId, detail: "" } });
    }
  });
  expireFor(article);
  return { ok: true };
}

export async function endLiveCoverage(user: Caller, articleId: string): Promise<{ ok: true } | Refusal> {
  const article = await loadArticle(user, articleId);
  if ("ok" in article) return article;
  if (!article.live) return { ok: false, message: "This article is not live coverage." };
  if (article.live.endedAt) return { ok: true };
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.liveCoverage.update({ where: { articleId }, data: { endedAt: now }, select: { articleId: true } });
    await recordChange(tx, user, articleId, { kind: "end", updateId: null });
  });
  expireFor(article);
  return { ok: true };
}

export async function postLiveUpdate(user: Caller, articleId: string, input: LiveUpdateInput): Promise<{ ok: true; id: string } | Refusal> {
  const article = await loadArticle(user, articleId);
  if ("ok" in article) return article;
  if (!article.live) return { ok: false, message: "Turn on live coverage in the article's editor first." };
  if (article.live.endedAt) return { ok: false, message: "This live coverage has ended. Resume it to post again." };
  const now = new Date();
  const id = await db.$transaction(async (tx) => {
    const created = await tx.liveUpdate.create({
      data: { articleId, authorId: user.id, headline: input.headline, ...bodyColumns(input.body), keyEvent: input.keyEvent, createdAt: now, updatedAt: now },
      select: { id: true },
    });
    await recordChange(tx, user, articleId, { kind: "post", updateId: created.id });
    await editedNow(tx, article, now);
    return created.id;
  });
  expireFor(article);
  return { ok: true, id };
}

async function loadUpdate(user: Caller, updateId: string) {
  const update = await db.liveUpdate.findUnique({
    where: { id: updateId },
    select: { id: true, articleId: true, headline: true, body: true, keyEvent: true, pinned: true, version: true, deletedAt: true, updatedAt: true },
  });
  if (!update || update.deletedAt) return { ok: false, message: "This update was deleted." } as Refusal;
  const article = await loadArticle(user, update.articleId);
  if ("ok" in article) return article;
  return { update, article };
}

/** Change an update's text; an edit against an older version is refused with the newer text. */
export async function editLiveUpdate(user: Caller, updateId: string, input: LiveUpdateInput): Promise<{ ok: true; version: number } | LiveConflict> {
  const loaded = await loadUpdate(user, updateId);
  if ("ok" in loaded) return loaded;
  const { update, article } = loaded;
  const conflict = async (): Promise<LiveConflict> => {
    const last = await db.liveUpdateChange.findFirst({
      where: { updateId, kind: { in: ["post", "edit"] } },
      orderBy: { seq: "desc" },
      select: { createdAt: true, actor: { select: { name: true } } },
    });
    const current = await db.liveUpdate.findUniqueOrThrow({ where: { id: updateId }, select: { headline: true, body: true, keyEvent: true, version: true } });
    return {
      ok: false,
      message: `${last?.actor?.name ?? "Someone else"} saved this update at ${formatDateTime(last?.createdAt ?? update.updatedAt)}, after you opened it. Your text was not saved: the newer text is shown below; copy your changes into it and save again.`,
      current: { ...current, body: serializeBody(readStoredBody(current.body)), html: documentToHtml(readStoredBody(current.body)) },
    };
  };
  if (update.version !== input.version) return conflict();
  const now = new Date();
  const saved = await db.$transaction(async (tx) => {
    const changed = await tx.liveUpdate.updateMany({
      where: { id: updateId, version: input.version, deletedAt: null },
      data: { headline: input.headline, ...bodyColumns(input.body), keyEvent: input.keyEvent, updatedAt: now, version: { increment: 1 } },
    });
    if (changed.count === 0) return false;
    await recordChange(tx, user, article.id, { kind: "edit", updateId, correction: input.correction, note: input.correction ? input.correctionNote : "" });
    if (input.correction && isPublished(article, now)) {
      const label = input.headline || update.headline;
      await tx.articleCorrection.create({
        data: { articleId: article.id, kind: "correction", text: `Live update${label ? ` “${label}”` : ""}: ${input.correctionNote}`.slice(0, 2_000), createdById: user.id },
      });
    }
    await editedNow(tx, article, now);
    return true;
  });
  if (!saved) return conflict();
  expireFor(article, input.correction ? [cacheTags.corrections()] : []);
  return { ok: true, version: input.version + 1 };
}

/** Take an update off the page; its history keeps what it said. */
export async function deleteLiveUpdate(user: Caller, updateId: string): Promise<{ ok: true } | Refusal> {
  const loaded = await loadUpdate(user, updateId);
  if ("ok" in loaded) return loaded;
  const { article } = loaded;
  const now = new Date();
  await db.$transaction(async (tx) => {
    await tx.liveUpdate.update({ where: { id: updateId }, data: { deletedAt: now, pinned: false, version: { increment: 1 } }, select: { id: true } });
    await recordChange(tx, user, article.id, { kind: "delete", updateId });
    await editedNow(tx, article, now);
  });
  expireFor(article);
  return { ok: true };
}

/** Pin an update at the top ("What we know so far"), unpinning the one pinned before; or unpin it. */
export async function togglePinLiveUpdate(user: Caller, updateId: string): Promise<{ ok: true; pinned: boolean } | Refusal> {
  const loaded = await loadUpdate(user, updateId);
  if ("ok" in loaded) return loaded;
  const { update, article } = loaded;
  const pin = !update.pinned;
  await db.$transaction(async (tx) => {
    if (pin) {
      const earlier = await tx.liveUpdate.findMany({ where: { articleId: article.id, pinned: true }, select: { id: true } });
      for (const other of earlier) {
        await tx.liveUpdate.update({ where: { id: other.id }, data: { pinned: false }, select: { id: true } });
        await recordChange(tx, user, article.id, { kind: "unpin", updateId: other.id });
      }
    }
    await tx.liveUpdate.update({ where: { id: updateId }, data: { pinned: pin }, select: { id: true } });
    await recordChange(tx, user, article.id, { kind: pin ? "pin" : "unpin", updateId });
  });
  expireFor(article);
  return { ok: true, pinned: pin };
}
