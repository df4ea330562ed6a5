// The reader pages a change to live coverage changes: the article's page, its feed of updates and the
// poll answers (the coverage's tag), and through the article's dateModified every list, feed and
// sitemap that carries it (the article's tags). One function for the desk (./mutations.ts) and the
// import (./import.ts), so both expire the same set. No "server-only": the command line imports live
// coverage.
import { tagSourceSelect, toTagSource } from "@/lib/articles/tag-source";
import { articleCacheTags, expireTags, liveCoverageTag, type ArticleTagSource } from "@/lib/cache/tags";
import { db } from "@/lib/db";

/** Expire the coverage of `articleId`, whose tags are made of `source`, and `extra` tags (corrections). */
export function expireLiveCoverage(articleId: string, source: ArticleTagSource | null, extra: string[] = []): void {
  expireTags([...articleCacheTags(source), liveCoverageTag(articleId), ...extra]);
}

/** The same when the caller has not read the article's tag source. */
export async function expireLiveCoverageOf(articleId: string): Promise<void> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: tagSourceSelect });
  expireLiveCoverage(articleId, toTagSource(article));
}
