// LiveBlogPosting (schema.org; Google's LIVE badge in Top Stories) for an article that is live
// coverage: the article's NewsArticle fields, the coverage's start and end, and its updates as
// BlogPosting entries, each with its anchor on the page.
import type { ArticleDetail } from "@/lib/articles/queries";
import { env } from "@/lib/env";
import { newsArticleData, publisher } from "@/lib/seo/structured-data";
import { liveUpdateAnchor, type LiveCoverageView } from "./public";
import { updateTitle } from "./text";

/** Google reads the newest entries; a page of hundreds does not need them all in its markup. */
export const JSON_LD_UPDATES = 50;

export function liveBlogData(article: ArticleDetail, view: LiveCoverageView, edition: Parameters<typeof newsArticleData>[1]) {
  const url = new URL(`/articles/${article.slug}`, env.SITE_URL).toString();
  return {
    ...newsArticleData(article, edition),
    "@type": "LiveBlogPosting",
    coverageStartTime: view.startedAt,
    ...(view.endedAt ? { coverageEndTime: view.endedAt } : {}),
    liveBlogUpdate: view.updates.slice(0, JSON_LD_UPDATES).map((update) => ({
      "@type": "BlogPosting",
      headline: updateTitle(update),
      datePublished: update.createdAt,
      dateModified: update.updatedAt,
      articleBody: update.text,
      url: `${url}#${liveUpdateAnchor(update.id)}`,
      author: { "@type": "Person", name: update.author.name, ...(update.author.handle ? { url: new URL(`/authors/${update.author.handle}`, env.SITE_URL).toString() } : {}) },
      publisher: publisher(),
    })),
  };
}
