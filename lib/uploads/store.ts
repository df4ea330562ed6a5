import "server-only";
// Uploaded images: checked by their content (not their name), size-limited, stored under UPLOAD_DIR
// with a random name, served by app/uploads/[...path]/route.ts.
import { randomUUID } from "node:crypto";
import { mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
import sharp from "sharp";
import { env } from "@/lib/env";

export const IMAGE_TYPES: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/gif": "gif",
};

export class UploadError extends Error {}

export function uploadDir(): string {
  return path.resolve(env.UPLOAD_DIR);
}

export type StoredImage = { url: string; mime: string; width: number | null; height: number | null; byteSize: number };

/** Store an image and return its public URL, or throw UploadError with a message for the person. */
export async function storeImage(file: File): Promise<string> {
  return (await storeImageWithDetails(file)).url;
}

/** The same, with what the media library keeps about the file: its type, size and dimensions. */
export async function storeImageWithDetails(file: File): Promise<StoredImage> {
  if (file.size === 0) throw new UploadError("The chosen file is empty.");
  const maxBytes = env.UPLOAD_MAX_MB * 1024 * 1024;
  if (file.size > maxBytes) throw new UploadError(`Images can be at most ${env.UPLOAD_MAX_MB} MB; this one is ${(file.size / 1024 / 1024).toFixed(1)} MB.`);
  const bytes = Buffer.from(await file.arrayBuffer());
  const type = await fileTypeFromBuffer(bytes);
  const extension = type && IMAGE_TYPES[type.mime];
  if (!extension) throw new UploadError("Upload a JPEG, PNG, WebP, AVIF or GIF image.");
  const now = new Date();
  const folder = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}`;
  const name = `${randomUUID()}.${extension}`;
  await mkdir(path.join(uploadDir(), folder), { recursive: true });
  // The header is enough for the dimensions; an image sharp cannot read is still an image file-type
  // recognised, so it is kept without them rather than refused.
  const metadata = await sharp(bytes, { animated: true }).metadata().catch(() => null);
  await writeFile(path.join(uploadDir(), folder, name), bytes, { flag: "wx" });
  return {
    url: `/uploads/${folder}/${name}`,
    mime: type.mime,
    width: metadata?.width ?? null,
    height: metadata?.pageHeight ?? metadata?.height ?? null,
    byteSize: bytes.length,
  };
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
