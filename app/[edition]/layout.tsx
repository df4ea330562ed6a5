import type { Metadata, Viewport } from "next";
import { BreakingNewsBanner } from "@/components/front-page/breaking-news-banner";
import { CategoryNav, SiteFooterWithMenu } from "@/components/site/category-nav";
import { ClientNavigation } from "@/components/site/client-navigation";
import { EditionLinks } from "@/components/site/edition-links";
import { ErrorWordsProvider } from "@/components/site/error-words";
import { getTranslations } from "next-intl/server";
import { editionHref } from "@/lib/editions/href";
import { SiteHeader } from "@/components/site/site-header";
import { HydrationMark } from "@/components/ui/hydration-mark";
import { renderOnFirstRequest } from "@/lib/content/on-demand";
import { languageAttributes } from "@/lib/editions/attributes";
import { currentEdition } from "@/lib/editions/current";
import { BODY_CLASS, siteMetadata, siteViewport } from "@/lib/seo/site-metadata";
import { inEdition } from "@/lib/editions/metadata";
import "../globals.css";

// The readers' root layout: every reader page lives under the [edition] segment, which holds the
// edition's path. proxy.ts rewrites the default edition's addresses here (`/x` → `/en/x`), so the
// address readers see has no prefix (docs/decisions/052-editions-routing.md).

// Reader pages are rendered once and served from the cache until a write expires one of their tags
// (lib/cache/tags.ts), the next scheduled article goes live, or this many seconds pass, whichever
// is first. The same number is the `s-maxage` a CDN sees (docs/decisions/011-caching-reader-pages.md).
export const revalidate = 60;

// No edition is built ahead: the build never needs the database (011).
export const generateStaticParams = renderOnFirstRequest;

// Its addresses (feeds) inside the edition being rendered, og:locale its language (lib/editions/metadata.ts).
export async function generateMetadata(): Promise<Metadata> {
  return inEdition(await currentEdition(), siteMetadata());
}

export const viewport: Viewport = siteViewport;

export default async function ReaderLayout({ children }: { children: React.ReactNode }) {
  const edition = await currentEdition();
  const t = await getTranslations("Errors");
  const errorWords = {
    unavailableTitle: t("unavailableTitle"),
    unavailableText: t("unavailableText"),
    errorTitle: t("errorTitle"),
    errorText: t("errorText"),
    tryAgain: t("tryAgain"),
    frontPage: t("frontPage"),
    home: editionHref(edition, "/"),
    // The digest is only known in the browser: its place is kept for the error page to fill.
    reference: t("reference", { digest: "{digest}" }),
  };
  return (
    <html {...languageAttributes(edition)}>
      <body className={BODY_CLASS}>
        {/* .reader-site: reader pages follow the reader's dark preference (app/globals.css). */}
        <div className="reader-site flex flex-1 flex-col">
          <SiteHeader navigation={<CategoryNav />} />
          <BreakingNewsBanner />
          <main id="main" className="flex-1">
            {/* The words of app/[edition]/error.tsx, which Next.js renders in here. */}
            <ErrorWordsProvider words={errorWords}>{children}</ErrorWordsProvider>
          </main>
          <EditionLinks />
          <SiteFooterWithMenu />
        </div>
        {/* Client-side navigation for every ReaderLink (plain links, no client component each). */}
        <ClientNavigation />
        <HydrationMark />
      </body>
    </html>
  );
}

