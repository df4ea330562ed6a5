"use server";

import { redirect } from "next/navigation";
import { authorized, formAction } from "@/lib/actions/form-action";
import { errorState, successState, type ActionState } from "@/lib/actions/state";
import { discardAutosave, restoreRevision, saveArticle, writeAutosave, type SaveResult } from "@/lib/articles/mutations";
import { ArticleInputSchema, type ArticleIntent } from "@/lib/articles/schemas";
import { AuthorizationError, requirePermission } from "@/lib/auth/session";
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
  return successState(SUCCESS[intent](publishAt ? formatDateTime(publishAt) : ""), {
    id: result.article.id,
    version: result.article.version,
  });
}

/** Create (articleId null) or save an article. Bound to the article id by the editor. */
export async function saveArticleAction(articleId: string | null, previous: ActionState, formData: FormData): Promise<ActionState> {
  const run = formAction("article:create", ArticleInputSchema, async (input, user) => {
    const upload = await storeFormImage(formData, "heroImage");
    if ("error" in upload) return errorState("Please correct the fields marked below.", formData, { heroImage: [upload.error] });
    const result = await saveArticle(user, input, articleId, upload.url);
    if (!result.ok) return errorState(result.message, formData, result.fieldErrors);
    const state = afterSave(result, input.intent, input.publishAt);
    if (!articleId) redirect(`/dashboard/articles/${result.article.id}/edit?created=${input.intent}`);
    return state;
  });
  return run(previous, formData);
}

export async function restoreRevisionAction(revisionId: string, _previous: ActionState, _formData: FormData): Promise<ActionState> {
  return authorized("article:create", async (user) => {
    const result = await restoreRevision(user, revisionId);
    if (!result.ok) return errorState(result.message);
    expireTags(articleCacheTags(...result.tags));
    redirect(`/dashboard/articles/${result.article.id}/edit?restored=1`);
  });
}

export type AutosaveResult = { ok: true; savedAt: string } | { ok: false; message: string };

/** Keep unsaved editor fields on the server every few seconds (they never touch the article). */
export async function autosaveArticleAction(articleId: string | null, fields: Record<string, string>): Promise<AutosaveResult> {
  try {
    const user = await requirePermission("article:create");
    const clean = Object.fromEntries(
      Object.entries(fields)
        .filter(([key, value]) => typeof value === "string" && /^[a-zA-Z]+$/.test(key))
        .map(([key, value]) => [key, value.slice(0, 110_000)]),
    );
    const savedAt = await writeAutosave(user, articleId, clean);
    return { ok: true, savedAt: savedAt.toISOString() };
  } catch (error) {
    if (error instanceof AuthorizationError) return { ok: false, message: error.message };
    return { ok: false, message: error instanceof Error ? error.message : "Autosave failed." };
  }
}

export async function discardAutosaveAction(articleId: string | null): Promise<void> {
  const user = await requirePermission("article:create");
  await discardAutosave(user, articleId);
}

/** The body as readers will see it, for the editor's live preview. */
export async function previewMarkdownAction(markdown: string): Promise<string> {
  await requirePermission("article:create");
  return renderMarkdown(String(markdown).slice(0, 100_000));
}
