import { ArticleStatus, type Prisma } from "@/lib/db";

export type { ArticleStatus };

/**
 * The one rule for what readers may see: an article that is published, or scheduled, and whose
 * publish time has passed. A scheduled article therefore goes live at its time with no cron job
 * (docs/decisions/004-publication-rule.md). Drafts, articles in review and archived ones never show.
 */
export const VISIBLE_STATUSES: readonly ArticleStatus[] = [ArticleStatus.PUBLISHED, ArticleStatus.SCHEDULED];

/** Statuses readers never see, whatever the time (for SQL that counts what is hidden). */
export const HIDDEN_STATUSES: readonly ArticleStatus[] = Object.values(ArticleStatus).filter((status) => !VISIBLE_STATUSES.includes(status));

export function publishedWhere(now: Date = new Date()): Prisma.ArticleWhereInput {
  return {
    status: { in: [...VISIBLE_STATUSES] },
    publishedAt: { lte: now },
  };
}

export function isPublished(
  article: { status: ArticleStatus; publishedAt: Date | null },
  now: Date = new Date(),
): boolean {
  return (
    VISIBLE_STATUSES.includes(article.status) &&
    article.publishedAt !== null &&
    article.publishedAt.getTime() <= now.getTime()
  );
}
