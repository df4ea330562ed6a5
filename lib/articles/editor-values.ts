import type { EditorArticle } from "@/lib/articles/dashboard-queries";
import { VISIBLE_STATUSES, isPublished } from "@/lib/articles/visibility";
import type { ArticleStatus } from "@/lib/db";

/** An article as the editor form's string fields. */
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
    tags: article.tags.join(", "),
    heroImageAlt: article.heroImageAlt ?? "",
    repliesOpen: article.repliesOpen ? "on" : "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    publishAt: article.status === "SCHEDULED" && article.publishedAt ? article.publishedAt.toISOString() : "",
  };
}

/** Where the article stands for the editor's buttons: public now, due later, or its workflow status. */
export function editorStatus(article: EditorArticle | null, now = new Date()) {
  if (!article) return "new" as const;
  if (isPublished(article, now)) return "PUBLIC" as const;
  if (VISIBLE_STATUSES.includes(article.status)) return "SCHEDULED_FUTURE" as const;
  return article.status as Exclude<ArticleStatus, "PUBLISHED" | "SCHEDULED">;
}
