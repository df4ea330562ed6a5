import type { ArticlePage } from "@/lib/articles/queries";
import { Pagination } from "@/components/ui/pagination";
import { ArticleCard } from "./article-card";

/**
 * A paginated list of stories, shared by the front page and every archive. The first story of the
 * front page's first page is shown large.
 */
export function ArticleList({
  result,
  basePath,
  label,
  leadFirst = false,
  emptyMessage = "Nothing has been published here yet.",
}: {
  result: ArticlePage;
  basePath: string;
  label: string;
  leadFirst?: boolean;
  emptyMessage?: string;
}) {
  if (result.articles.length === 0) {
    return <p className="py-8 text-lg text-muted">{emptyMessage}</p>;
  }
  return (
    <>
      <ol aria-label={label} className="list-none">
        {result.articles.map((article, index) => (
          <li key={article.id}>
            <ArticleCard article={article} lead={leadFirst && index === 0 && result.page.page === 1} />
          </li>
        ))}
      </ol>
      <Pagination info={result.page} basePath={basePath} label={`${label}, pages`} />
    </>
  );
}
