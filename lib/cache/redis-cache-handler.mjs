// Next.js's `cacheHandler` (next.config.js) when REDIS_URL is set: the route cache (reader pages,
// feeds, sitemaps) and `unstable_cache` data (lib/cache/reader-cache.ts) shared by every instance
// through Redis (lib/cache/shared-cache.mjs, docs/decisions/017-fleet-on-redis.md). Next creates
// one of these per request; the store behind them is one per process.
import { readFileSync } from "node:fs";
import path from "node:path";
import pino from "pino";
import { MAX_ENTRY_SECONDS, SEARCH_ENTRY_SECONDS, SEARCH_PAGE_KEY_PREFIX, SharedCacheStore, entryTags } from "./shared-cache.mjs";

const STORE = Symbol.for("gazette.sharedCacheStore");

/** The process's store (also read by /api/ready through globalThis). */
function sharedStore(serverDistDir, maxMemoryCacheSize) {
  const holder = /** @type {Record<symbol, SharedCacheStore | undefined>} */ (globalThis);
  if (!holder[STORE]) {
    // Entries are kept per build: a page rendered by another build names script files this one
    // does not have. Tag expirations are shared by all builds (they are about the data).
    let buildId = process.env.GAZETTE_BUILD_ID || "development";
    try {
      buildId = readFileSync(path.join(serverDistDir ?? ".next/server", "..", "BUILD_ID"), "utf8").trim();
    } catch {}
    holder[STORE] = new SharedCacheStore({
      url: process.env.REDIS_URL,
      prefix: process.env.REDIS_PREFIX || "gazette:",
      buildId,
      // The local layer is as large as Next's own memory cache would be (cacheMaxMemorySize, 50 MB).
      localBytes: maxMemoryCacheSize || 50 * 1024 * 1024,
      log: pino({ base: { pid: process.pid, component: "cache" }, timestamp: pino.stdTimeFunctions.isoTime }),
    });
  }
  return holder[STORE];
}

export default class RedisCacheHandler {
  /** @param {{ serverDistDir?: string, maxMemoryCacheSize?: number }} context */
  constructor(context) {
    this.store = sharedStore(context.serverDistDir, context.maxMemoryCacheSize);
  }

  /**
   * @param {string} key
   * @param {{ kind: string, tags?: string[], softTags?: string[] }} context
   */
  async get(key, context) {
    const extra = context.kind === "FETCH" ? [...(context.tags ?? []), ...(context.softTags ?? [])] : [];
    const entry = await this.store.get(key, extra);
    if (!entry) return null;
    return { lastModified: entry.lastModified, value: entry.value, cacheControl: entry.cacheControl };
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {{ fetchCache?: boolean, tags?: string[], cacheControl?: { revalidate: number | false, expire?: number } }} context
   */
  async set(key, data, context) {
    const tags = entryTags(data, context.fetchCache ? context.tags : undefined);
    const expire = context.cacheControl?.expire;
    // A search results page is one entry per words anyone typed: kept ten minutes, not a day.
    const longest = key.startsWith(SEARCH_PAGE_KEY_PREFIX) ? SEARCH_ENTRY_SECONDS : MAX_ENTRY_SECONDS;
    await this.store.set(key, data, tags, context.cacheControl, typeof expire === "number" ? Math.min(expire, longest) : longest);
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number }} [durations]
   */
  async revalidateTag(tags, durations) {
    await this.store.expireTags(typeof tags === "string" ? [tags] : tags, durations);
  }

  resetRequestCache() {}
}
