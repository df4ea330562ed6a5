import "server-only";
// Reader queries, cached under tags. Each cached query names the tags of what it reads; the tags are
// collected into the page that calls it, so one write (lib/cache/tags.ts) expires the data and every
// cached page built from it. Entries also end at the next scheduled publish: the key carries that
// time and the entry expires at it, so the published set a page shows is never out of date.
import { unstable_cache } from "next/cache";
import { cache } from "react";
import { nextScheduledPublishAt } from "@/lib/articles/schedule";
import { fromCacheable, toCacheable } from "./cacheable";
import { entryLifetime } from "./lifetime";

type Args = (string | number)[];

const MAX_TAG_LENGTH = 256;

/**
 * Wrap a reader query: `name` keys it, `tags` says which writes expire it. Deduplicated per request
 * (generateMetadata and the page share one call).
 */
export function readerQuery<A extends Args, T>(name: string, load: (...args: A) => Promise<T>, tags: (...args: A) => string[]) {
  return cache(async (...args: A): Promise<T> => {
    // Next.js refuses tags over 256 characters. Such an argument (a 2,000-character slug typed into
    // the address bar) names nothing that exists: answer it uncached rather than warn on every request.
    if (tags(...args).some((tag) => tag.length > MAX_TAG_LENGTH)) return load(...args);
    const horizon = await nextScheduledPublishAt();
    const cached = unstable_cache(async () => toCacheable(await load(...args)), [name, ...args.map(String), horizon?.toISOString() ?? "none"], {
      tags: tags(...args),
      revalidate: entryLifetime(horizon),
    });
    return fromCacheable<T>(await cached());
  });
}
