import { ArticleStatus, type Prisma } from "@/lib/db";

/**
 * The one rule for what readers may see: an article that is published, or scheduled, and whose
 * publish time has passed. A scheduled article therefore goes live at its time with no cron job
 * (docs/decisions/004-publication-rule.md). Drafts, articles in review and archived ones never show.
 */
export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return {
    status: { in: [ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED] },
    publishedAt: { lte: now },
  };
}

export function isPublished(
  article: { status: ArticleStatus; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return (
    (article.status === ArticleStatus.PUBLISHED || article.status === ArticleStatus.SCHEDULED) &&
    article.publishedAt !== null &&
    article.publishedAt.getTime() <= now.getTime()
  );
}
