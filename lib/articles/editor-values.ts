import type { EditorArticle, EditorAutosave } from "@/lib/articles/dashboard-queries";
import { VISIBLE_STATUSES, isPublished } from "@/lib/articles/visibility";
import type { ArticleStatus } from "@/lib/db";

/** An article as the editor form's string fields; a new article is blank, under the writer's own byline. */
export function editorValues(article: EditorArticle | null, defaultAuthorId: string | null): Record<string, string> {
  if (!article) return { repliesOpen: "on", bylines: defaultAuthorId ?? "" };
  return {
    title: article.title,
    slug: article.slug,
    standfirst: article.standfirst,
    body: article.body,
    sourceName: article.sourceName ?? "",
    sourceUrl: article.sourceUrl ?? "",
    categoryId: article.categoryId ?? "",
    bylines: article.bylineIds.join(","),
    translators: article.translatorIds.join(","),
    tags: article.tags.join(", "),
    heroImageAlt: article.heroImageAlt ?? "",
    repliesOpen: article.repliesOpen ? "on" : "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    publishAt: article.status === "SCHEDULED" && article.publishedAt ? article.publishedAt.toISOString() : "",
  };
}

/**
 * What to do with the user's kept unsaved fields. For an existing article they are its own newer
 * changes: restore them into its form (nothing typed is lost). For a new article they belong to an
 * earlier story that was never saved: the new one opens blank and the earlier draft is only offered
 * (two stories written one after the other must never be merged).
 */
export function restorableAutosave(
  article: Pick<EditorArticle, "updatedAt"> | null,
  autosave: EditorAutosave | null,
): { restore: EditorAutosave | null; offer: EditorAutosave | null } {
  if (!autosave) return { restore: null, offer: null };
  if (!article) return { restore: null, offer: hasContent(autosave.data) ? autosave : null };
  return { restore: autosave.updatedAt > article.updatedAt ? autosave : null, offer: null };
}

/** Whether kept fields hold anything a writer typed (an untouched form's defaults are not a draft). */
function hasContent(data: Record<string, string>): boolean {
  return ["title", "slug", "standfirst", "body", "sourceName", "sourceUrl", "tags", "seoTitle", "seoDescription", "heroImageAlt", "editorNote"].some((name) => {
    const value = data[name]?.trim() ?? "";
    if (name !== "body") return value !== "";
    return value !== "" && !/^\{"type":"doc","content":\[(\{"type":"paragraph"\})?\]\}$/.test(value);
  });
}

/** Where the article stands for the editor's buttons: public now, due later, or its workflow status. */
export function editorStatus(article: EditorArticle | null, now = new Date()) {
  if (!article) return "new" as const;
  if (isPublished(article, now)) return "PUBLIC" as const;
  if (VISIBLE_STATUSES.includes(article.status)) return "SCHEDULED_FUTURE" as const;
  return article.status as Exclude<ArticleStatus, "PUBLISHED" | "SCHEDULED">;
}
