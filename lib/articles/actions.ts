"use server";

import { refresh } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { ArticleIdOrNewSchema, RecordIdSchema } from "@/lib/actions/schemas";
import { callAction, formAction } from "@/lib/actions/staff-action";
import { invalidState, refusalState, successState, type ActionState } from "@/lib/actions/state";
import { deleteArticle, discardAutosave, restoreRevision, saveArticle, writeAutosave, type SaveResult } from "@/lib/articles/mutations";
import { savedMessage } from "@/lib/articles/outcomes";
import { AddTranslationSchema, ArticleInputSchema, AutosaveFieldsSchema, DeleteArticleSchema, type ArticleIntent } from "@/lib/articles/schemas";
import { addTranslation, markTranslationUpToDate } from "@/lib/articles/translations";
import { outlastFrontCaches } from "@/lib/cache/front-cache";
import { bulkArticles, rescheduleArticle, type BulkOutcome } from "@/lib/articles/bulk";
import { BulkArticlesSchema, RescheduleSchema, type BulkAction } from "@/lib/articles/list-params";
import { formatDateTime, pluralize } from "@/lib/format";
import { createMedia } from "@/lib/media/mutations";
import { getMediaItem } from "@/lib/media/queries";
import { MediaUploadSchema } from "@/lib/media/schemas";

async function afterSave(result: Extract<SaveResult, { ok: true }>, intent: ArticleIntent, publishAt: Date | null): Promise<ActionState> {
  // Taken away from readers: answered once no cache in front can still serve a copy from before.
  if (intent === "unpublish" || intent === "archive") await outlastFrontCaches();
  return successState(savedMessage(intent, publishAt, result.previousStatus), {
    id: result.article.id,
    version: result.article.version,
  });
}

/** Create (articleId null) or save an article. Bound to the article id by the editor. */
export const saveArticleAction = formAction(
  { permission: "article:create", schema: ArticleInputSchema, bound: z.tuple([ArticleIdOrNewSchema]) },
  async (input, { user, formData, bound: [articleId] }) => {
    // A new hero image is uploaded into the media library, or chosen from it.
    let heroImageUrl: string | null = null;
    const file = formData.get("heroImage");
    if (file instanceof File && file.size > 0) {
      const uploaded = await createMedia(user, file, { alt: input.heroImageAlt ?? "", caption: "", credit: "" }, "heroImage");
      if (!uploaded.ok) return refusalState(uploaded, formData);
      heroImageUrl = uploaded.item.url;
    } else if (input.heroMediaId) {
      const chosen = await getMediaItem(input.heroMediaId);
      if (!chosen) return invalidState({ heroMediaId: ["That image is no longer in the library; choose another."] }, formData);
      heroImageUrl = chosen.url;
      input = { ...input, heroImageAlt: input.heroImageAlt ?? (chosen.alt || null) };
    }
    const result = await saveArticle(user, input, articleId, heroImageUrl);
    if (!result.ok) return refusalState(result, formData);
    const state = await afterSave(result, input.intent, input.publishAt);
    if (!articleId) redirect(`/dashboard/articles/${result.article.id}/edit?created=${input.intent}`);
    return state;
  },
);

export const restoreRevisionAction = formAction(
  { permission: "article:create", schema: z.object({}), bound: z.tuple([RecordIdSchema]) },
  async (_input, { user, bound: [revisionId] }) => {
    const result = await restoreRevision(user, revisionId);
    if (!result.ok) return refusalState(result);
    redirect(`/dashboard/articles/${result.article.id}/edit?restored=1`);
  },
);

/** "Delete article": gone for good; readers get 404 from the moment the editor is told. */
export const deleteArticleAction = formAction(
  { permission: "article:delete", schema: DeleteArticleSchema, bound: z.tuple([RecordIdSchema]) },
  async (_input, { user, formData, bound: [articleId] }) => {
    const result = await deleteArticle(user, articleId);
    if (!result.ok) return refusalState(result, formData);
    await outlastFrontCaches();
    redirect("/dashboard/articles?deleted=1");
  },
);

/** Keep unsaved editor fields on the server every few seconds (they never touch the article). */
export const autosaveArticleAction = callAction(
  { permission: "article:create", args: z.tuple([ArticleIdOrNewSchema, AutosaveFieldsSchema]) },
  async ([articleId, fields], user) => {
    const result = await writeAutosave(user, articleId, fields);
    if (!result.ok) return refusalState(result);
    return successState("Kept.", { savedAt: result.savedAt.toISOString() });
  },
);

export const discardAutosaveAction = callAction(
  { permission: "article:create", args: z.tuple([ArticleIdOrNewSchema]) },
  async ([articleId], user) => {
    await discardAutosave(user, articleId);
    return successState("Discarded.");
  },
);

/**
 * An image for a figure in the body, uploaded from the editor's "Insert image" dialog into the media
 * library (checked by its content, size-limited) with its alt text, caption and credit; answered
 * with its address and library id, which the figure keeps.
 */
export const uploadBodyImageAction = formAction({ permission: "media:upload", schema: MediaUploadSchema }, async (fields, { user, formData }) => {
  const file = formData.get("image");
  if (!(file instanceof File) || file.size === 0) return invalidState({ image: ["Choose an image file."] }, formData);
  const uploaded = await createMedia(user, file, fields, "image");
  if (!uploaded.ok) return refusalState(uploaded, formData);
  return successState("Image uploaded.", { url: uploaded.item.url, mediaId: uploaded.item.id });
});

const BULK_DONE: Record<BulkAction, string> = { publish: "Published", unpublish: "Unpublished", archive: "Archived", move: "Moved" };

/** "Unpublished 2 articles." and, for each refused one, its title and why. */
function bulkMessage(action: BulkAction, outcomes: BulkOutcome[]): string {
  const done = outcomes.filter((outcome) => outcome.ok).length;
  const refused = outcomes.flatMap((outcome) => (outcome.ok ? [] : [`“${outcome.title}”: ${outcome.reason}`]));
  const head = done ? `${BULK_DONE[action]} ${pluralize(done, "article", "articles")}.` : "Nothing was changed.";
  return refused.length ? `${head} Not changed: ${refused.join(" ")}` : head;
}

/** The article list's bulk actions: the same save, checks and audit as one article at a time. */
export const bulkArticlesAction = formAction({ permission: "article:create", schema: BulkArticlesSchema }, async (input, { user, formData }) => {
  const outcomes = await bulkArticles(user, input.ids, input.action, input.categoryId);
  const done = outcomes.some((outcome) => outcome.ok);
  if (done && (input.action === "unpublish" || input.action === "archive")) await outlastFrontCaches();
  const message = bulkMessage(input.action, outcomes);
  // The list shows the new statuses and sections at once.
  if (done) refresh();
  return done ? successState(message) : refusalState({ ok: false, message }, formData);
});

/** The calendar: a scheduled story moved to another day, at the same time of day. */
export const rescheduleArticleAction = formAction({ permission: "article:create", schema: RescheduleSchema, summariseErrors: true }, async (input, { user, formData }) => {
  const outcome = await rescheduleArticle(user, input.articleId, input.day);
  if (!outcome.ok) return refusalState({ ok: false, message: `“${outcome.title}” was not moved: ${outcome.reason}` }, formData);
  refresh();
  return successState(`“${outcome.title}” moved: it will go live on ${formatDateTime(outcome.publishAt!)}.`);
});

/**
 * "Add translation": a draft of the story in another edition, prefilled from this one; the editor
 * opens on it. Editors only (the draft carries the source's bylines). Bound to the source's id.
 */
export const addTranslationAction = formAction(
  { permission: "article:translate", schema: AddTranslationSchema, bound: z.tuple([RecordIdSchema]) },
  async (input, { user, formData, bound: [sourceId] }) => {
    const result = await addTranslation(user, sourceId, input.editionId);
    if (!result.ok) return refusalState(result, formData);
    redirect(`/dashboard/articles/${result.id}/edit?translated=1`);
  },
);

/** "Mark as up to date": the translation has caught up with its source. Bound to the translation's id. */
export const markTranslationUpToDateAction = formAction(
  { permission: "article:create", schema: z.object({}), bound: z.tuple([RecordIdSchema]) },
  async (_input, { user, formData, bound: [articleId] }) => {
    const result = await markTranslationUpToDate(user, articleId);
    if (!result.ok) return refusalState(result, formData);
    // The page shows the translation's state afresh (the dashboard is rendered per request).
    refresh();
    return successState("Marked as up to date with its source.");
  },
);
