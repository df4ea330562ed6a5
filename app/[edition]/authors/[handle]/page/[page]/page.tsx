import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArticleList } from "@/components/articles/article-list";
import { AuthorAvatar } from "@/components/authors/author-avatar";
import { AuthorLinks } from "@/components/authors/author-links";
import { listPublishedArticlesByAuthor } from "@/lib/articles/queries";
import { archiveMetadata } from "@/lib/seo/archive-metadata";
import { getAuthorByHandle } from "@/lib/authors/queries";
import { isPastEnd, parsePageParam } from "@/lib/content/pagination";
import { JsonLd } from "@/components/seo/json-ld";
import { profilePageData } from "@/lib/seo/structured-data";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

// `/…/:handle` and `?page=N` are rewritten here (next.config.js), so the page is cached per page number.
type Props = { params: Promise<{ handle: string; page: string }> };

export const generateStaticParams = renderOnFirstRequest;

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const author = await getAuthorByHandle((await params).handle);
  if (!author) return {};
  const page = parsePageParam((await params).page);
  return archiveMetadata({ kind: "author", handle: author.handle }, author.displayName, author.bio, page);
}

export default async function AuthorPage({ params }: Props) {
  const author = await getAuthorByHandle((await params).handle);
  if (!author) notFound();
  const result = await listPublishedArticlesByAuthor((await currentEdition()).id, author.id, parsePageParam((await params).page));
  if (isPastEnd(result.page)) notFound();
  const t = await getTranslations("Archive");
  const bdi = (chunks: React.ReactNode) => <bdi>{chunks}</bdi>;

  return (
    <div className="container-page py-8 sm:py-12">
      <JsonLd data={profilePageData(author)} />
      <header className="flex flex-col gap-5 border-b border-rule pb-8 sm:flex-row sm:items-start">
        <AuthorAvatar name={author.displayName} url={author.avatarUrl} size={112} priority />
        <div className="max-w-3xl space-y-3">
          <h1 className="font-serif text-4xl font-bold tracking-tight">{author.displayName}</h1>
          {author.bio && <p className="font-serif text-lg leading-relaxed text-ink/85">{author.bio}</p>}
          <AuthorLinks author={author} name={author.displayName} />
        </div>
      </header>
      <h2 className="section-title mt-8">{t.rich("articlesBy", { name: author.displayName, bdi })}</h2>
      <ArticleList
        result={result}
        basePath={`/authors/${author.handle}`}
        ofAuthor={author.handle}
        label={t.markup("articlesBy", { name: author.displayName, bdi: (chunks) => chunks })}
        emptyMessage={t.rich("authorEmpty", { name: author.displayName, bdi })}
      />
    </div>
  );
}
