// Uploaded images from forms: through the one upload path (lib/media/pipeline.ts) into the media
// storage; served by app/uploads/[...path]/route.ts or from MEDIA_PUBLIC_URL. No "server-only": the
// media library's mutations (lib/media/mutations.ts) load it, and unit tests and scripts load those.
import { imageKeys } from "@/lib/media/pipeline";
import { StorageUnavailableError, keyFromUrl, mediaStorage } from "@/lib/media/storage";
import { log } from "@/lib/log";
import { UploadError, storeImageBytes, uploadLimits, type StoredImage } from "./image-bytes";

export { IMAGE_TYPES, UploadError, uploadDir, storedMediaFields, type StoredImage } from "./image-bytes";

/** The same, with what the media library keeps about the file: its type, size, dimensions and variants. */
export async function storeImageWithDetails(file: File): Promise<StoredImage> {
  if (file.size === 0) throw new UploadError("The chosen file is empty.");
  const { maxBytes } = uploadLimits();
  // Refused before reading it into memory; the pipeline checks again with the same limit.
  if (file.size > maxBytes) throw new UploadError(`Images can be at most ${maxBytes / 1024 / 1024} MB; this one is ${(file.size / 1024 / 1024).toFixed(1)} MB.`);
  return storeImageBytes(Buffer.from(await file.arrayBuffer()), file.name);
}

/**
 * Delete a stored image and every copy made of it (variants, original). An address outside the
 * storage is left alone; a storage that does not answer is logged: the row is already gone, and a
 * leftover object costs bytes, not correctness.
 */
export async function removeStoredImage(image: { url: string; variantWidths?: string; originalKey?: string | null }): Promise<void> {
  if (keyFromUrl(image.url) === null) return;
  const keys = imageKeys({ url: image.url, variantWidths: image.variantWidths ?? "", originalKey: image.originalKey ?? null });
  try {
    await mediaStorage().delete(keys);
  } catch (error) {
    if (!(error instanceof StorageUnavailableError)) throw error;
    log.warn({ err: error, keys }, "media: the storage did not answer; these objects were left behind");
  }
}

/** The message for the person when an upload failed for a reason they can act on, else null. */
export function uploadFailureMessage(error: unknown): string | null {
  if (error instanceof UploadError || error instanceof StorageUnavailableError) return error.message;
  return null;
}
