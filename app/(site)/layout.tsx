import { CategoryNav } from "@/components/site/category-nav";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";

// Reader pages read the database on each request for now; tag-based caching and prerendering come
// with the performance work (docs/decisions/005-rendering-and-caching.md).
export const dynamic = "force-dynamic";

export default function SiteLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader navigation={<CategoryNav />} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter />
    </>
  );
}
