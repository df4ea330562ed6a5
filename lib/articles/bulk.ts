import "server-only";
// Bulk actions of the article list and the calendar's rescheduling: each article goes through
// saveArticle, the one write path of an article, exactly as if its editor form had been sent with
// that button. So the checks (who may publish, whose article it is, what a published article's
// author may still do, the version), the revision, the audit event, the editorial mails and the
// expired cache tags are the same as one at a time (docs/decisions/043-the-day-in-the-dashboard.md).
import { getArticleForEditor } from "@/lib/articles/dashboard-queries";
import { editorValues } from "@/lib/articles/editor-values";
import type { BulkAction } from "@/lib/articles/list-params";
import { saveArticle } from "@/lib/articles/mutations";
import { ArticleInputSchema, type ArticleIntent } from "@/lib/articles/schemas";
import { isPublished } from "@/lib/articles/visibility";
import type { SessionUser } from "@/lib/auth/session";
import type { Refusal } from "@/lib/actions/state";
import { fromZonedInputValue, toZonedInputValue } from "@/lib/format-core";
import { siteTimeZone } from "@/lib/format";

export type BulkOutcome = { title: string; ok: true } | { title: string; ok: false; reason: string };

const INTENT: Record<BulkAction, ArticleIntent> = { publish: "publish", unpublish: "unpublish", archive: "archive", move: "save" };

function reasonOf(refusal: Refusal): string {
  return refusal.message ?? Object.values(refusal.fieldErrors ?? {}).flat()[0] ?? "It could not be saved.";
}

/** Save one article as its editor form would be sent with `intent`, with some fields changed. */
async function saveAs(user: SessionUser, articleId: string, intent: ArticleIntent, change: Record<string, string>): Promise<BulkOutcome> {
  const article = await getArticleForEditor(user, articleId);
  // Not found and not theirs read alike: nobody learns of articles they may not see.
  if (!article) return { title: "An article", ok: false, reason: "You can only change your own articles, and this one is not yours or no longer exists." };
  const parsed = ArticleInputSchema.safeParse({ ...editorValues(article, null), version: String(article.version), intent, ...change });
  if (!parsed.success) return { title: article.title, ok: false, reason: parsed.error.issues[0]?.message ?? "It could not be saved." };
  const result = await saveArticle(user, parsed.data, article.id, null);
  return result.ok ? { title: article.title, ok: true } : { title: article.title, ok: false, reason: reasonOf(result) };
}

/**
 * Apply a bulk action to each selected article in turn. Those the user may not change are refused
 * one by one, with the reason, and the others are done (the ADR says why not all-or-nothing).
 */
export async function bulkArticles(user: SessionUser, ids: string[], action: BulkAction, categoryId: string): Promise<BulkOutcome[]> {
  const outcomes: BulkOutcome[] = [];
  for (const id of ids) {
    outcomes.push(await saveAs(user, id, INTENT[action], action === "move" ? { categoryId } : {}));
  }
  return outcomes;
}

/**
 * Move a scheduled story to another day (yyyy-mm-dd on the site's clocks), keeping its time of day:
 * the same save as the editor's Schedule button with a new publish time.
 */
export async function rescheduleArticle(user: SessionUser, articleId: string, day: string): Promise<BulkOutcome & { publishAt?: Date }> {
  const article = await getArticleForEditor(user, articleId);
  if (!article) return { title: "An article", ok: false, reason: "You can only change your own articles, and this one is not yours or no longer exists." };
  if (article.status !== "SCHEDULED" || !article.publishedAt || isPublished(article, new Date())) {
    return { title: article.title, ok: false, reason: "Only a scheduled story can be moved; this one is not waiting to be published." };
  }
  const timeOfDay = toZonedInputValue(article.publishedAt, siteTimeZone).slice(11);
  const publishAt = fromZonedInputValue(`${day}T${timeOfDay}`, siteTimeZone);
  if (!publishAt) return { title: article.title, ok: false, reason: "Enter a date." };
  const outcome = await saveAs(user, article.id, "schedule", { publishAt: publishAt.toISOString() });
  return outcome.ok ? { ...outcome, publishAt } : outcome;
}
