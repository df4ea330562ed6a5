import "server-only";
// The front page as readers see it, the breaking-news banner on every reader page, and the desk's
// reads (docs/decisions/039-front-page.md). Reader reads are cached under exact tags; a pinned
// story's time and a banner's expiry end the cached entries (and so the cached pages) at that moment.
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { articleCardSelect, type ArticleCard } from "@/lib/articles/queries";
import { nextScheduledPublishAt } from "@/lib/articles/schedule";
import { publishedWhere } from "@/lib/articles/visibility";
import { requirePermission } from "@/lib/auth/session";
import { fromCacheable, toCacheable } from "@/lib/cache/cacheable";
import { entryLifetime } from "@/lib/cache/lifetime";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags, frontPageTags } from "@/lib/cache/tags";
import { db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { containsInsensitive } from "@/lib/db/search";
import { fillSlots, heldStoryIds, nextPinEnd } from "./resolve";
import { FrontPageLayoutSchema, StoredBreakingNewsSchema, breakingNewsKey, type Block, type FrontPageLayout, type StoredBreakingNews } from "./schemas";


const storySelect = { ...articleCardSelect, heroImageUrl: true, heroImageAlt: true } satisfies Prisma.ArticleSelect;

/** A story as the front page shows it: a card with its picture. */
export type FrontPageStory = ArticleCard & { heroImageUrl: string | null; heroImageAlt: string | null };

export type FrontPageBlock = { kind: Block["kind"]; slug: string; name: string; href: string; pictures: boolean; stories: FrontPageStory[] };

/**
 * `arranged`: an editor holds a story in a slot or chose blocks; the page shows the lead and top
 * stories. Otherwise the latest stories are the front page (the newest leads, with its picture:
 * `latestPicture`) and the blocks show each section's stories not already among them.
 */
export type FrontPage = {
  arranged: boolean;
  lead: FrontPageStory | null;
  top: FrontPageStory[];
  blocks: FrontPageBlock[];
  latestPicture: { articleId: string; url: string; alt: string } | null;
};

const newestFirst = [{ publishedAt: "desc" }, { id: "desc" }] satisfies Prisma.ArticleOrderByWithRelationInput[];

/** How many of the newest stories the slots fall back on. */
const LATEST_POOL = 30;
/** Blocks of an unarranged front page: the sections with the latest stories, this many stories each. */
const DEFAULT_BLOCKS = 4;
const DEFAULT_BLOCK_STORIES = 3;

/** The saved arrangement, or null when no one has arranged the front page yet. */
export function parseLayout(text: string | undefined): FrontPageLayout | null {
  if (text === undefined) return null;
  try {
    const parsed = FrontPageLayoutSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

async function loadCurrentVersion(editionId: string): Promise<{ id: string; layout: string } | null> {
  return db.frontPageVersion.findFirst({ where: { editionId }, select: { id: true, layout: true }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
}

const getCurrentVersion = readerQuery("front-page:version", loadCurrentVersion, () => [frontPageTags.arrangement()]);

async function resolveFrontPage(editionId: string, layout: FrontPageLayout | null, now: Date): Promise<FrontPage> {
  const published = { AND: [publishedWhere(now), { editionId }] };
  const heldIds = heldStoryIds(layout, now);
  const [heldRows, latest] = await Promise.all([
    heldIds.length ? db.article.findMany({ where: { AND: [published, { id: { in: heldIds } }] }, select: storySelect }) : [],
    db.article.findMany({ where: published, select: storySelect, orderBy: newestFirst, take: LATEST_POOL }),
  ]);
  const held = new Map((heldRows as FrontPageStory[]).map((story) => [story.id, story]));
  const arranged = held.size > 0 || (layout?.blocks.length ?? 0) > 0;
  const { lead, top } = arranged ? fillSlots(layout, now, held, latest as FrontPageStory[]) : { lead: null, top: [] };
  // Unarranged, the first page of the latest stories is the front page's top: blocks leave those out.
  const shown = arranged ? [lead, ...top].flatMap((story) => (story ? [story] : [])) : latest.slice(0, env.PAGE_SIZE);
  const used = new Set(shown.map((story) => story.id));
  const newest = latest[0];
  const latestPicture = !arranged && newest?.heroImageUrl ? { articleId: newest.id, url: newest.heroImageUrl, alt: newest.heroImageAlt ?? "" } : null;

  const blocks: Block[] = arranged && layout
    ? layout.blocks
    : [...new Map(latest.flatMap((story) => (story.category ? [[story.category.slug, story.category.slug] as const] : []))).keys()]
        .slice(0, DEFAULT_BLOCKS)
        .map((slug) => ({ kind: "category" as const, slug, count: DEFAULT_BLOCK_STORIES, pictures: true }));

  const filled = await Promise.all(
    blocks.map(async (block): Promise<FrontPageBlock | null> => {
      const term =
        block.kind === "category"
          ? await db.category.findUnique({ where: { editionId_slug: { editionId, slug: block.slug } }, select: { slug: true, name: true } })
          : await db.tag.findUnique({ where: { editionId_slug: { editionId, slug: block.slug } }, select: { slug: true, name: true } });
      if (!term) return null;
      const filter: Prisma.ArticleWhereInput = block.kind === "category" ? { category: { slug: block.slug } } : { tags: { some: { tag: { slug: block.slug } } } };
      const rows = await db.article.findMany({
        where: { AND: [published, filter, { id: { notIn: [...used] } }] },
        select: storySelect,
        orderBy: newestFirst,
        take: block.count,
      });
      return { kind: block.kind, slug: term.slug, name: term.name, href: `/${block.kind}/${term.slug}`, pictures: block.pictures, stories: rows as FrontPageStory[] };
    }),
  );
  return { arranged, lead, top, latestPicture, blocks: filled.filter((block): block is FrontPageBlock => block !== null && block.stories.length > 0) };
}

/**
 * An edition's front page now. Cached under the arrangement's tag and every article list's, keyed by the
 * arrangement, the next scheduled publish and the next pin's end, and ended at the earlier of those.
 */
export const getFrontPage = cache(async (editionId: string): Promise<FrontPage> => {
  const version = await getCurrentVersion(editionId);
  const layout = parseLayout(version?.layout);
  const now = new Date();
  const [horizon, pinEnd] = [await nextScheduledPublishAt(), nextPinEnd(layout, now)];
  const lifetime = Math.min(entryLifetime(horizon, now.getTime()), pinEnd ? Math.max(1, Math.ceil((pinEnd.getTime() - now.getTime()) / 1000)) : Infinity);
  const cached = unstable_cache(
    async () => toCacheable(await resolveFrontPage(editionId, layout, new Date())),
    ["front-page:resolved", editionId, version?.id ?? "none", horizon?.toISOString() ?? "none", pinEnd?.toISOString() ?? "none", heldStoryIds(layout, now).join(",")],
    { tags: [frontPageTags.arrangement(), cacheTags.articleLists(), cacheTags.categories()], revalidate: lifetime },
  );
  return fromCacheable<FrontPage>(await cached());
});

/** An edition's banner as saved, whether or not it has expired. */
const getStoredBreakingNews = readerQuery(
  "breaking-news",
  async (editionId: string): Promise<StoredBreakingNews | null> => {
    const row = await db.siteSetting.findUnique({ where: { key: breakingNewsKey(editionId) }, select: { value: true } });
    return parseBreakingNews(row?.value);
  },
  (editionId) => [frontPageTags.breakingNews(editionId)],
);

export function parseBreakingNews(text: string | undefined): StoredBreakingNews | null {
  if (!text) return null;
  try {
    const parsed = StoredBreakingNewsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** The banner readers of an edition see now, or null. A banner that expires ends the cached page at its time. */
export const getBreakingNews = cache(async (editionId: string): Promise<StoredBreakingNews | null> => {
  const banner = await getStoredBreakingNews(editionId);
  if (!banner) return null;
  if (!banner.expiresAt) return banner;
  const left = new Date(banner.expiresAt).getTime() - Date.now();
  if (left <= 0) return null;
  // An entry that lives until the expiry: the page that shows the banner is cached no longer than that.
  const until = unstable_cache(async () => toCacheable(banner), ["breaking-news:until", editionId, banner.postedAt, banner.expiresAt], {
    tags: [frontPageTags.breakingNews(editionId)],
    revalidate: Math.max(1, Math.ceil(left / 1000)),
  });
  return fromCacheable<StoredBreakingNews>(await until());
});

// ---- The desk (editors and administrators) ----

export type DeskStory = { id: string; title: string; slug: string; publishedAt: Date | null; status: string; category: string | null; hasPicture: boolean };

const deskStorySelect = { id: true, title: true, slug: true, publishedAt: true, status: true, heroImageUrl: true, category: { select: { name: true } } } satisfies Prisma.ArticleSelect;

function toDeskStory(row: Prisma.ArticleGetPayload<{ select: typeof deskStorySelect }>): DeskStory {
  return { id: row.id, title: row.title, slug: row.slug, publishedAt: row.publishedAt, status: row.status, category: row.category?.name ?? null, hasPicture: row.heroImageUrl !== null };
}

export type FrontPageDesk = {
  /** The edition whose front page the desk arranges. */
  editionId: string;
  layout: FrontPageLayout;
  arranged: boolean;
  stories: Record<string, DeskStory>;
  sections: { slug: string; name: string }[];
  tags: { slug: string; name: string }[];
  history: { id: string; summary: string; actorName: string; createdAt: Date; undoable: boolean }[];
  banner: StoredBreakingNews | null;
};

export const HISTORY_LENGTH = 20;

/** Everything the front-page desk shows. Pins whose time has passed are left out: those slots have fallen back. */
export async function getFrontPageDesk(editionId: string): Promise<FrontPageDesk> {
  await requirePermission("frontpage:arrange");
  const now = new Date();
  const [versions, sections, tags, bannerRow] = await Promise.all([
    db.frontPageVersion.findMany({
      where: { editionId },
      select: { id: true, layout: true, summary: true, actorName: true, createdAt: true },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: HISTORY_LENGTH + 1,
    }),
    db.category.findMany({ where: { editionId }, select: { slug: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    db.tag.findMany({ where: { editionId }, select: { slug: true, name: true }, orderBy: { name: "asc" }, take: 500 }),
    db.siteSetting.findUnique({ where: { key: breakingNewsKey(editionId) }, select: { value: true } }),
  ]);
  const saved = parseLayout(versions[0]?.layout);
  const layout: FrontPageLayout = saved
    ? { lead: saved.lead && heldStoryIds({ ...saved, top: [] }, now).length ? saved.lead : null, top: saved.top.filter((slot) => heldStoryIds({ lead: null, top: [slot], blocks: [] }, now).length), blocks: saved.blocks }
    : { lead: null, top: [], blocks: [] };
  const ids = [layout.lead, ...layout.top].flatMap((slot) => (slot ? [slot.articleId] : []));
  const rows = ids.length ? await db.article.findMany({ where: { id: { in: ids } }, select: deskStorySelect }) : [];
  const banner = parseBreakingNews(bannerRow?.value);
  return {
    editionId,
    layout,
    arranged: saved !== null,
    stories: Object.fromEntries(rows.map((row) => [row.id, toDeskStory(row)])),
    sections,
    tags,
    history: versions.slice(0, HISTORY_LENGTH).map((version, index) => ({
      id: version.id,
      summary: version.summary,
      actorName: version.actorName,
      createdAt: version.createdAt,
      undoable: index + 1 < versions.length || versions.length <= HISTORY_LENGTH,
    })),
    banner: banner && (!banner.expiresAt || new Date(banner.expiresAt) > now) ? banner : null,
  };
}

/** Published stories of an edition whose headline has these words, newest first (the desk's search). */
export async function searchStoriesForDesk(words: string, editionId: string): Promise<DeskStory[]> {
  await requirePermission("frontpage:arrange");
  const text = words.trim();
  const rows = await db.article.findMany({
    where: { AND: [publishedWhere(), { editionId }, text ? { title: containsInsensitive(text) } : {}] },
    select: deskStorySelect,
    orderBy: newestFirst,
    take: 10,
  });
  return rows.map(toDeskStory);
}

/** The arrangement a version replaced (the one before it), for Undo. */
export async function findVersionForUndo(versionId: string): Promise<{ summary: string; before: FrontPageLayout; editionId: string } | null> {
  const version = await db.frontPageVersion.findUnique({ where: { id: versionId }, select: { id: true, createdAt: true, summary: true, editionId: true } });
  if (!version) return null;
  const previous = await db.frontPageVersion.findFirst({
    where: { editionId: version.editionId, OR: [{ createdAt: { lt: version.createdAt } }, { createdAt: version.createdAt, id: { lt: version.id } }] },
    select: { layout: true },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
  });
  return { summary: version.summary, before: parseLayout(previous?.layout) ?? { lead: null, top: [], blocks: [] }, editionId: version.editionId };
}
