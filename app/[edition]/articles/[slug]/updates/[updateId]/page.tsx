import type { Metadata } from "next";
import { ReaderLink } from "@/components/site/reader-link";
import { notFound } from "next/navigation";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { getFormatter, getTranslations } from "next-intl/server";
import { livePaths, liveUpdateAnchor } from "@/lib/live/public";
import { updateTitle } from "@/lib/live/text";
import { SHARE_IMAGE_SIZE, shareMetadata, siteShareImage } from "@/lib/seo/share-metadata";
import { canDrawHeadline } from "@/lib/seo/share-card-text";
import { loadLiveUpdate } from "./load";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

// One live update's own address: its own share card (./og.png), its canonical the live page. Cached
// like the article page, under the same tags.
type Props = { params: Promise<{ edition: string; slug: string; updateId: string }> };

export const generateStaticParams = renderOnFirstRequest;

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const loaded = await loadLiveUpdate(params);
  if (!loaded) return {};
  const { article, update } = loaded;
  const title = `${updateTitle(update, 70)} · ${article.title}`;
  const cardTitle = updateTitle(update, 110);
  const description = update.text.replace(/\s+/g, " ").slice(0, 200) || article.standfirst;
  return {
    title,
    description,
    // The live page is the page search engines should show; this address exists to be shared.
    alternates: { canonical: `/articles/${article.slug}` },
    ...shareMetadata({
      path: `/articles/${article.slug}/updates/${update.id}`,
      title,
      description,
      // The update's own card: its headline or first words, the coverage's title, its time, LIVE while
      // live; the site's image when the card cannot write them (lib/seo/share-card-text.ts).
      image: canDrawHeadline(cardTitle)
        ? { url: livePaths.updateCard(article.slug, update.id), alt: `${cardTitle}: ${article.title}`, ...SHARE_IMAGE_SIZE }
        : siteShareImage(),
      openGraph: { type: "article", publishedTime: update.createdAt, modifiedTime: update.updatedAt },
    }),
  };
}

export default async function LiveUpdatePage({ params }: Props) {
  const loaded = await loadLiveUpdate(params);
  if (!loaded) notFound();
  const { article, update } = loaded;
  const [t, format] = await Promise.all([getTranslations("Live"), getFormatter()]);
  return (
    <div className="container-page py-8 sm:py-12">
      <article className="mx-auto max-w-3xl">
        <p className="text-sm font-semibold tracking-wider text-accent uppercase">
          <ReaderLink href={`/articles/${article.slug}`} className="hover:underline">
            {article.title}
          </ReaderLink>
        </p>
        <h1 className="mt-2 font-serif text-3xl font-bold">{updateTitle(update)}</h1>
        <p className="mt-2 text-sm text-muted">
          <time dateTime={update.createdAt}>{format.dateTime(new Date(update.createdAt), "dateTime")}</time> · <bdi>{update.author.name}</bdi>
        </p>
        <div className="article-body prose prose-lg mt-6 max-w-none font-serif prose-a:text-accent" dangerouslySetInnerHTML={{ __html: update.html }} />
        <p className="mt-8">
          <ReaderLink href={`/articles/${article.slug}#${liveUpdateAnchor(update.id)}`} className="font-semibold underline">
            {t("seeAll")}
          </ReaderLink>
        </p>
      </article>
    </div>
  );
}
