// Storing an image's bytes under UPLOAD_DIR, checked by content: the one way both the upload forms
// (lib/uploads/store.ts, server-only) and the WordPress importer (a command-line script too) add a
// file to the media library's folder.
import { randomUUID } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
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

/** Store image bytes (size already checked) under a random name; UploadError when they are not an image. */
export async function storeImageBytes(bytes: Buffer): Promise<StoredImage> {
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
