// The share card of a page (OpenGraph and Twitter): its own address, title, description and an image
// with its alt text. Every reader page and the sign-in page build theirs here, so none claims a large
// image card without an image, or leaves out og:url.
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { shareCardText } from "./share-card-text";

/** The size of the images Gazette draws (components/seo/share-card.tsx): a large card's 1.91:1. */
export const SHARE_IMAGE_SIZE = { width: 1200, height: 630 };

export type ShareImage = { url: string; alt: string; width?: number; height?: number };

/** What the site's image shows: its name over a tagline the card can write (lib/seo/share-card-text.ts). */
export function siteImageAlt(tagline: string): string {
  return tagline && shareCardText(tagline) ? `${env.SITE_NAME}: ${tagline}` : env.SITE_NAME;
}

/** The site's own share image (app/[edition]/og.png/route.tsx), for pages without one of their own. */
export function siteShareImage(): ShareImage {
  return { url: "/og.png", alt: siteImageAlt(env.SITE_DESCRIPTION), ...SHARE_IMAGE_SIZE };
}

/** What every page's OpenGraph says about the site (the root layout's defaults too). */
export function siteOpenGraph() {
  return { type: "website", siteName: env.SITE_NAME, locale: "en_GB" } as const;
}

type OpenGraph = NonNullable<Metadata["openGraph"]>;

type SharedPage = {
  /** The page's canonical path; metadataBase (SITE_URL) makes it absolute. */
  path: string;
  title: string;
  description?: string;
  image?: ShareImage;
  /** What the page is (website by default) and the fields of that kind (an article's times, section, tags). */
  openGraph?: OpenGraph;
};

export function shareMetadata({ path, title, description = env.SITE_DESCRIPTION, image = siteShareImage(), openGraph }: SharedPage): Pick<Metadata, "openGraph" | "twitter"> {
  return {
    // A page's openGraph replaces the layout's whole, so the site's name and locale are repeated.
    openGraph: { ...siteOpenGraph(), url: path, title, description, images: [image], ...openGraph },
    twitter: { card: "summary_large_image", title, description, images: [{ url: image.url, alt: image.alt }] },
  };
}
