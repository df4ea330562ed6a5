import "server-only";
// Uploaded images: checked by their content (not their name), size-limited, stored under UPLOAD_DIR
// with a random name, served by app/uploads/[...path]/route.ts.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileTypeFromBuffer } from "file-type";
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

/** Store an image and return its public URL, or throw UploadError with a message for the person. */
export async function storeImage(file: File): Promise<string> {
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
  await writeFile(path.join(uploadDir(), folder, name), bytes, { flag: "wx" });
  return `/uploads/${folder}/${name}`;
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
