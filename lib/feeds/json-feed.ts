// `feed` 6 writes JSON Feed version 1; Gazette serves version 1.1 (https://www.jsonfeed.org/version/1.1/).

export const JSON_FEED_VERSION = "https://jsonfeed.org/version/1.1";

/** JSON Feed 1.1 from `feed`'s version 1 output: the version, and `authors` arrays instead of `author`. */
export function toJsonFeed11(json1: string): string {
  const feed = JSON.parse(json1) as Record<string, unknown> & { items?: Record<string, unknown>[] };
  const upgrade = (object: Record<string, unknown>) => {
    if (object.author) {
      object.authors = [object.author];
      delete object.author;
    }
  };
  feed.version = JSON_FEED_VERSION;
  upgrade(feed);
  for (const item of feed.items ?? []) upgrade(item);
  return JSON.stringify(feed, null, 2);
}
