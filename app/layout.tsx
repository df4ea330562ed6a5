import type { Metadata, Viewport } from "next";
import localFont from "next/font/local";
import { GeistSans } from "geist/font/sans";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/links";
import { siteOpenGraph } from "@/lib/seo/share-metadata";
import "./globals.css";

// Fonts ship with the app (npm packages), so builds never download anything.
const sourceSerif = localFont({
  src: [
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-normal.woff2", style: "normal" },
    { path: "../node_modules/@fontsource-variable/source-serif-4/files/source-serif-4-latin-wght-italic.woff2", style: "italic" },
  ],
  weight: "200 900",
  variable: "--font-source-serif",
  display: "swap",
});

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
    <html lang="en" className={`${sourceSerif.variable} ${GeistSans.variable}`}>
      <body className="flex min-h-screen flex-col bg-paper font-sans text-ink antialiased">{children}</body>
    </html>
  );
}
