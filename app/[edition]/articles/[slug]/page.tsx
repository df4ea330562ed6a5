import type { Metadata } from "next";
import { ReaderLink } from "@/components/site/reader-link";
import { notFound, permanentRedirect } from "next/navigation";
import { feedAlternates } from "@/lib/feeds/links";
import { ArticleBody } from "@/components/articles/article-body";
import { AuthorAvatar } from "@/components/authors/author-avatar";
import { AuthorBox } from "@/components/authors/author-box";
import { BylineLinks } from "@/components/articles/byline-links";
import { CorrectionNotes } from "@/components/articles/correction-notes";
import { ReplyForm } from "@/components/replies/reply-form";
import { replyFormText } from "@/components/replies/reply-form-text";
import { ReplyList } from "@/components/replies/reply-list";
import { SCRIPTS_WHEN_NEAR } from "@/lib/http/scripts-on-demand";
import { ReaderDateTime } from "@/components/ui/reader-date-time";
import { getTranslations } from "next-intl/server";
import { ResponsiveImage } from "@/components/media/responsive-image";
import { draftMode } from "next/headers";
import { JsonLd } from "@/components/seo/json-ld";
import { getArticleForPreview, getPublishedArticleBySlug, listPublishedVersions, listRelatedArticles } from "@/lib/articles/queries";
import { StoryVersions } from "@/components/articles/story-versions";
import { languageAlternates, openGraphLocale } from "@/lib/editions/alternates";
import { editionHref } from "@/lib/editions/href";
import { articleEditedAt, articleLastModified } from "@/lib/articles/last-modified";
import { findSlugRedirect } from "@/lib/articles/redirects";
import { permittedUser } from "@/lib/auth/session";
import { listApprovedReplies } from "@/lib/replies/queries";
import { getReplySettings, repliesAreOpen } from "@/lib/replies/settings";
import { replyPageToken } from "@/lib/replies/token";
import { env } from "@/lib/env";
import { articleImage, breadcrumbData, newsArticleData } from "@/lib/seo/structured-data";
import { SHARE_IMAGE_SIZE, shareMetadata, siteShareImage } from "@/lib/seo/share-metadata";
import { canDrawHeadline } from "@/lib/seo/share-card-text";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { getReaderImage } from "@/lib/media/reader-images";
import { siteTimeZone } from "@/lib/format";
import { LiveUpdates } from "@/components/live/live-updates";
import { liveText } from "@/components/live/live-text";
import { getLiveCoverageView } from "@/lib/live/queries";
import { liveFeedAlternates } from "@/lib/live/links";
import { liveBlogData } from "@/lib/live/structured-data";
import { currentEdition } from "@/lib/editions/current";
import { inEdition } from "@/lib/editions/metadata";

type Props = { params: Promise<{ slug: string }> };

export const generateStaticParams = renderOnFirstRequest;

// Its addresses (canonical, feeds, share card) inside the edition being rendered (lib/editions/metadata.ts).
export async function generateMetadata(props: Props): Promise<Metadata> {
  return inEdition(await currentEdition(), await pageMetadata(props));
}

async function pageMetadata({ params }: Props): Promise<Metadata> {
  const edition = await currentEdition();
  const article = await getPublishedArticleBySlug(edition.id, (await params).slug);
  if (!article) return {};
  // The story in other editions: hreflang alternates (reciprocal, with x-default) and og:locale:alternate.
  const versions = article.translationGroup ? await listPublishedVersions(article.translationGroup) : [];
  const siteAddress = (path: string) => new URL(editionHref(edition, path), env.SITE_URL).toString();
  const title = article.seoTitle || article.title;
  const description = article.seoDescription || article.standfirst;
  // The generated image shows the headline, so the headline describes it; a hero image has its own alt.
  const live = await getLiveCoverageView(article.id);
  // A library photograph is shared cut to a large card around its focal point (share.jpg); an image
  // from elsewhere as it is; no image, the drawn card (og.png), or the site's image when the card
  // cannot write the headline's script (lib/seo/share-card-text.ts).
  const heroImage = article.heroImageUrl ? await getReaderImage(article.heroImageUrl) : null;
  const image = heroImage
    ? { url: `/articles/${article.slug}/share.jpg`, alt: article.heroImageAlt || article.title, ...SHARE_IMAGE_SIZE }
    : article.heroImageUrl || canDrawHeadline(article.title)
      ? { url: articleImage(article, edition), alt: article.heroImageAlt || article.title, ...(article.heroImageUrl ? {} : SHARE_IMAGE_SIZE) }
      : siteShareImage();
  return {
    title,
    description,
    alternates: {
      canonical: `/articles/${article.slug}`,
      types: live ? liveFeedAlternates(feedAlternates(env.SITE_NAME), article.slug, article.title) : feedAlternates(env.SITE_NAME),
      languages: languageAlternates(versions, (slug) => `/articles/${slug}`),
    },
    authors: article.authors.map((author) => ({ name: author.displayName, url: `/authors/${author.handle}` })),
    ...shareMetadata({
      path: `/articles/${article.slug}`,
      title,
      description,
      image,
      openGraph: {
        type: "article",
        publishedTime: article.publishedAt.toISOString(),
        modifiedTime: articleLastModified(article).toISOString(),
        authors: article.authors.map((author) => siteAddress(`/authors/${author.handle}`)),
        section: article.category?.name,
        tags: article.tags.map((tag) => tag.name),
        alternateLocale: versions.filter((version) => version.editionId !== edition.id).map((version) => openGraphLocale(version.language)),
      },
    }),
  };
}

/** The published article, or in draft mode any article the signed-in user may edit. */
async function loadArticle(editionId: string, slug: string) {
  if ((await draftMode()).isEnabled) {
    const preview = await getArticleForPreview(editionId, slug, await permittedUser("article:create"));
    if (preview) return { article: preview, previewStatus: preview.status };
  }
  const article = await getPublishedArticleBySlug(editionId, slug);
  return article && { article, previewStatus: null };
}

export default async function ArticlePage({ params }: Props) {
  const { slug } = await params;
  const edition = await currentEdition();
  const loaded = await loadArticle(edition.id, slug);
  if (!loaded) {
    // An old address of a renamed article moves permanently to the new one (308, cached like the page).
    const current = await findSlugRedirect(edition.id, slug);
    if (current) permanentRedirect(editionHref(edition, `/articles/${encodeURIComponent(current)}`));
    notFound();
  }
  const { article, previewStatus } = loaded;
  const [thread, replySettings, related, heroImage, live, versions] = await Promise.all([
    listApprovedReplies(article.id),
    getReplySettings(),
    listRelatedArticles(article),
    article.heroImageUrl ? getReaderImage(article.heroImageUrl) : null,
    // Live coverage: the updates as of this cached page; the page's script fetches the rest.
    previewStatus ? null : getLiveCoverageView(article.id),
    article.translationGroup ? listPublishedVersions(article.translationGroup) : [],
  ]);
  const open = !previewStatus && repliesAreOpen(article, replySettings);
  const [t, tReplies] = await Promise.all([getTranslations("Article"), getTranslations("Replies")]);
  const edited = articleEditedAt(article);
  // Client islands get their words as props, made here: no message formatter in the page's scripts.
  const [replyText, liveWords] = await Promise.all([open ? replyFormText() : null, live ? liveText() : null]);

  return (
    <div className="container-page py-8 sm:py-12">
      {!previewStatus && (
        <>
          <JsonLd data={live ? liveBlogData(article, live, edition) : newsArticleData(article, edition)} />
          <JsonLd
            data={breadcrumbData([
              { name: env.SITE_NAME, path: editionHref(edition, "/") },
              ...(article.category ? [{ name: article.category.name, path: editionHref(edition, `/category/${article.category.slug}`) }] : []),
              { name: article.title, path: editionHref(edition, `/articles/${article.slug}`) },
            ])}
          />
        </>
      )}
      {previewStatus && (
        <p role="status" className="mx-auto mb-6 max-w-3xl rounded border border-amber-400 bg-amber-50 px-4 py-3 text-sm dark:bg-transparent">
          <strong>Preview.</strong> This is how readers will see the article. Its status is {previewStatus.toLowerCase().replace("_", " ")}
          {previewStatus === "PUBLISHED" ? "" : ", so readers cannot see it yet"}.{" "}
          {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- deliberate full load; the rule reads app/[edition]/[slug] as every address */}
          <a href="/api/preview/exit" className="font-semibold underline">
            Leave preview
          </a>
        </p>
      )}
      <article className="mx-auto max-w-3xl">
        <header className="space-y-4">
          {article.category && (
            <p className="text-sm font-semibold tracking-wider text-accent uppercase">
              <ReaderLink href={`/category/${article.category.slug}`} className="hover:underline">
                {article.category.name}
              </ReaderLink>
            </p>
          )}
          <h1 className="font-serif text-4xl leading-[1.1] font-bold tracking-tight text-balance sm:text-5xl">
            {article.title}
          </h1>
          {article.standfirst && (
            <p className="font-serif text-xl leading-snug text-ink/80 sm:text-2xl">{article.standfirst}</p>
          )}
          <div className="flex items-center gap-3 border-y border-rule py-3 text-sm">
            {/* The hero photograph, when there is one, is the page's largest paint and its only early fetch. */}
            <AuthorAvatar name={article.author.displayName} url={article.author.avatarUrl} size={40} priority={!article.heroImageUrl} />
            <div>
              <p>{t.rich("byline", { names: () => <BylineLinks authors={article.authors} rel="author" className="font-semibold hover:underline" /> })}</p>
              {article.translators.length > 0 && <p>{t.rich("translatedBy", { names: () => <BylineLinks authors={article.translators} className="font-semibold hover:underline" /> })}</p>}
              <p className="text-muted">
                <span>{t.rich("published", { date: () => <ReaderDateTime value={article.publishedAt} withTime /> })}</span>
                {edited && (
                  <span>
                    {t("separator")}
                    {t.rich("updated", { date: () => <ReaderDateTime value={edited} withTime /> })}
                  </span>
                )}
                <span>
                  {t("separator")}
                  {t("readingTime", { minutes: article.readingMinutes })}
                </span>
              </p>
            </div>
          </div>
          <StoryVersions versions={versions.filter((version) => version.editionId !== edition.id)} />
        </header>

        {article.heroImageUrl && (
          <figure className="mt-8">
            {/* A fixed aspect ratio reserves the space: no layout shift while it loads; the focal point stays in the crop. */}
            <div className="relative aspect-[16/9] overflow-hidden rounded bg-neutral-100">
              <ResponsiveImage image={heroImage} src={article.heroImageUrl} alt={article.heroImageAlt ?? ""} sizes="(min-width: 768px) 48rem, 100vw" priority className="absolute inset-0 h-full w-full object-cover" />
            </div>
            {heroImage?.credit && <figcaption className="mt-1 text-end text-xs text-muted">{t.rich("photoCredit", { credit: heroImage.credit, bdi: (chunks) => <bdi>{chunks}</bdi> })}</figcaption>}
          </figure>
        )}

        <ArticleBody
          document={article.body}
          className="article-body story-body prose prose-lg mt-8 max-w-none font-serif prose-headings:font-serif prose-a:text-accent prose-blockquote:border-accent"
        />

        {live && liveWords && <LiveUpdates articleId={article.id} slug={article.slug} initial={live} pollMs={env.LIVE_POLL_MS} timeZone={siteTimeZone} text={liveWords} />}

        <CorrectionNotes notes={article.corrections} />

        {article.sourceName && (
          <p className="mt-8 border-t border-rule pt-4 text-sm">
            <span className="font-semibold">{t("originalSource")}</span>
            {/* The source's name or address keeps its own direction in a sentence of another script. */}
            {article.sourceUrl ? (
              <a href={article.sourceUrl} rel="noopener" className="text-accent underline hover:text-accent-dark">
                <bdi>{article.sourceName}</bdi>
              </a>
            ) : (
              <bdi>{article.sourceName}</bdi>
            )}
          </p>
        )}

        {article.tags.length > 0 && (
          <nav aria-label={t("tags")} className="mt-6">
            <ul className="flex flex-wrap gap-2">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <ReaderLink href={`/tag/${tag.slug}`} className="tag-chip">
                    {tag.name}
                  </ReaderLink>
                </li>
              ))}
            </ul>
          </nav>
        )}

        {article.authors.map((author) => (
          <AuthorBox key={author.id} author={author} />
        ))}
      </article>

      {related.length > 0 && (
        <section aria-labelledby="related-heading" className="page-section">
          <h2 id="related-heading" className="section-title">
            {t("related")}
          </h2>
          <ul className="mt-4 grid gap-6 sm:grid-cols-3">
            {related.map((item) => (
              <li key={item.id}>
                <ReaderLink href={`/articles/${item.slug}`} className="headline-link">
                  {item.title}
                </ReaderLink>
                <p className="mt-1 text-sm text-muted">
                  <ReaderDateTime value={item.publishedAt} />
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}

      <section aria-labelledby="replies-heading" className="page-section">
        <h2 id="replies-heading" className="section-title">
          {tReplies("count", { count: thread.count })}
        </h2>
        {thread.count > 0 && (
          // Each reply's "Reply to …" turns the form into an answer to it once the scripts have come:
          // they come as the thread nears the screen (decision 064). Its replies but the last ten
          // are laid out as they near the screen (app/design.css, decision 065).
          <div className="replies-thread mt-6" {...(open ? SCRIPTS_WHEN_NEAR : {})}>
            <ReplyList replies={thread.replies} canReply={open} />
          </div>
        )}
        {replyText ? (
          <ReplyForm articleId={article.id} pageToken={replyPageToken(article.id)} permalink={`/articles/${encodeURIComponent(article.slug)}#respond`} text={replyText} />
        ) : (
          <p className="mt-6 text-muted">{tReplies("closed")}</p>
        )}
      </section>
    </div>
  );
}
