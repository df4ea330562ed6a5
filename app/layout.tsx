import type { Metadata, Viewport } from "next";
import { ClientNavigation } from "@/components/site/client-navigation";
import { HydrationMark } from "@/components/ui/hydration-mark";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/links";
import { siteOpenGraph } from "@/lib/seo/share-metadata";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(env.SITE_URL),
  title: { default: env.SITE_NAME, template: `%s · ${env.SITE_NAME}` },
  description: env.SITE_DESCRIPTION,
  applicationName: env.SITE_NAME,
  alternates: { types: feedAlternates(env.SITE_NAME) },
  // No Twitter card here: a page that has no share card of its own (lib/seo/share-metadata.ts) claims
  // none, rather than a large image card without an image.
  openGraph: siteOpenGraph(),
};

export const viewport: Viewport = {
  themeColor: "#ffffff",
  width: "device-width",
  initialScale: 1,
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-paper font-sans text-ink antialiased">
        {children}
        {/* Client-side navigation for every ReaderLink (plain links, no client component each). */}
        <ClientNavigation />
        <HydrationMark />
      </body>
    </html>
  );
}
