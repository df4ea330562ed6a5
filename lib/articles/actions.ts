"use server";

import { redirect } from "next/navigation";
import { z } from "zod";
import { ArticleIdOrNewSchema, RecordIdSchema } from "@/lib/actions/schemas";
import { callAction, formAction } from "@/lib/actions/staff-action";
import { invalidState, refusalState, successState, type ActionState } from "@/lib/actions/state";
import { discardAutosave, restoreRevision, saveArticle, writeAutosave, type SaveResult } from "@/lib/articles/mutations";
import { ARTICLE_FIELD_MAX, ArticleInputSchema, AutosaveFieldsSchema, type ArticleIntent } from "@/lib/articles/schemas";
import { articleCacheTags, expireTags } from "@/lib/cache/tags";
import { renderMarkdown } from "@/lib/content/markdown";
import { formatDateTime } from "@/lib/format";
import { storeFormImage } from "@/lib/uploads/store";

const SUCCESS: Record<ArticleIntent, (publishedAt: string) => string> = {
  save: () => "Saved.",
  submit: () => "Submitted for review. An editor will publish it.",
  publish: () => "Published. It is live on the site now.",
  schedule: (at) => `Scheduled. It will go live on ${at}.`,
  update: () => "Updated. Readers see the new version now.",
  unpublish: () => "Unpublished. It is a draft again and readers no longer see it.",
  archive: () => "Archived. Readers no longer see it; it stays under Archived in the article list.",
};

function afterSave(result: Extract<SaveResult, { ok: true }>, intent: ArticleIntent, publishAt: Date | null): ActionState {
  expireTags(articleCacheTags(...result.tags));
  const message = intent === "unpublish" && result.previousStatus === "IN_REVIEW" ? "Sent back to the author as a draft." : SUCCESS[intent](publishAt ? formatDateTime(publishAt) : "");
  return successState(message, {
    id: result.article.id,
    version: result.article.version,
  });
}

/** Create (articleId null) or save an article. Bound to the article id by the editor. */
export const saveArticleAction = formAction(
  { permission: "article:create", schema: ArticleInputSchema, bound: z.tuple([ArticleIdOrNewSchema]) },
  async (input, { user, formData, bound: [articleId] }) => {
    const upload = await storeFormImage(formData, "heroImage");
    if ("error" in upload) return invalidState({ heroImage: [upload.error] }, formData);
    const result = await saveArticle(user, input, articleId, upload.url);
    if (!result.ok) return refusalState(result, formData);
    const state = afterSave(result, input.intent, input.publishAt);
    if (!articleId) redirect(`/dashboard/articles/${result.article.id}/edit?created=${input.intent}`);
    return state;
  },
);

export const restoreRevisionAction = formAction(
  { permission: "article:create", schema: z.object({}), bound: z.tuple([RecordIdSchema]) },
  async (_input, { user, bound: [revisionId] }) => {
    const result = await restoreRevision(user, revisionId);
    if (!result.ok) return refusalState(result);
    expireTags(articleCacheTags(...result.tags));
    redirect(`/dashboard/articles/${result.article.id}/edit?restored=1`);
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

/** The body as readers will see it, for the editor's live preview. */
export const previewMarkdownAction = callAction(
  { permission: "article:create", args: z.tuple([z.string().max(ARTICLE_FIELD_MAX.body, "The body is too long to preview.")]) },
  async ([markdown]) => successState("", { html: await renderMarkdown(markdown) }),
);
