// Storing an image's bytes through the one upload path (lib/media/pipeline.ts) into the media storage
// (lib/media/storage): what both the upload forms (lib/uploads/store.ts, server-only) and the WordPress
// importer (a command-line script too) call to add a file to the media library.
import path from "node:path";
import { env } from "@/lib/env";
import { processAndStoreImage, type StoredImage } from "@/lib/media/pipeline";
import { mediaStorage } from "@/lib/media/storage";

export { IMAGE_TYPES, UploadError, type StoredImage } from "@/lib/media/pipeline";

export function uploadDir(): string {
  return path.resolve(env.UPLOAD_DIR);
}

/** The limits every upload is held to (UPLOAD_MAX_MB, UPLOAD_MAX_MEGAPIXELS). */
export function uploadLimits() {
  return { maxBytes: env.UPLOAD_MAX_MB * 1024 * 1024, maxPixels: env.UPLOAD_MAX_MEGAPIXELS * 1_000_000 };
}

/**
 * Check, re-encode and store image bytes; UploadError when they are refused (with the sentence for the
 * person), StorageUnavailableError when the storage does not answer (nothing is left half-written).
 */
export async function storeImageBytes(bytes: Buffer, filename?: string): Promise<StoredImage> {
  return processAndStoreImage(mediaStorage(), bytes, { ...uploadLimits(), filename });
}

/** What a media row keeps about a stored image, for every writer of the media table. */
export function storedMediaFields(stored: StoredImage) {
  return {
    url: stored.url,
    mime: stored.mime,
    width: stored.width,
    height: stored.height,
    byteSize: stored.byteSize,
    variantWidths: stored.variantWidths,
    originalKey: stored.originalKey,
    originalMetadata: stored.originalMetadata,
  };
}
