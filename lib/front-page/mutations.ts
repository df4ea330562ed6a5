import "server-only";
// Writes of the front-page desk. Each one records who did what (AuditEvent), keeps the history
// (FrontPageVersion) and expires exactly the cache tags of the pages it changes, so every caller
// gets all three (docs/decisions/039-front-page.md).
import type { SessionUser } from "@/lib/auth/session";
import { expireTags, frontPageTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { EDITION_GONE_MESSAGE } from "@/lib/editions/schemas";
import { editionExists } from "@/lib/editions/owner";
import type { Refusal } from "@/lib/actions/state";
import { publishedWhere } from "@/lib/articles/visibility";
import { findVersionForUndo, parseLayout } from "./queries";
import { breakingNewsKey, type BreakingNewsInput, type FrontPageLayout, type StoredBreakingNews } from "./schemas";

type Done = { ok: true; summary: string };

function storyIds(layout: FrontPageLayout): string[] {
  return [layout.lead, ...layout.top].flatMap((slot) => (slot ? [slot.articleId] : []));
}

/** What changed, in words for the history: "Lead: …; 2 top stories; blocks: World, Sport". */
function describe(layout: FrontPageLayout, titles: Map<string, string>, blockNames: string[]): string {
  const parts = [
    layout.lead ? `Lead: ${titles.get(layout.lead.articleId) ?? "a story"}${layout.lead.until ? " (pinned)" : ""}` : "Lead: the latest story",
    `${layout.top.length} top ${layout.top.length === 1 ? "story" : "stories"}`,
    blockNames.length ? `blocks: ${blockNames.join(", ")}` : "no blocks",
  ];
  return parts.join("; ").slice(0, 500);
}

async function saveVersion(user: SessionUser, layout: FrontPageLayout, editionId: string, summaryPrefix = ""): Promise<Done | Refusal> {
  if (!(await editionExists(editionId))) return { ok: false, message: EDITION_GONE_MESSAGE };
  const ids = storyIds(layout);
  // An edition's front page shows its own stories (a form from another edition's desk cannot mix them).
  const stories = ids.length ? await db.article.findMany({ where: { AND: [publishedWhere(), { id: { in: ids }, editionId }] }, select: { id: true, title: true } }) : [];
  if (stories.length !== ids.length) {
    return { ok: false, message: "A story on this front page is no longer published in this edition. Remove it and save again." };
  }
  const categorySlugs = layout.blocks.filter((block) => block.kind === "category").map((block) => block.slug);
  const tagSlugs = layout.blocks.filter((block) => block.kind === "tag").map((block) => block.slug);
  const [categories, tags] = await Promise.all([
    categorySlugs.length ? db.category.findMany({ where: { editionId, slug: { in: categorySlugs } }, select: { slug: true, name: true } }) : [],
    tagSlugs.length ? db.tag.findMany({ where: { editionId, slug: { in: tagSlugs } }, select: { slug: true, name: true } }) : [],
  ]);
  const names = new Map([...categories.map((term) => [`category:${term.slug}`, term.name] as const), ...tags.map((term) => [`tag:${term.slug}`, term.name] as const)]);
  const missing = layout.blocks.find((block) => !names.has(`${block.kind}:${block.slug}`));
  if (missing) return { ok: false, fieldErrors: { blocks: [`There is no ${missing.kind === "category" ? "section" : "tag"} “${missing.slug}” any more.`] } };

  const summary = summaryPrefix + describe(layout, new Map(stories.map((story) => [story.id, story.title])), layout.blocks.map((block) => names.get(`${block.kind}:${block.slug}`)!));
  await db.$transaction(async (tx) => {
    const version = await tx.frontPageVersion.create({ data: { layout: JSON.stringify(layout), summary, actorId: user.id, actorName: user.name, editionId }, select: { id: true } });
    await tx.auditEvent.create({ data: { actorId: user.id, action: summaryPrefix ? "front-page.undo" : "front-page.arrange", entityType: "front-page", entityId: version.id, detail: summary } });
  });
  expireTags([frontPageTags.arrangement()]);
  return { ok: true, summary };
}

/** Save the whole arrangement as edition `editionId`'s front page now. */
export function arrangeFrontPage(user: SessionUser, layout: FrontPageLayout, editionId: string): Promise<Done | Refusal> {
  return saveVersion(user, layout, editionId);
}

/** Take back one change of the history: the arrangement before it becomes the front page again. */
export async function undoFrontPageChange(user: SessionUser, versionId: string): Promise<Done | Refusal> {
  const found = await findVersionForUndo(versionId);
  if (!found) return { ok: false, message: "This change is no longer in the history. Reload the page." };
  // Stories unpublished since, and pins that have ended, are left out of what comes back.
  const now = Date.now();
  const keep = (slot: FrontPageLayout["lead"]) => (slot && (!slot.until || new Date(slot.until).getTime() > now) ? slot : null);
  const before = parseLayout(JSON.stringify(found.before))!;
  const ids = storyIds(before);
  const live = new Set((ids.length ? await db.article.findMany({ where: { AND: [publishedWhere(), { id: { in: ids } }] }, select: { id: true } }) : []).map((row) => row.id));
  const alive = (slot: FrontPageLayout["lead"]) => (slot && live.has(slot.articleId) ? keep(slot) : null);
  const restored: FrontPageLayout = {
    lead: alive(before.lead),
    top: before.top.flatMap((slot) => (alive(slot) ? [slot] : [])),
    blocks: before.blocks,
  };
  return saveVersion(user, restored, found.editionId, `Undo of “${found.summary.slice(0, 120)}”. `);
}

/** Put the banner up on every reader page of its edition (replacing the edition's other one). */
export async function showBreakingNews(user: SessionUser, input: BreakingNewsInput): Promise<Done | Refusal> {
  if (!(await editionExists(input.editionId))) return { ok: false, message: EDITION_GONE_MESSAGE };
  const key = breakingNewsKey(input.editionId);
  const banner: StoredBreakingNews = {
    text: input.text,
    link: input.link,
    expiresAt: input.expiresAt?.toISOString() ?? null,
    postedAt: new Date().toISOString(),
  };
  const value = JSON.stringify(banner);
  await db.$transaction([
    db.siteSetting.upsert({ where: { key }, create: { key, value }, update: { value } }),
    db.auditEvent.create({ data: { actorId: user.id, action: "breaking-news.show", entityType: "breaking-news", entityId: key, detail: input.text } }),
  ]);
  expireTags([frontPageTags.breakingNews(input.editionId)]);
  return { ok: true, summary: input.text };
}

/** Take an edition's banner down from all its pages. */
export async function takeDownBreakingNews(user: SessionUser, editionId: string): Promise<Done> {
  const key = breakingNewsKey(editionId);
  await db.$transaction([
    db.siteSetting.deleteMany({ where: { key } }),
    db.auditEvent.create({ data: { actorId: user.id, action: "breaking-news.take-down", entityType: "breaking-news", entityId: key } }),
  ]);
  expireTags([frontPageTags.breakingNews(editionId)]);
  return { ok: true, summary: "" };
}
