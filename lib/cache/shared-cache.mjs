// The shared page and data cache of a Gazette fleet: entries and tag expirations in Redis, read by
// every instance, with a small copy in each process's memory in front of it.
// (docs/decisions/017-fleet-on-redis.md). Plain JavaScript: Next.js imports the cache handler at run
// time, outside its bundles (lib/cache/redis-cache-handler.mjs), and Node 20 cannot import TypeScript.
//
// Redis keys, under the prefix (`gazette:` by default):
//   entry:<build id>:<cache key>  a hash: m = lastModified (ms), t = tags (comma-separated), v = the
//                                 value (v8-serialised: Buffers and Maps survive). Lives `expire`
//                                 seconds (a day for pages), so Redis never fills with dead entries.
//   marks                         one sorted set of times (ms): `e:<tag>` when the tag was last
//                                 expired, `s:<tag>` when last marked stale, `v:<build id>:<key>`
//                                 the version (lastModified) of the shared entry. Trimmed of every
//                                 time older than the longest an entry lives: it never grows forever.
//
// The rule the local copy obeys: before an entry is served, its tags' expirations and the shared
// entry's version are read from Redis in one command (ZMSCORE on `marks`). A local entry is used only when Redis holds
// the same version and none of its tags expired after it was made; otherwise the shared one is
// fetched (or the page is rendered). When Redis cannot be reached, readers get the local copy (or a
// fresh render) and writers' expirations are kept and sent when Redis is back.
import { createRequire } from "node:module";
import { deserialize, serialize } from "node:v8";
import { RESP_TYPES, createClient } from "redis";

const require = createRequire(import.meta.url);

/** Longest an entry lives anywhere (Next's expireTime for pages, next.config.js): one day. */
export const MAX_ENTRY_SECONDS = 86_400;
/** A render that began longer ago than this is not the one storing now (it failed, or stored nothing). */
const RENDER_WINDOW_MS = 60_000;
/** Keys whose render start is remembered at once (a flood of distinct misses only forgets the starts). */
const RENDERS_TRACKED_MAX = 10_000;
/** Cached search results (app/[edition]/search/results/[q]/[page]) live ten minutes at most in Redis. */
export const SEARCH_ENTRY_SECONDS = 600;
export const SEARCH_PAGE_KEY_PREFIX = "/search/results/";
/** A Redis command that takes longer than this counts as Redis being unreachable. */
const COMMAND_TIMEOUT_MS = 500;
const TAGS_HEADER = "x-next-cache-tags";

/**
 * Next's own record of stale tags (the one its built-in handler writes). Marking a tag stale there
 * gives `revalidateTag(tag, "max")` Next's meaning: the next read still gets the old entry while a
 * fresh one renders. If a later Next moves the module, stale marks are treated as expirations (never
 * older than asked, only less lazy).
 */
function nextTagsManifest() {
  try {
    return require("next/dist/server/lib/incremental-cache/tags-manifest.external.js").tagsManifest;
  } catch {
    return null;
  }
}

/** Tags an entry answers to: the page's tags header, or the data entry's own tags. */
export function entryTags(value, setTags) {
  const header = value?.headers?.[TAGS_HEADER];
  const fromHeader = typeof header === "string" && header ? header.split(",") : [];
  return [...new Set([...fromHeader, ...(setTags ?? [])])];
}

function withTimeout(promise, ms = COMMAND_TIMEOUT_MS) {
  let timer;
  return Promise.race([
    promise,
    new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

/** A small LRU of deserialised entries, bounded by their serialised size (as Next's memory cache is). */
class LocalEntries {
  constructor(maxBytes) {
    this.maxBytes = maxBytes;
    this.bytes = 0;
    this.map = new Map();
  }
  get(key) {
    const entry = this.map.get(key);
    if (entry) {
      this.map.delete(key);
      this.map.set(key, entry);
    }
    return entry;
  }
  set(key, entry) {
    this.delete(key);
    if (entry.size > this.maxBytes) return;
    this.map.set(key, entry);
    this.bytes += entry.size;
    while (this.bytes > this.maxBytes) this.delete(this.map.keys().next().value);
  }
  delete(key) {
    const entry = this.map.get(key);
    if (!entry) return;
    this.map.delete(key);
    this.bytes -= entry.size;
  }
}

export class SharedCacheStore {
  /**
   * @param {{ url?: string, socketPath?: string, prefix?: string, buildId: string, localBytes?: number,
   *   log?: { info: (o: object, m: string) => void, warn: (o: object, m: string) => void } }} options
   */
  constructor(options) {
    this.prefix = options.prefix ?? "gazette:";
    this.entryPrefix = `${this.prefix}entry:${options.buildId}:`;
    this.versionPrefix = `v:${options.buildId}:`;
    this.marksKey = `${this.prefix}marks`;
    this.local = new LocalEntries(options.localBytes ?? 50 * 1024 * 1024);
    /** Tag expirations this process knows of (its own, and every one read from Redis). */
    this.knownExpired = new Map();
    this.knownStale = new Map();
    /** Expirations made while Redis was unreachable, sent when it is back. */
    this.pendingExpired = new Map();
    this.pendingStale = new Map();
    /**
     * Per key, when the render that will store it began: the first miss (or stale answer) since the
     * key was last stored. An entry is stamped with that time, not with the time it is stored, so a
     * render that read the data before a write and finished after it is expired by that write
     * (docs/decisions/044-renders-that-straddle-a-write.md).
     */
    this.renderingSince = new Map();
    this.log = options.log ?? { info: (o, m) => console.log(m, o), warn: (o, m) => console.warn(m, o) };
    this.manifest = nextTagsManifest();
    this.down = false;
    this.client = createClient({
      url: options.url,
      socket: {
        ...(options.socketPath ? { path: options.socketPath } : {}),
        connectTimeout: 2_000,
        // Keep trying, at most every second: an instance must rejoin without a restart.
        reconnectStrategy: (retries) => Math.min(100 * 2 ** Math.min(retries, 4), 1_000),
      },
      // Fail at once while disconnected instead of queueing: a reader must not wait for Redis.
      disableOfflineQueue: true,
      pingInterval: 5_000,
    }).withTypeMapping({ [RESP_TYPES.BLOB_STRING]: Buffer });
    this.client.on("error", (error) => this.markDown(error));
    this.client.on("ready", () => void this.markUp());
    this.connecting = this.client.connect().catch((error) => this.markDown(error));
  }

  /** Logged once per outage, not per request. */
  markDown(error) {
    if (this.down) return;
    this.down = true;
    this.log.warn({ event: "redis-down", err: { message: error?.message ?? String(error) } }, "redis: unreachable; serving from each instance's memory until it is back");
  }

  async markUp() {
    const wasDown = this.down;
    this.down = false;
    await this.flushPending();
    if (wasDown) this.log.info({ event: "redis-up" }, "redis: reachable again; pending tag expirations sent");
  }

  get ready() {
    if (this.down && this.client.isReady) this.probe();
    return this.client.isReady && !this.down;
  }

  /**
   * A command that timed out marks Redis down while the connection stays open (a Redis that was
   * busy or paused), and no "ready" event will say it is back: try a PING, at most once a second.
   */
  probe() {
    const now = Date.now();
    if (this.probing || now - (this.lastProbe ?? 0) < 1_000) return;
    this.probing = true;
    this.lastProbe = now;
    this.ping()
      .then(() => this.markUp())
      .catch(() => {})
      .finally(() => {
        this.probing = false;
      });
  }

  async ping() {
    return withTimeout(this.client.ping(), 1_000);
  }

  async flushPending() {
    if (this.pendingExpired.size === 0 && this.pendingStale.size === 0) return;
    const expired = [...this.pendingExpired];
    const stale = [...this.pendingStale];
    try {
      await this.writeMarks(expired, stale);
      for (const [tag, at] of expired) if (this.pendingExpired.get(tag) === at) this.pendingExpired.delete(tag);
      for (const [tag, at] of stale) if (this.pendingStale.get(tag) === at) this.pendingStale.delete(tag);
    } catch (error) {
      this.markDown(error);
    }
  }

  async writeMarks(expired, stale) {
    const multi = this.client.multi();
    // GT: an older expiration (sent late, after an outage) never replaces a newer one.
    const marks = [...expired.map(([tag, score]) => ({ value: `e:${tag}`, score })), ...stale.map(([tag, score]) => ({ value: `s:${tag}`, score }))];
    if (marks.length) multi.zAdd(this.marksKey, marks, { GT: true });
    // Times older than the longest-lived entry can expire nothing and version nothing: trim them.
    multi.zRemRangeByScore(this.marksKey, "-inf", Date.now() - (MAX_ENTRY_SECONDS + 3_600) * 1000);
    await withTimeout(multi.exec());
  }

  remember(map, tag, at) {
    if (!(map.get(tag) >= at)) map.set(tag, at);
    // Marks older than the longest-lived entry expire nothing: keep the maps small.
    if (map.size > 50_000) {
      const horizon = Date.now() - MAX_ENTRY_SECONDS * 1000;
      for (const [known, when] of map) if (when < horizon) map.delete(known);
    }
  }

  /**
   * Expire tags (Next's `revalidateTag(tags, durations)`): without durations, or with `expire: 0`,
   * at once; with `expire: n`, stale now and expired in n seconds (stale-while-revalidate).
   * Resolves when Redis has it, or at once with the expiration kept for later when it is down.
   */
  async expireTags(tags, durations) {
    const now = Date.now();
    const expiredAt = durations?.expire === undefined ? now : now + durations.expire * 1000;
    const expired = [];
    const stale = [];
    for (const tag of tags) {
      this.remember(this.knownExpired, tag, expiredAt);
      expired.push([tag, expiredAt]);
      if (expiredAt > now) {
        this.remember(this.knownStale, tag, now);
        stale.push([tag, now]);
      }
    }
    try {
      if (!this.client.isReady) throw new Error("Redis is not connected");
      await this.writeMarks(expired, stale);
    } catch (error) {
      this.markDown(error);
      for (const [tag, at] of expired) this.remember(this.pendingExpired, tag, at);
      for (const [tag, at] of stale) this.remember(this.pendingStale, tag, at);
    }
  }

  /** Expired when one of its tags was expired after the entry was made, and that time has come. */
  isExpired(tags, lastModified, now = Date.now()) {
    return tags.some((tag) => {
      const at = this.knownExpired.get(tag);
      return at !== undefined && at > lastModified && at <= now;
    });
  }

  staleTags(tags, lastModified) {
    return tags.filter((tag) => (this.knownStale.get(tag) ?? 0) > lastModified);
  }

  /** Read the current marks of these tags and the shared entry's version, in one command. */
  async readShared(key, tags) {
    const members = [this.versionPrefix + key, ...tags.flatMap((tag) => [`e:${tag}`, `s:${tag}`])];
    const [version, ...marks] = await withTimeout(this.client.zmScore(this.marksKey, members));
    tags.forEach((tag, index) => {
      const expired = marks[2 * index];
      const stale = marks[2 * index + 1];
      if (expired != null) this.remember(this.knownExpired, tag, Number(expired));
      if (stale != null) this.remember(this.knownStale, tag, Number(stale));
    });
    return version == null ? null : Number(version);
  }

  async fetchShared(key) {
    const [m, t, v] = await withTimeout(this.client.hmGet(this.entryPrefix + key, ["m", "t", "v"]));
    if (m == null || v == null) return null;
    const tags = t == null || t.length === 0 ? [] : String(t).split(",");
    const stored = deserialize(v);
    return { lastModified: Number(String(m)), tags, value: stored.value, cacheControl: stored.cacheControl, size: v.length };
  }

  /**
   * The entry for `key`, or null (a miss: Next renders). `extraTags` are the tags Next asks about on
   * this read (a data entry's tags and the page's implicit tags).
   */
  async get(key, extraTags = []) {
    let entry = this.local.get(key);
    if (this.ready) {
      try {
        const tags = [...new Set([...(entry?.tags ?? []), ...extraTags])];
        const version = await this.readShared(key, tags);
        if (version === null) {
          // Gone from Redis (expired, evicted, or Redis was emptied): what we hold may be from
          // before anything Redis forgot, so render afresh.
          entry = undefined;
          this.local.delete(key);
        } else if (!entry || entry.lastModified !== version) {
          entry = (await this.fetchShared(key)) ?? undefined;
          if (entry) {
            this.local.set(key, entry);
            // The shared entry may carry tags we did not ask about yet.
            const unknown = entry.tags.filter((tag) => !tags.includes(tag));
            if (unknown.length) await this.readShared(key, unknown);
          }
        }
      } catch (error) {
        this.markDown(error);
      }
    }
    if (!entry) return this.renderBegins(key);
    const tags = [...new Set([...entry.tags, ...extraTags])];
    if (this.isExpired(tags, entry.lastModified)) return this.renderBegins(key);
    const stale = this.staleTags(tags, entry.lastModified);
    if (stale.length) {
      this.renderBegins(key);
      if (!this.manifest) return null;
      for (const tag of stale) {
        const known = this.manifest.get(tag) ?? {};
        this.manifest.set(tag, { ...known, stale: Math.max(known.stale ?? 0, this.knownStale.get(tag)) });
      }
    }
    return entry;
  }

  /** Store an entry here and in Redis (if reachable), living `ttlSeconds`. */
  async set(key, value, tags, cacheControl, ttlSeconds = MAX_ENTRY_SECONDS) {
    const blob = serialize({ value, cacheControl });
    const entry = { lastModified: this.renderEnds(key), tags, value, cacheControl, size: blob.length };
    this.local.set(key, entry);
    if (!this.ready) return;
    try {
      const multi = this.client.multi();
      multi.hSet(this.entryPrefix + key, { m: String(entry.lastModified), t: tags.join(","), v: blob });
      multi.expire(this.entryPrefix + key, Math.max(1, Math.ceil(ttlSeconds)));
      multi.zAdd(this.marksKey, { value: this.versionPrefix + key, score: entry.lastModified });
      await withTimeout(multi.exec());
    } catch (error) {
      this.markDown(error);
    }
  }

  /** A miss or a stale answer: Next renders `key` now (unless a render of it already began). Null. */
  renderBegins(key, now = Date.now()) {
    const since = this.renderingSince.get(key);
    if (since === undefined || now - since > RENDER_WINDOW_MS) {
      if (this.renderingSince.size >= RENDERS_TRACKED_MAX) this.renderingSince.clear();
      this.renderingSince.set(key, now);
    }
    return null;
  }

  /** The time an entry being stored is stamped with: when its render began, if that is known. */
  renderEnds(key, now = Date.now()) {
    const since = this.renderingSince.get(key);
    this.renderingSince.delete(key);
    return since !== undefined && now - since <= RENDER_WINDOW_MS ? since : now;
  }

  async close() {
    try {
      await this.client.close();
    } catch {}
  }
}
