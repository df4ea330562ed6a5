import type { ArticlePage } from "@/lib/articles/queries";
import { getTranslations } from "next-intl/server";
import { ReaderPagination } from "@/components/ui/reader-pagination";
import { CardImage, CardThumbnail } from "@/components/media/card-image";
import { ArticleCard } from "./article-card";

/**
 * A paginated list of stories, shared by the front page and every archive. The first story of the
 * front page's first page is shown large.
 */
export async function ArticleList({
  result,
  basePath,
  label,
  leadFirst = false,
  emptyMessage,
  ofAuthor,
  leadPicture,
  pictures = false,
}: {
  result: ArticlePage;
  basePath: string;
  label: string;
  leadFirst?: boolean;
  emptyMessage?: React.ReactNode;
  /** The handle of the author whose page this is: their own name is left out of each byline. */
  ofAuthor?: string;
  /** The lead story's picture on the front page (lib/front-page/queries.ts). */
  leadPicture?: { articleId: string; url: string; alt: string };
  /** Each story's picture beside it, small (the 400-pixel copy), lazy: section and topic pages, the unarranged front page. */
  pictures?: boolean;
}) {
  const t = await getTranslations("Pagination");
  if (result.articles.length === 0) {
    return <p className="py-8 text-lg text-muted">{emptyMessage ?? (await getTranslations("Archive"))("empty")}</p>;
  }
  const showLead = leadFirst && result.page.page === 1;
  return (
    <>
      <ol aria-label={label} className={showLead ? "grid list-none grid-cols-1 gap-x-10 lg:grid-cols-2" : "list-none"}>
        {result.articles.map((article, index) => (
          <li key={article.id} className={showLead && index === 0 ? "min-w-0 lg:col-span-2" : "min-w-0"}>
            {showLead && index === 0 && leadPicture?.articleId === article.id && (
              <figure className="relative mb-4 aspect-[16/9] max-h-[28rem] w-full overflow-hidden rounded bg-surface">
                <CardImage src={leadPicture.url} alt={leadPicture.alt} sizes="(min-width: 72rem) 69rem, 100vw" priority />
              </figure>
            )}
            <ArticleCard
              article={article}
              lead={showLead && index === 0}
              ofAuthor={ofAuthor}
              picture={
                pictures && article.heroImageUrl && !(showLead && index === 0) ? (
                  <CardThumbnail src={article.heroImageUrl} alt={article.heroImageAlt ?? ""} sizes="(min-width: 640px) 12rem" wide="sm:w-48" />
                ) : undefined
              }
            />
          </li>
        ))}
      </ol>
      <ReaderPagination info={result.page} basePath={basePath} label={t("pages", { label })} />
    </>
  );
}
