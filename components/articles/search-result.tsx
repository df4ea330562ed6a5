import { getFormatter, getTranslations } from "next-intl/server";
import { cardAuthors } from "@/lib/articles/bylines";
import { ReaderLink } from "@/components/site/reader-link";
import type { SearchResult as SearchResultData } from "@/lib/search/queries";
import { ReaderDateTime } from "@/components/ui/reader-date-time";

export async function SearchResult({ result }: { result: SearchResultData }) {
  const [t, tArticle, format] = await Promise.all([getTranslations("Search"), getTranslations("Article"), getFormatter()]);
  // Each name isolated (<bdi>), joined as the page's language joins a list: a Latin name in an Arabic sentence keeps its place.
  const names = () => <>{format.list(cardAuthors(result).map((author) => <bdi key={author.handle}>{author.displayName}</bdi>), { type: "conjunction" })}</>;
  return (
    <article className="border-b border-rule py-5">
      <h2 className="font-serif text-xl leading-snug font-bold sm:text-2xl">
        <ReaderLink href={`/articles/${result.slug}`} className="hover:underline">
          {result.title}
        </ReaderLink>
      </h2>
      {result.snippet.length > 0 && (
      <p className="mt-2 text-ink/85">
        {result.snippet.map((part, index) =>
          part.match ? (
            <mark key={index} className="rounded-sm bg-amber-200 px-0.5 text-ink dark:text-black">
              {part.text}
            </mark>
          ) : (
            <span key={index}>{part.text}</span>
          ),
        )}
      </p>
      )}
      <p className="mt-2 text-sm text-muted">
        {t.rich("byline", { names })}
        {tArticle("separator")}
        <ReaderDateTime value={result.publishedAt} />
        {result.category && (
          <>
            {tArticle("separator")}
            {result.category.name}
          </>
        )}
      </p>
    </article>
  );
}
