// The media storage this process uses, chosen by MEDIA_STORAGE (lib/env.ts), and the addresses
// readers fetch media at. Used by the server and by the command-line scripts alike (no "server-only").
import { env, type Env } from "@/lib/env";
import { localStorage } from "./local";
import { s3Storage } from "./s3";
import type { MediaStorage } from "./types";

export { StorageUnavailableError, checkKey, type MediaStorage, type StoredObject } from "./types";
export { localStorage } from "./local";
export { s3Storage } from "./s3";

type StorageEnv = Pick<Env, "MEDIA_STORAGE" | "UPLOAD_DIR" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_FORCE_PATH_STYLE">;

/** The storage a configuration names (lib/env.ts has already refused an incomplete one). */
export function storageFromEnv(config: StorageEnv): MediaStorage {
  if (config.MEDIA_STORAGE === "s3") {
    return s3Storage({ bucket: config.S3_BUCKET!, region: config.S3_REGION!, endpoint: config.S3_ENDPOINT, forcePathStyle: config.S3_FORCE_PATH_STYLE });
  }
  return localStorage(config.UPLOAD_DIR);
}

let current: MediaStorage | undefined;
export function mediaStorage(): MediaStorage {
  current ??= storageFromEnv(env);
  return current;
}

/** Gazette's own address of a key: /uploads/<key>. This is what the database keeps. */
export function uploadsPath(key: string): string {
  return `/uploads/${key}`;
}

/** The key of a Gazette media address (/uploads/…), or null for any other address. */
export function keyFromUrl(url: string): string | null {
  if (!url.startsWith("/uploads/")) return null;
  const key = url.slice("/uploads/".length).split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(key).split("/").includes("..") ? null : decodeURIComponent(key);
  } catch {
    return null;
  }
}

/**
 * The address readers fetch a stored image at: MEDIA_PUBLIC_URL/<key> when a CDN or the bucket serves
 * media, else the address as stored (/uploads/<key>, which Gazette serves). Any other address is kept.
 */
export function publicMediaUrl(url: string, base: string | undefined = env.MEDIA_PUBLIC_URL): string {
  const key = keyFromUrl(url);
  if (!base || key === null || key.startsWith("originals/")) return url;
  return `${base}/${key}`;
}
