// One interface for where media bytes live: a local folder (UPLOAD_DIR, the default) or an
// S3-compatible bucket (MEDIA_STORAGE=s3). Keys are relative paths such as `2026/12/<id>-800.avif`;
// readers reach a key at `/uploads/<key>` (Gazette serves it) or at MEDIA_PUBLIC_URL/<key> (a CDN or
// the bucket). Originals, kept for editors only, live under `originals/` (docs/decisions/038-media-storage.md).

export type StoredObject = { key: string; size: number };

export interface MediaStorage {
  /** "local" or "s3": said in logs and by the migrate command. */
  readonly kind: "local" | "s3";
  /** Where it stores, for people: a folder or a bucket. */
  readonly description: string;
  put(key: string, body: Buffer, contentType: string): Promise<void>;
  /** The object's bytes, or null when there is none. */
  get(key: string): Promise<Buffer | null>;
  /** The object's size (and, from S3, its ETag: the MD5 of a single-part upload), or null when there is none. */
  head(key: string): Promise<{ size: number; etag?: string } | null>;
  /** Delete these objects; a missing one is not an error. */
  delete(keys: string[]): Promise<void>;
  /** Every object under `prefix` ("" for all), in no promised order. */
  list(prefix?: string): AsyncIterable<StoredObject>;
}

/**
 * The storage did not answer or refused (network, credentials, a missing bucket): what was already
 * saved is untouched, and the person is told to try again. The cause is kept for the logs.
 */
export class StorageUnavailableError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`The image store is not answering (${detail}). Nothing was saved; try again in a moment.`, options);
    this.name = "StorageUnavailableError";
  }
}

/** A key as written by Gazette: folders and names of safe characters, never `..` or an absolute path. */
export function checkKey(key: string): string {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*)*$/.test(key) || key.split("/").includes("..") || key.length > 512) {
    throw new Error(`Not a media key: ${JSON.stringify(key.slice(0, 80))}`);
  }
  return key;
}
