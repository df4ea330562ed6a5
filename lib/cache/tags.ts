// Cache tags for reader pages, in one place. Every write names exactly the tags of the pages it
// changes (including an old slug, author or category when those change), and revalidates them.
// Cached reader queries carry them (lib/cache/reader-cache.ts), and the cached pages built from those
// queries inherit them (docs/decisions/011-caching-reader-pages.md).
import { revalidatePath, revalidateTag, updateTag } from "next/cache";
import { forgetScheduledPublish } from "@/lib/articles/schedule-memo";
import { forgetPages } from "@/lib/http/page-memory";

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
 * Expire these tags now, so the person who made the change sees it at once (server actions only).
 * With REDIS_URL set the expiration is written to Redis and every instance of the fleet sees it on
 * its next request (lib/cache/shared-cache.mjs).
 */
export function expireTags(tags: Iterable<string>): void {
  const list = [...tags];
  forgetScheduleWith(list);
  for (const tag of list) updateTag(tag);
}

/** The same from a route handler (no read-your-own-writes there): the next request renders afresh. */
export function expireTagsFromRoute(tags: Iterable<string>): void {
  const list = [...tags];
  forgetScheduleWith(list);
  for (const tag of list) revalidateTag(tag, { expire: 0 });
}

/** Every reader page (an import, a restore: anything may have changed). */
export function expireEverything(): void {
  forgetScheduledPublish();
  forgetPages();
  revalidatePath("/", "layout");
}

/**
 * Every expiration forgets the pages the request hook keeps for a second (lib/http/page-memory.ts).
 * Every write that can move the next scheduled publish expires the article lists. The memo is per
 * process, so a fleet does not use it (lib/articles/schedule-memo.ts).
 */
function forgetScheduleWith(tags: string[]): void {
  forgetPages();
  if (tags.includes(cacheTags.articleLists())) forgetScheduledPublish();
}

// Issue 28, live coverage (docs/decisions/037-live-coverage.md).

/** An article's live coverage: its updates, its latest change number, its feed of updates. */
export const liveCoverageTag = (articleId: string) => `live:${articleId}`;

/**
 * Expire these tags from wherever a write runs: a server action (read-your-own-writes), else a route
 * handler. Outside any request (a script) nothing can be expired here; such callers use
 * POST /api/revalidate (decision 011).
 */
export function expireTagsFromAnyCaller(tags: Iterable<string>): void {
  const list = [...tags];
  try {
    expireTags(list);
  } catch {
    try {
      expireTagsFromRoute(list);
    } catch {
      // Outside a request: nothing to expire in this process.
    }
  }
}
