import type { Metadata } from "next";
import { NotFoundMessage } from "@/components/site/not-found-message";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import { HydrationMark } from "@/components/ui/hydration-mark";
import "./globals.css";

// For addresses that match no route (next.config.js `experimental.globalNotFound`). Next.js renders it
// on its own, so unlike a root not-found.tsx it is not carried in the payload of every other page. It
// is prerendered, so it has no database-driven navigation. notFound() in a page is answered by the
// not-found.tsx of its group: (site) and (dashboard).
export const metadata: Metadata = { title: "Page not found" };

export default function GlobalNotFound() {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-paper font-sans text-ink antialiased">
        <SiteHeader />
        <main id="main" className="flex-1">
          <NotFoundMessage />
        </main>
        <SiteFooter />
        <HydrationMark />
      </body>
    </html>
  );
}
