import type { EditorArticle } from "@/lib/articles/dashboard-queries";

/** An article as the editor form's string fields. */
export function editorValues(article: EditorArticle | null, defaultAuthorId: string | null): Record<string, string> {
  if (!article) return { repliesOpen: "on", authorId: defaultAuthorId ?? "" };
  return {
    title: article.title,
    slug: article.slug,
    standfirst: article.standfirst,
    body: article.body,
    sourceName: article.sourceName ?? "",
    sourceUrl: article.sourceUrl ?? "",
    categoryId: article.categoryId ?? "",
    authorId: article.authorId,
    tags: article.tags.join(", "),
    heroImageAlt: article.heroImageAlt ?? "",
    repliesOpen: article.repliesOpen ? "on" : "",
    seoTitle: article.seoTitle ?? "",
    seoDescription: article.seoDescription ?? "",
    publishAt: article.status === "SCHEDULED" && article.publishedAt ? article.publishedAt.toISOString() : "",
  };
}

export function editorStatus(article: EditorArticle | null, now = new Date()) {
  if (!article) return "new" as const;
  const due = article.publishedAt !== null && article.publishedAt <= now;
  if (article.status === "PUBLISHED" || article.status === "SCHEDULED") return due ? ("PUBLIC" as const) : ("SCHEDULED_FUTURE" as const);
  return article.status;
}
