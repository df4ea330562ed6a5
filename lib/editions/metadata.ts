// A reader page's metadata inside its edition: every address it names that is one of the site's own
// (canonical, feed alternates, og:url, share images, author links) moves under the edition's path,
// so a French page's canonical is `/fr/articles/x`, never the English page's; its og:locale is the
// edition's language; where it says the site's tagline (a page without a description of its own, the
// site's share image's alt), it says the edition's (./description.ts). Pure.
import type { Metadata } from "next";
import { env } from "@/lib/env";
import { siteImageAlt } from "@/lib/seo/share-metadata";
import { editionDescription } from "./description";
import { openGraphLocale } from "./alternates";
import { editionHref, type EditionAddress } from "./href";

type Linkish = string | URL | { url: string | URL } | null | undefined;

function move<T extends Linkish>(edition: EditionAddress, link: T): T {
  if (typeof link === "string") return (link.startsWith("/") && !link.startsWith("//") ? editionHref(edition, link) : link) as T;
  if (link && typeof link === "object" && !(link instanceof URL) && typeof link.url === "string") return { ...link, url: move(edition, link.url) } as T;
  return link;
}

const moveAll = <T extends Linkish>(edition: EditionAddress, links: T | T[] | undefined) =>
  links === undefined ? undefined : Array.isArray(links) ? links.map((link) => move(edition, link)) : move(edition, links);

export function inEdition(edition: EditionAddress & { language: string; description?: string }, metadata: Metadata): Metadata {
  const located = metadata.openGraph ? { ...metadata, openGraph: { ...metadata.openGraph, locale: openGraphLocale(edition.language) } } : metadata;
  const described = withTagline(editionDescription(edition), located);
  return edition.isDefault ? described : moved(edition, described);
}

/** The site's tagline, wherever the metadata says it, replaced by `tagline`. */
function withTagline(tagline: string, metadata: Metadata): Metadata {
  const site = env.SITE_DESCRIPTION;
  if (tagline === site) return metadata;
  const say = <T,>(text: T): T => (text === site ? (tagline as T) : text);
  // The site's share image says what it shows (lib/seo/share-metadata.ts): the name over the tagline.
  const [siteAlt, editionAlt] = [siteImageAlt(site), siteImageAlt(tagline)];
  const alt = <T,>(image: T): T => (image && typeof image === "object" && "alt" in image && image.alt === siteAlt ? { ...image, alt: editionAlt } : image);
  const images = <T,>(list: T): T => (Array.isArray(list) ? (list.map(alt) as T) : alt(list));
  const { openGraph, twitter } = metadata;
  return {
    ...metadata,
    ...(metadata.description !== undefined && { description: say(metadata.description) }),
    ...(openGraph && { openGraph: { ...openGraph, description: say(openGraph.description), ...(openGraph.images && { images: images(openGraph.images) }) } as Metadata["openGraph"] }),
    ...(twitter && { twitter: { ...twitter, description: say(twitter.description), ...(twitter.images && { images: images(twitter.images) }) } as Metadata["twitter"] }),
  };
}

function moved(edition: EditionAddress, metadata: Metadata): Metadata {
  const { alternates, openGraph, twitter, authors } = metadata;
  return {
    ...metadata,
    ...(alternates && {
      alternates: {
        ...alternates,
        ...(typeof alternates.canonical === "string" && { canonical: move(edition, alternates.canonical) }),
        ...(alternates.types && {
          types: Object.fromEntries(Object.entries(alternates.types).map(([type, links]) => [type, moveAll(edition, links as Linkish | Linkish[])])) as NonNullable<Metadata["alternates"]>["types"],
        }),
      },
    }),
    ...(openGraph && { openGraph: { ...openGraph, ...(typeof openGraph.url === "string" && { url: move(edition, openGraph.url) }), ...(openGraph.images && { images: moveAll(edition, openGraph.images as Linkish | Linkish[]) }) } as Metadata["openGraph"] }),
    ...(twitter && { twitter: { ...twitter, ...(twitter.images && { images: moveAll(edition, twitter.images as Linkish | Linkish[]) }) } as Metadata["twitter"] }),
    ...(authors && { authors: moveAll(edition, authors as Linkish | Linkish[]) as Metadata["authors"] }),
  };
}
