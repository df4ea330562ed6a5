// The reader pages a change to an article's replies changes: its thread (the replies' own cache
// entry) and its page, which shows the thread. One list for a reader's reply (./mutations.ts),
// moderation (./moderation-mutations.ts) and the import (./import.ts). No "server-only": the command
// line imports replies.
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";

function threadTags(articles: Iterable<{ id: string; slug: string }>): string[] {
  return [...articles].flatMap(({ id, slug }) => [cacheTags.replies(id), cacheTags.article(slug)]);
}

/** Expire these articles' threads and pages. */
export function expireThreads(articles: Iterable<{ id: string; slug: string }>): void {
  expireTags(threadTags(articles));
}

/** The same when the caller has only the article's id. */
export async function expireThreadOf(articleId: string): Promise<void> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { id: true, slug: true } });
  if (article) expireThreads([article]);
}
