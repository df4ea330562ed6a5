// schema.org data for reader pages: NewsArticle with its author, publisher and source, breadcrumbs,
// and Person with ProfilePage for author pages. Built from reader-safe fields only.
import { articleLastModified } from "@/lib/articles/last-modified";
import type { ArticleDetail } from "@/lib/articles/queries";
import type { AuthorProfile } from "@/lib/authors/queries";
import { env } from "@/lib/env";
import { editionHref, type EditionAddress } from "@/lib/editions/href";
import { canDrawHeadline } from "./share-card-text";

type ReaderEdition = EditionAddress & { language: string };

const absolute = (path: string) => new URL(path, env.SITE_URL).toString();

export function publisher() {
  return {
    "@type": "NewsMediaOrganization",
    name: env.SITE_NAME,
    url: absolute("/"),
    // No width or height: schema.org wants a Distance ("512 px") or a QuantitativeValue there, not a
    // bare number, and search engines read the size from the image itself.
    logo: { "@type": "ImageObject", url: absolute("/logo.png") },
  };
}

export function personData(author: Pick<AuthorProfile, "handle" | "displayName" | "bio" | "avatarUrl" | "website" | "links">) {
  const sameAs = [author.website, ...author.links.map((link) => link.url)].filter(Boolean);
  return {
    "@type": "Person",
    name: author.displayName,
    url: absolute(`/authors/${author.handle}`),
    ...(author.bio ? { description: author.bio } : {}),
    ...(author.avatarUrl ? { image: absolute(author.avatarUrl) } : {}),
    ...(sameAs.length ? { sameAs } : {}),
  };
}

export function articleImage(article: Pick<ArticleDetail, "slug" | "heroImageUrl" | "title">, edition: EditionAddress): string {
  if (article.heroImageUrl) return absolute(article.heroImageUrl);
  // A headline the drawn card cannot write (Arabic, say) shares the site's image (lib/seo/share-card-text.ts).
  return absolute(editionHref(edition, canDrawHeadline(article.title) ? `/articles/${article.slug}/og.png` : "/og.png"));
}

/** `edition`: the article's edition (its address and language). */
export function newsArticleData(article: ArticleDetail, edition: ReaderEdition) {
  const url = absolute(editionHref(edition, `/articles/${article.slug}`));
  return {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    mainEntityOfPage: { "@type": "WebPage", "@id": url },
    url,
    headline: article.title,
    description: article.seoDescription || article.standfirst,
    datePublished: article.publishedAt.toISOString(),
    dateModified: articleLastModified(article).toISOString(),
    author: article.authors.map((author) => personData(author)),
    ...(article.translators.length ? { translator: article.translators.map((translator) => personData(translator)) } : {}),
    publisher: publisher(),
    image: [articleImage(article, edition)],
    ...(article.category ? { articleSection: article.category.name } : {}),
    ...(article.tags.length ? { keywords: article.tags.map((tag) => tag.name).join(", ") } : {}),
    ...(article.sourceName
      ? { isBasedOn: { "@type": "CreativeWork", name: article.sourceName, ...(article.sourceUrl ? { url: article.sourceUrl } : {}) } }
      : {}),
    // schema.org's correction: what was published wrong and put right (updates are not corrections).
    ...(article.corrections.some((note) => note.kind === "correction")
      ? {
          correction: article.corrections
            .filter((note) => note.kind === "correction")
            .map((note) => ({ "@type": "CorrectionComment", text: note.text, datePublished: note.createdAt.toISOString() })),
        }
      : {}),
    isAccessibleForFree: true,
    inLanguage: edition.language,
  };
}

export function breadcrumbData(items: { name: string; path: string }[]) {
  return {
    "@context": "https://schema.org",
    "@type": "BreadcrumbList",
    itemListElement: items.map((item, index) => ({ "@type": "ListItem", position: index + 1, name: item.name, item: absolute(item.path) })),
  };
}

export function profilePageData(author: AuthorProfile) {
  return {
    "@context": "https://schema.org",
    "@type": "ProfilePage",
    url: absolute(`/authors/${author.handle}`),
    mainEntity: personData(author),
  };
}

/**
 * The site itself, for the home page and section pages: WebSite with a search action (search engines
 * may offer a search box for it) and the NewsMediaOrganization that publishes it.
 */
export function siteData(edition: ReaderEdition) {
  const home = absolute(editionHref(edition, "/"));
  return {
    "@context": "https://schema.org",
    "@graph": [
      {
        "@type": "WebSite",
        "@id": absolute("/#website"),
        name: env.SITE_NAME,
        description: env.SITE_DESCRIPTION,
        url: home,
        inLanguage: edition.language,
        publisher: { "@id": absolute("/#publisher") },
        potentialAction: {
          "@type": "SearchAction",
          target: { "@type": "EntryPoint", urlTemplate: `${absolute(editionHref(edition, "/search"))}?q={search_term_string}` },
          "query-input": "required name=search_term_string",
        },
      },
      { ...publisher(), "@id": absolute("/#publisher") },
    ],
  };
}
