import { ReaderLink } from "@/components/site/reader-link";
import type { ReactNode } from "react";
import { cardAuthors } from "@/lib/articles/bylines";
import type { ArticleCard as ArticleCardData } from "@/lib/articles/queries";
import { BylineLinks } from "./byline-links";
import { getTranslations } from "next-intl/server";
import { ReaderDateTime } from "@/components/ui/reader-date-time";

/**
 * One story in a list: section, headline, standfirst, byline and date. On an author's own page
 * (`ofAuthor`, their handle) the byline leaves them out: only co-authors are named ("With …").
 * A `picture` (a small thumbnail) sits beside the words.
 */
export async function ArticleCard({ article, lead = false, ofAuthor, picture }: { article: ArticleCardData; lead?: boolean; ofAuthor?: string; picture?: ReactNode }) {
  const authors = cardAuthors(article);
  const shown = ofAuthor ? authors.filter((author) => author.handle !== ofAuthor) : authors;
  const [t, tArchive] = await Promise.all([getTranslations("Article"), getTranslations("Archive")]);
  const names = () => <BylineLinks authors={shown} className="font-medium text-ink hover:underline" />;
  const words = (
    <>
      {article.category && (
        <p className="text-xs font-semibold tracking-wider text-accent uppercase">
          {/* Padded to a 24 px touch target (WCAG 2.2 target size). */}
          <ReaderLink href={`/category/${article.category.slug}`} className="inline-block py-1.5 hover:underline">
            {article.category.name}
          </ReaderLink>
        </p>
      )}
      <h2 className={lead ? "font-serif text-3xl leading-tight font-bold sm:text-4xl" : "font-serif text-xl leading-snug font-bold sm:text-2xl"}>
        <ReaderLink href={`/articles/${article.slug}`} className="hover:underline">
          {article.title}
        </ReaderLink>
      </h2>
      {article.standfirst && (
        <p className={lead ? "mt-3 max-w-3xl font-serif text-lg text-ink/85 sm:text-xl" : "mt-2 max-w-3xl text-ink/80"}>
          {article.standfirst}
        </p>
      )}
      <p className="mt-3 text-sm text-muted">
        {shown.length > 0 && (
          <>
            {ofAuthor ? tArchive.rich("with", { names }) : t.rich("byline", { names })}
            {t("separator")}
          </>
        )}
        <ReaderDateTime value={article.publishedAt} />
      </p>
    </>
  );
  return (
    <article className={lead ? "border-b border-rule pb-8" : picture ? "flex items-start gap-4 border-b border-rule py-6" : "border-b border-rule py-6"}>
      {picture}
      {picture ? <div className="min-w-0 flex-1">{words}</div> : words}
    </article>
  );
}
