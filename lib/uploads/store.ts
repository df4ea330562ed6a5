import "server-only";
// Uploaded images: checked by their content (not their name), size-limited, stored under UPLOAD_DIR
// with a random name, served by app/uploads/[...path]/route.ts.
import { rm } from "node:fs/promises";
import path from "node:path";
import { env } from "@/lib/env";
import { UploadError, storeImageBytes, uploadDir, type StoredImage } from "./image-bytes";

export { IMAGE_TYPES, UploadError, uploadDir, type StoredImage } from "./image-bytes";

/** Store an image and return its public URL, or throw UploadError with a message for the person. */
export async function storeImage(file: File): Promise<string> {
  return (await storeImageWithDetails(file)).url;
}

/** The same, with what the media library keeps about the file: its type, size and dimensions. */
export async function storeImageWithDetails(file: File): Promise<StoredImage> {
  if (file.size === 0) throw new UploadError("The chosen file is empty.");
  const maxBytes = env.UPLOAD_MAX_MB * 1024 * 1024;
  if (file.size > maxBytes) throw new UploadError(`Images can be at most ${env.UPLOAD_MAX_MB} MB; this one is ${(file.size / 1024 / 1024).toFixed(1)} MB.`);
  return storeImageBytes(Buffer.from(await file.arrayBuffer()));
}

/** Delete a stored image by its public URL (nothing happens for an address outside UPLOAD_DIR). */
export async function removeStoredImage(url: string): Promise<void> {
  if (!url.startsWith("/uploads/")) return;
  const root = uploadDir();
  const file = path.resolve(root, ...url.slice("/uploads/".length).split("/"));
  if (!file.startsWith(root + path.sep)) return;
  await rm(file, { force: true });
}

/**
 * The image uploaded in `field` of a form, stored: its URL, null when none was chosen, or the
 * message to show next to the field.
 */
export async function storeFormImage(formData: FormData, field: string): Promise<{ url: string | null } | { error: string }> {
  const file = formData.get(field);
  if (!(file instanceof File) || file.size === 0) return { url: null };
  try {
    return { url: await storeImage(file) };
  } catch (error) {
    if (error instanceof UploadError) return { error: error.message };
    throw error;
  }
}
