import "server-only";
// A feed of one live coverage's updates (RSS 2.0, Atom 1.0, JSON Feed 1.1) with the site's feed
// library, newest first, each entry linking to its anchor on the live page.
import { Feed } from "feed";
import { getPublishedArticleBySlug } from "@/lib/articles/queries";
import { editionAt } from "@/lib/editions/current";
import { READER_CACHE_CONTROL } from "@/lib/cache/headers";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags, liveCoverageTag } from "@/lib/cache/tags";
import { env } from "@/lib/env";
import { itemByline, withDublinCore } from "@/lib/feeds/byline";
import { toJsonFeed11 } from "@/lib/feeds/json-feed";
import { getLiveCoverageView } from "./queries";
import { livePaths, liveUpdateAnchor } from "./public";
import { updateTitle } from "./text";

export type LiveFeedFormat = "rss" | "atom" | "json";
const FEED_SIZE = 50;
const CONTENT_TYPES: Record<LiveFeedFormat, string> = {
  rss: "application/rss+xml; charset=utf-8",
  atom: "application/atom+xml; charset=utf-8",
  json: "application/feed+json; charset=utf-8",
};
const absolute = (path: string) => new URL(path, env.SITE_URL).toString();

const cachedLiveFeed = readerQuery(
  "live:feed",
  async (editionId: string, slug: string, articleId: string, format: LiveFeedFormat): Promise<string | null> => {
    const article = await getPublishedArticleBySlug(editionId, slug);
    const view = article && article.id === articleId ? await getLiveCoverageView(article.id) : null;
    if (!article || !view) return null;
    const page = absolute(`/articles/${article.slug}`);
    const paths = livePaths.feeds(article.slug);
    const updates = view.updates.slice(0, FEED_SIZE);
    const feed = new Feed({
      id: `${page}#live`,
      title: `${article.title} · live updates · ${env.SITE_NAME}`,
      description: article.standfirst || `Live coverage: ${article.title}`,
      link: page,
      language: "en",
      updated: updates[0] ? new Date(updates[0].updatedAt) : new Date(view.startedAt),
      generator: env.SITE_NAME,
      copyright: `© ${new Date().getFullYear()} ${env.SITE_NAME}`,
      feedLinks: { rss: absolute(paths.rss), atom: absolute(paths.atom), json: absolute(paths.json) },
    });
    for (const update of updates) {
      feed.addItem({
        title: updateTitle(update),
        id: `${page}#${liveUpdateAnchor(update.id)}`,
        link: `${page}#${liveUpdateAnchor(update.id)}`,
        date: new Date(update.updatedAt),
        published: new Date(update.createdAt),
        description: update.text.slice(0, 300),
        content: update.html.replace(/(src|href)="\/(?!\/)/g, (_match, name: string) => `${name}="${absolute("/")}`),
        ...itemByline(format, [{ name: update.author.name, link: update.author.handle ? absolute(`/authors/${update.author.handle}`) : absolute("/") }]),
      });
    }
    return format === "rss" ? withDublinCore(feed.rss2()) : format === "atom" ? feed.atom1() : toJsonFeed11(feed.json1());
  },
  (_editionId, slug, articleId) => [liveCoverageTag(articleId), cacheTags.article(slug), cacheTags.articleLists()],
);

/** A route handler for one format: `export const GET = liveFeedRoute("rss")`. */
export function liveFeedRoute(format: LiveFeedFormat) {
  return async (_request: Request, { params }: { params: Promise<{ edition: string; slug: string }> }) => {
    const { edition: path, slug } = await params;
    const edition = await editionAt(path);
    const article = await getPublishedArticleBySlug(edition.id, slug);
    const body = article ? await cachedLiveFeed(edition.id, article.slug, article.id, format) : null;
    if (!body) return new Response("Not found", { status: 404, headers: { "Cache-Control": READER_CACHE_CONTROL } });
    return new Response(body, { headers: { "Content-Type": CONTENT_TYPES[format], "Cache-Control": READER_CACHE_CONTROL } });
  };
}
