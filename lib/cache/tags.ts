// Cache tags for reader pages, in one place. Every write names exactly the tags of the pages it
// changes (including an old slug, author or category when those change), and revalidates them.
// Cached reader queries carry them (lib/cache/reader-cache.ts), and the cached pages built from those
// queries inherit them (docs/decisions/011-caching-reader-pages.md).
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { forgetScheduledPublish } from "@/lib/articles/schedule-memo";
import { processShared } from "@/lib/process-shared";
import { publishPagesExpired } from "./expiry-channel";

export const cacheTags = {
  articleLists: () => "articles",
  article: (slug: string) => `article:${slug}`,
  author: (handle: string) => `author:${handle}`,
  /** An author's profile as bylines and author boxes show it, by author id. */
  authorProfile: (authorId: string) => `author-id:${authorId}`,
  /** The list of sections in the masthead. */
  categories: () => "categories",
  category: (slug: string) => `category:${slug}`,
  tag: (slug: string) => `tag:${slug}`,
  replies: (articleId: string) => `replies:${articleId}`,
  replySettings: () => "reply-settings",
  /** The public list and feed of corrections and updates. */
  corrections: () => "corrections",
};

export type ArticleTagSource = {
  slug: string;
  /** Every byline's author (each has an author page and feed that list the article). */
  authors: { handle: string }[];
  category: { slug: string } | null;
  tags: { slug: string }[];
};

/** Every tag a change from `before` to `after` touches (either may be absent: created, deleted). */
export function articleCacheTags(...versions: (ArticleTagSource | null | undefined)[]): string[] {
  const tags = new Set<string>([cacheTags.articleLists()]);
  for (const version of versions) {
    if (!version) continue;
    tags.add(cacheTags.article(version.slug));
    for (const author of version.authors) tags.add(cacheTags.author(author.handle));
    if (version.category) tags.add(cacheTags.category(version.category.slug));
    for (const tag of version.tags) tags.add(cacheTags.tag(tag.slug));
  }
  return [...tags];
}

/**
 * Expire these tags now, from wherever the write ran. In a server action the person who made the
 * change sees it at once (`updateTag`); Next.js refuses `updateTag` in a route handler, where the
 * next request renders afresh instead (`revalidateTag` with no grace). So a mutation expires what it
 * changed itself, whoever called it. With REDIS_URL set the expiration is written to Redis and every
 * instance of the fleet sees it on its next request (lib/cache/shared-cache.mjs).
 */
export function expireTags(tags: Iterable<string>): void {
  const list = [...tags];
  if (forRunningSite.collecting) {
    for (const tag of list) forRunningSite.tags.add(tag);
    return;
  }
  forgetScheduleWith(list);
  for (const tag of list) {
    try {
      updateTag(tag);
    } catch {
      revalidateTag(tag, { expire: 0 });
    }
  }
}

/** The same from a route handler (no read-your-own-writes there): the next request renders afresh. */
export function expireTagsFromRoute(tags: Iterable<string>): void {
  const list = [...tags];
  forgetScheduleWith(list);
  for (const tag of list) revalidateTag(tag, { expire: 0 });
}

// A command-line process (an import, a restore) writes through the same mutations as the dashboard,
// but no Next.js runs in it: its expirations are collected here, and the script sends them to the
// running site when it is done (lib/cache/running-site.ts), so the site shows the writes at once. The
// Next.js server says so when it starts (instrumentation.ts): from then on they go to Next.js.
type Collected = { collecting: boolean; tags: Set<string>; everything: boolean };
const forRunningSite: Collected = processShared("expirationsForRunningSite", () => ({ collecting: true, tags: new Set<string>(), everything: false }));

/** Called once by a Next.js server process as it starts: expirations go to Next.js's cache. */
export function expireThroughNextJs(): void {
  forRunningSite.collecting = false;
}

/** What was collected since the last call, or null when nothing was expired. */
export function takeCollectedExpirations(): { everything: true } | { tags: string[] } | null {
  const taken = forRunningSite.everything ? { everything: true as const } : forRunningSite.tags.size ? { tags: [...forRunningSite.tags] } : null;
  forRunningSite.everything = false;
  forRunningSite.tags.clear();
  return taken;
}

/** Every reader page (an import, a restore: anything may have changed). */
export function expireEverything(): void {
  if (forRunningSite.collecting) {
    forRunningSite.everything = true;
    return;
  }
  forgetScheduledPublish();
  publishPagesExpired();
  revalidatePath("/", "layout");
}

/**
 * Every expiration forgets the pages the request path keeps for a second (lib/http/page-memory.ts,
 * told through lib/cache/expiry-channel.ts).
 * Every write that can move the next scheduled publish expires the article lists. The memo is per
 * process, so a fleet does not use it (lib/articles/schedule-memo.ts).
 */
function forgetScheduleWith(tags: string[]): void {
  publishPagesExpired();
  if (tags.includes(cacheTags.articleLists())) forgetScheduledPublish();
}

// Media: an image as reader pages show it (its sizes, variants and focal point), by its
// address. A page that shows the image carries the tag; changing the focal point expires it.
export const mediaCacheTags = {
  image: (url: string) => `media:${url.slice(0, 240)}`,
};

// Live coverage (docs/decisions/037-live-coverage.md).

/** An article's live coverage: its updates, its latest change number, its feed of updates. */
export const liveCoverageTag = (articleId: string) => `live:${articleId}`;

// ---- the front page, the breaking-news banner (docs/decisions/039-front-page.md) ----

export const frontPageTags = {
  /** The front page's saved arrangement (the home page's first page). */
  arrangement: () => "front-page",
  /** An edition's breaking-news banner, on every reader page of that edition. */
  breakingNews: (editionId: string) => `breaking-news:${editionId}`,
};

// ---- navigation menus chosen by an editor ----

export const menuTags = {
  /** The header and footer menus, on every reader page. */
  menus: () => "menus",
};

// ---- the site's own pages (About, Contact, …) ----

export const sitePageTags = {
  page: (slug: string) => `page:${slug}`,
};

// ---- editions (issue 31, docs/decisions/047-editions.md) ----

export const editionTags = {
  /** The list of editions: the switch between them and each edition's language and direction. */
  editions: () => "editions",
};
