// Types of lib/cache/shared-cache.mjs (plain JavaScript, imported by Next.js at run time).
export declare const MAX_ENTRY_SECONDS: number;
export declare function entryTags(value: unknown, setTags?: string[]): string[];
export type SharedEntry = { lastModified: number; tags: string[]; value: unknown; cacheControl?: unknown; size: number };
type Log = { info: (fields: object, message: string) => void; warn: (fields: object, message: string) => void };
export declare class SharedCacheStore {
  constructor(options: { url?: string; socketPath?: string; prefix?: string; buildId: string; localBytes?: number; log?: Log });
  readonly ready: boolean;
  readonly down: boolean;
  connecting: Promise<unknown>;
  ping(): Promise<unknown>;
  expireTags(tags: string[], durations?: { expire?: number }): Promise<void>;
  get(key: string, extraTags?: string[]): Promise<SharedEntry | null>;
  set(key: string, value: unknown, tags: string[], cacheControl?: unknown, ttlSeconds?: number): Promise<void>;
  close(): Promise<void>;
}
