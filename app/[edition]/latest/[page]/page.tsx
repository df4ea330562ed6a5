// The front page. Readers never see /latest: next.config.js rewrites `/` and `/?page=N` here
// (beforeFiles) because Next.js caches a page by its path, not its query string, so each page number
// needs a path of its own to be cached on its own. No `page`, or an unreadable one, means page 1.
// Links and the canonical address use the public form (`pageHref("/", page)`). The section, author
// and topic lists work the same way: /category/x?page=N is served by category/[slug]/page/[page].
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { feedAlternates } from "@/lib/feeds/links";
import { ArticleList } from "@/components/articles/article-list";
import { FrontPageBlocks, FrontPageView } from "@/components/front-page/front-page-view";
import { getFrontPage } from "@/lib/front-page/queries";
import { listPublishedArticles } from "@/lib/articles/queries";
import { isPastEnd, pageHref, parsePageParam } from "@/lib/content/pagination";
import { env } from "@/lib/env";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { shareMetadata } from "@/lib/seo/share-metadata";
import { JsonLd } from "@/components/seo/json-ld";
import { siteData } from "@/lib/seo/structured-data";
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
  const title = page > 1 ? t("latestPage", { page }) : t("latest", { site: env.SITE_NAME });
  return {
    title: page > 1 ? title : { absolute: title },
    alternates: { canonical: pageHref("/", page), types: feedAlternates(env.SITE_NAME) },
    ...shareMetadata({ path: pageHref("/", page), title }),
  };
}

export default async function HomePage({ params }: Props) {
  const page = parsePageParam((await params).page);
  // The first page is the arranged front page (docs/decisions/039-front-page.md) with the latest
  // stories after it; the next pages are the latest stories only.
  const { id: editionId } = await currentEdition();
  const [result, front] = await Promise.all([listPublishedArticles(editionId, page), page === 1 ? getFrontPage(editionId) : null]);
  if (isPastEnd(result.page)) notFound();

  // Arranged, the latest stories follow the lead and top stories, leaving out those already shown.
  const shown = new Set([front?.lead, ...(front?.top ?? []), ...(front?.blocks.flatMap((block) => block.stories) ?? [])].flatMap((story) => (story ? [story.id] : [])));
  const latest = front?.arranged ? { ...result, articles: result.articles.filter((article) => !shown.has(article.id)) } : result;

  const t = await getTranslations("Meta");
  return (
    <div className="container-page py-8">
      <JsonLd data={siteData(await currentEdition())} />
      <h1 className="sr-only">{page === 1 ? t("frontPage", { site: env.SITE_NAME }) : t("latestHeading")}</h1>
      {front?.arranged && <FrontPageView front={front} />}
      <section aria-labelledby="latest-heading" className={front?.arranged ? "mt-12" : undefined}>
        <h2 id="latest-heading" className={front?.arranged ? "section-title" : "sr-only"}>
          {t("latestSection")}
        </h2>
        <ArticleList result={latest} basePath="/" label={(await getTranslations("Archive"))("latest")} leadFirst={!front?.arranged} leadPicture={front?.latestPicture ?? undefined} pictures={!front?.arranged} />
      </section>
      {front && !front.arranged && front.blocks.length > 0 && (
        <div className="mt-12">
          <FrontPageBlocks blocks={front.blocks} />
        </div>
      )}
    </div>
  );
}
