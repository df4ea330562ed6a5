// The metadata every page of the site starts from, shared by the three root layouts (readers',
// dashboard's, sign-in's: app/[edition], app/(dashboard), app/(auth)), which replaced the one
// app/layout.tsx when the reader tree moved under [edition] (docs/decisions/052-editions-routing.md).
import type { Metadata, Viewport } from "next";
import { env } from "@/lib/env";
import { feedAlternates } from "@/lib/feeds/links";
import { siteOpenGraph } from "@/lib/seo/share-metadata";

export function siteMetadata(): Metadata {
  return {
    metadataBase: new URL(env.SITE_URL),
    title: { default: env.SITE_NAME, template: `%s · ${env.SITE_NAME}` },
    description: env.SITE_DESCRIPTION,
    applicationName: env.SITE_NAME,
    alternates: { types: feedAlternates(env.SITE_NAME) },
    // No Twitter card here: a page that has no share card of its own (lib/seo/share-metadata.ts) claims
    // none, rather than a large image card without an image.
    openGraph: siteOpenGraph(),
  };
}

export const siteViewport: Viewport = {
  themeColor: "#ffffff",
  width: "device-width",
  initialScale: 1,
};

/** The body every root layout renders (the reader stylesheet's base). */
export const BODY_CLASS = "flex min-h-screen flex-col bg-paper font-sans text-ink antialiased";
