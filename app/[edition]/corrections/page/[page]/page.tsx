// Every correction and update to a published article, newest first. Readers use /corrections and
// /corrections?page=N; next.config.js rewrites them here so each page number is cached on its own.
import type { Metadata } from "next";
import { ReaderLink } from "@/components/site/reader-link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ReaderPagination } from "@/components/ui/reader-pagination";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { isPastEnd, pageHref, parsePageParam } from "@/lib/content/pagination";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { listPublicCorrections } from "@/lib/corrections/queries";
import { env } from "@/lib/env";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

type Props = { params: Promise<{ page: string }> };

export const generateStaticParams = renderOnFirstRequest;

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const page = parsePageParam((await params).page);
  const t = await getTranslations("Meta");
  const title = page > 1 ? t("correctionsPage", { page }) : (await getTranslations("Corrections"))("heading");
  const description = t("correctionsDescription");
  return {
    title,
    description,
    alternates: {
      canonical: pageHref("/corrections", page),
      types: { "application/rss+xml": [{ url: "/corrections/feed.xml", title: t("correctionsFeed", { site: env.SITE_NAME }) }] },
    },
    ...shareMetadata({ path: pageHref("/corrections", page), title, description }),
  };
}

export default async function CorrectionsPage({ params }: Props) {
  const result = await listPublicCorrections((await currentEdition()).id, parsePageParam((await params).page));
  if (isPastEnd(result.page)) notFound();
  const t = await getTranslations("Corrections");
  return (
    <div className="container-page py-8 sm:py-12">
      <header className="max-w-3xl space-y-3 border-b border-rule pb-6">
        <h1 className="font-serif text-4xl font-bold tracking-tight">{t("heading")}</h1>
        <p className="font-serif text-lg text-ink/85">
          {t("intro")}
        </p>
        <p className="text-sm">
          <a href="/corrections/feed.xml" className="text-accent underline">
            {t("rss")}
          </a>
        </p>
      </header>
      {result.corrections.length === 0 ? (
        <p className="mt-8 text-muted">{t("none")}</p>
      ) : (
        <ol aria-label={t("heading")} className="mt-6 max-w-3xl divide-y divide-rule">
          {result.corrections.map((note) => (
            <li key={note.id} className="py-5">
              <p className="text-sm text-muted">
                {t(note.kind)}, <ReaderDateTime value={note.createdAt} />
              </p>
              <h2 className="mt-1 font-serif text-xl leading-snug font-bold">
                <ReaderLink href={`/articles/${note.article.slug}#corrections`} className="hover:underline">
                  {note.article.title}
                </ReaderLink>
              </h2>
              <p className="mt-2 leading-relaxed">{note.text}</p>
            </li>
          ))}
        </ol>
      )}
      <ReaderPagination info={result.page} basePath="/corrections" label={t("pages")} />
    </div>
  );
}
