import "server-only";
// The corrections feed (RSS 2.0, with the site's feed library): one entry per note, linking to the
// article's notes.
import { Feed } from "feed";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { listCorrectionsForFeed } from "@/lib/corrections/queries";
import { CORRECTION_LABEL } from "@/lib/corrections/schemas";
import { env } from "@/lib/env";
import { formatDate } from "@/lib/format";

const absolute = (path: string) => new URL(path, env.SITE_URL).toString();

/** An edition's corrections feed (`editionId` from the route's `edition` param). */
export async function correctionsFeedResponse(editionId: string): Promise<Response> {
  const notes = await listCorrectionsForFeed(editionId);
  const feed = new Feed({
    id: absolute("/corrections"),
    title: `Corrections and updates · ${env.SITE_NAME}`,
    description: `Every correction and update ${env.SITE_NAME} has made to a published article.`,
    link: absolute("/corrections"),
    language: "en",
    updated: notes[0]?.createdAt,
    generator: env.SITE_NAME,
    copyright: `© ${new Date().getFullYear()} ${env.SITE_NAME}`,
    feedLinks: { rss: absolute("/corrections/feed.xml") },
  });
  for (const note of notes) {
    const label = CORRECTION_LABEL[note.kind];
    feed.addItem({
      title: `${label}: ${note.article.title}`,
      // The note's own id: two notes on one article are two entries.
      id: absolute(`/articles/${note.article.slug}#correction-${note.id}`),
      link: absolute(`/articles/${note.article.slug}#corrections`),
      date: note.createdAt,
      description: `${label}, ${formatDate(note.createdAt)}: ${note.text}`,
    });
  }
  return new Response(feed.rss2(), { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": READER_CACHE_CONTROL } });
}
