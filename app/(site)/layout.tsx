import { BreakingNewsBanner } from "@/components/front-page/breaking-news-banner";
import { CategoryNav, SiteFooterWithMenu } from "@/components/site/category-nav";
import { SiteHeader } from "@/components/site/site-header";

// Reader pages are rendered once and served from the cache until a write expires one of their tags
// (lib/cache/tags.ts), the next scheduled article goes live, or this many seconds pass, whichever
// is first. The same number is the `s-maxage` a CDN sees (docs/decisions/011-caching-reader-pages.md).
export const revalidate = 60;

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    // .reader-site: reader pages follow the reader's dark preference (app/globals.css).
    <div className="reader-site flex flex-1 flex-col">
      <SiteHeader navigation={<CategoryNav />} />
      <BreakingNewsBanner />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooterWithMenu />
    </div>
  );
}
