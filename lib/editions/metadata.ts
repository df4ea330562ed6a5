// A reader page's metadata inside its edition: every address it names that is one of the site's own
// (canonical, feed alternates, og:url, share images, author links) moves under the edition's path,
// so a French page's canonical is `/fr/articles/x`, never the English page's; its og:locale is the
// edition's language. Pure.
import type { Metadata } from "next";
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

export function inEdition(edition: EditionAddress & { language: string }, metadata: Metadata): Metadata {
  const located = metadata.openGraph ? { ...metadata, openGraph: { ...metadata.openGraph, locale: openGraphLocale(edition.language) } } : metadata;
  return edition.isDefault ? located : moved(edition, located);
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
