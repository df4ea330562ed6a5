// The one path every image takes into Gazette (media library, hero upload, avatar, WordPress import,
// the demo's seed): its type read from its bytes, its size and pixel count bounded before decoding,
// then re-encoded for readers with every metadata block removed, at several widths in AVIF, WebP and
// a JPEG or PNG fallback, all made once here and kept in the media storage. The original is kept too,
// under originals/, for editors only, with a note of what it carries (location, camera serial…).
// docs/decisions/038-media-storage.md. No "server-only": the importer and the seed run it from the shell.
import { randomUUID } from "node:crypto";
import exifReader from "exif-reader";
import { fileTypeFromBuffer } from "file-type";
import sharp, { type Metadata, type Sharp } from "sharp";
import { uploadsPath, type MediaStorage } from "./storage";

export class UploadError extends Error {}

export const IMAGE_TYPES: Record<string, string> = {
  "image/jpeg": "jpg",
  "image/png": "png",
  "image/webp": "webp",
  "image/avif": "avif",
  "image/gif": "gif",
};

const TYPE_NAMES: Record<string, string> = { "image/jpeg": "a JPEG", "image/png": "a PNG", "image/webp": "a WebP", "image/avif": "an AVIF", "image/gif": "a GIF" };
/** What a file name's extension claims. */
const EXTENSION_TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", jpe: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" };

/** Widths readers' copies are made at (never wider than the image); the widest copy is capped at MAX_WIDTH. */
export const VARIANT_WIDTHS = [400, 800, 1200, 1600] as const;
export const MAX_WIDTH = 2400;
export const VARIANT_FORMATS = ["avif", "webp"] as const;

export type ImageLimits = { maxBytes: number; maxPixels: number };

export type StoredImage = {
  /** The reader's copy at its largest (/uploads/<key>): what the database and every use keep. */
  url: string;
  mime: string;
  width: number | null;
  height: number | null;
  byteSize: number;
  /** Widths at which AVIF, WebP and the fallback exist ("400,800,1200"); "" for none (animations). */
  variantWidths: string;
  /** The untouched upload, for editors only. */
  originalKey: string;
  /** What the original carries that readers' copies do not: "GPS location, camera serial number, …"; "" for nothing. */
  originalMetadata: string;
};

function extensionOf(name: string | undefined): string | null {
  const match = name?.toLowerCase().match(/\.([a-z0-9]{1,8})$/);
  return match ? match[1]! : null;
}

function quoted(name: string | undefined): string {
  return name ? `“${name.slice(0, 100)}”` : "This file";
}

/** The file's real type, or an UploadError that says what is wrong, naming the file. */
export async function checkImageType(bytes: Buffer, filename?: string): Promise<string> {
  const type = await fileTypeFromBuffer(bytes).catch(() => undefined);
  const claimed = EXTENSION_TYPES[extensionOf(filename) ?? ""];
  if (!type || !IMAGE_TYPES[type.mime]) {
    const contents = type ? `its contents are ${type.ext.toUpperCase()}` : "its contents are not an image format Gazette knows";
    if (claimed) throw new UploadError(`${quoted(filename)} is not really ${TYPE_NAMES[claimed]} image, whatever its name says: ${contents}. Upload a JPEG, PNG, WebP, AVIF or GIF image.`);
    throw new UploadError(`${quoted(filename)} is not an image: ${contents}. Upload a JPEG, PNG, WebP, AVIF or GIF image.`);
  }
  if (claimed && claimed !== type.mime) {
    throw new UploadError(`${quoted(filename)} is named as ${TYPE_NAMES[claimed]} image but its contents are ${TYPE_NAMES[type.mime]} image: a file whose name lies about its type is refused. Save it again with the right extension (.${IMAGE_TYPES[type.mime]}).`);
  }
  return type.mime;
}

/** Names the metadata the original carries, for the editor: nothing of it reaches readers. */
export function describeMetadata(metadata: Partial<Pick<Metadata, "exif" | "xmp" | "iptc">>): string {
  const found: string[] = [];
  let exif: ReturnType<typeof exifReader> | null = null;
  if (metadata.exif) {
    try {
      exif = exifReader(metadata.exif);
    } catch {
      exif = null;
    }
  }
  const gps = exif?.GPSInfo;
  if (gps && (gps.GPSLatitude !== undefined || gps.GPSLongitude !== undefined)) found.push("GPS location");
  const serial = exif?.Photo?.BodySerialNumber ?? exif?.Image?.CameraSerialNumber ?? exif?.Photo?.LensSerialNumber;
  if (serial !== undefined && String(serial).trim()) found.push("camera serial number");
  if (exif?.Image?.Make || exif?.Image?.Model) found.push("camera make and model");
  if (exif?.Image?.Artist || exif?.Image?.Copyright) found.push("author and copyright");
  if (exif?.Photo?.DateTimeOriginal) found.push("date taken");
  const blocks = [metadata.exif && "EXIF", metadata.xmp && "XMP", metadata.iptc && "IPTC"].filter(Boolean) as string[];
  if (blocks.length) found.push(`${blocks.join(", ")} ${blocks.length > 1 ? "blocks" : "block"}`);
  return found.join(", ");
}

type Encoded = { key: string; body: Buffer; mime: string };

/**
 * Check, re-encode and store an image: the reader's copies and the original, all or none (a storage
 * failure removes what was written, and throws StorageUnavailableError). UploadError for a file
 * that is refused, with the sentence to show next to the field.
 */
export async function processAndStoreImage(storage: MediaStorage, bytes: Buffer, options: ImageLimits & { filename?: string; now?: Date }): Promise<StoredImage> {
  if (bytes.length === 0) throw new UploadError("The chosen file is empty.");
  const maxMb = options.maxBytes / 1024 / 1024;
  if (bytes.length > options.maxBytes) throw new UploadError(`Images can be at most ${maxMb.toLocaleString("en-GB")} MB; this one is ${(bytes.length / 1024 / 1024).toFixed(1)} MB.`);
  const mime = await checkImageType(bytes, options.filename);

  // The header alone: dimensions and metadata, nothing decoded yet.
  const metadata = await sharp(bytes, { animated: true, limitInputPixels: false }).metadata().catch(() => null);
  if (!metadata?.width || !metadata.height) throw new UploadError(`${quoted(options.filename)} could not be read as an image: it may be damaged. Export it again and upload that.`);
  const frameHeight = metadata.pageHeight ?? metadata.height;
  const frames = metadata.pages ?? 1;
  const pixels = metadata.width * frameHeight;
  if (pixels > options.maxPixels || pixels * frames > options.maxPixels * 4) {
    throw new UploadError(
      `${quoted(options.filename)} declares ${metadata.width.toLocaleString("en-GB")} × ${frameHeight.toLocaleString("en-GB")} pixels; images can be at most ${(options.maxPixels / 1_000_000).toLocaleString("en-GB")} megapixels. It was refused without being opened: resize it and upload it again.`,
    );
  }
  const animated = frames > 1;
  const rotated = (metadata.orientation ?? 1) >= 5;
  const width = rotated ? frameHeight : metadata.width;
  const height = rotated ? metadata.width : frameHeight;

  const now = options.now ?? new Date();
  const base = `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, "0")}/${randomUUID()}`;
  const alpha = metadata.hasAlpha || mime === "image/png" || mime === "image/gif";
  const fallback = animated ? ({ ext: "gif", mime: "image/gif" } as const) : alpha ? ({ ext: "png", mime: "image/png" } as const) : ({ ext: "jpg", mime: "image/jpeg" } as const);
  const largest = Math.min(width, MAX_WIDTH);
  const widths = animated ? [] : [...new Set([...VARIANT_WIDTHS.filter((w) => w < largest), largest])];
  const encodeFallback = (image: Sharp) =>
    fallback.ext === "gif" ? image.gif() : fallback.ext === "png" ? image.png({ compressionLevel: 9 }) : image.jpeg({ quality: 80, mozjpeg: true });

  // sharp writes no metadata unless asked: no EXIF, XMP, IPTC or ICC (colours are converted to sRGB).
  // limitInputPixels again: whatever the header said, decoding stops at the limit. A still image is
  // decoded once, turned upright and brought to the largest width, and every copy is made from that.
  const encoded: Encoded[] = [];
  let size = { width: largest, height: Math.round((height * largest) / width) };
  try {
    let source: () => Sharp;
    if (animated) {
      source = () => sharp(bytes, { animated, limitInputPixels: options.maxPixels * frames }).resize({ width: largest, withoutEnlargement: true });
    } else {
      const raw = await sharp(bytes, { limitInputPixels: options.maxPixels }).rotate().resize({ width: largest, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
      const info = { width: raw.info.width, height: raw.info.height, channels: raw.info.channels };
      size = { width: info.width, height: info.height };
      source = () => sharp(raw.data, { raw: info });
    }
    const main = await encodeFallback(source()).toBuffer();
    encoded.push({ key: `${base}.${fallback.ext}`, body: main, mime: fallback.mime });
    for (const w of widths) {
      const resized = () => (w === size.width ? source() : source().resize({ width: w }));
      encoded.push({ key: `${base}-${w}.avif`, body: await resized().avif({ quality: 55, effort: 2 }).toBuffer(), mime: "image/avif" });
      encoded.push({ key: `${base}-${w}.webp`, body: await resized().webp({ quality: 75 }).toBuffer(), mime: "image/webp" });
      if (w !== largest) encoded.push({ key: `${base}-${w}.${fallback.ext}`, body: await encodeFallback(resized()).toBuffer(), mime: fallback.mime });
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : "";
    if (/pixel limit/i.test(message)) throw new UploadError(`${quoted(options.filename)} has more pixels than its header says; images can be at most ${(options.maxPixels / 1_000_000).toLocaleString("en-GB")} megapixels.`);
    throw new UploadError(`${quoted(options.filename)} could not be read as an image: it may be damaged. Export it again and upload that.`);
  }
  const originalKey = `originals/${base}.${IMAGE_TYPES[mime]}`;
  encoded.push({ key: originalKey, body: bytes, mime });

  const written: string[] = [];
  try {
    for (const object of encoded) {
      await storage.put(object.key, object.body, object.mime);
      written.push(object.key);
    }
  } catch (error) {
    await storage.delete(written).catch(() => undefined);
    throw error;
  }
  const mainObject = encoded[0]!;
  return {
    url: uploadsPath(mainObject.key),
    mime: mainObject.mime,
    width: size.width,
    height: size.height,
    byteSize: mainObject.body.length,
    variantWidths: widths.join(","),
    originalKey,
    originalMetadata: describeMetadata(metadata),
  };
}

/** Every key an image occupies in the storage: the reader's copy, its variants and the original. */
export function imageKeys(image: { url: string; variantWidths: string; originalKey: string | null }): string[] {
  const key = image.url.startsWith("/uploads/") ? image.url.slice("/uploads/".length) : null;
  if (!key) return image.originalKey ? [image.originalKey] : [];
  const dot = key.lastIndexOf(".");
  const base = key.slice(0, dot);
  const fallbackExt = key.slice(dot + 1);
  const keys = [key];
  const widths = image.variantWidths.split(",").filter(Boolean).map(Number);
  const largest = Math.max(...widths);
  for (const w of widths) {
    keys.push(`${base}-${w}.avif`, `${base}-${w}.webp`);
    // The fallback at the largest width is the reader's copy itself.
    if (w !== largest) keys.push(`${base}-${w}.${fallbackExt}`);
  }
  if (image.originalKey) keys.push(image.originalKey);
  return [...new Set(keys)];
}

export type ImageSource = { type: string; srcSet: string };

/**
 * The sources of a stored image for <picture>: AVIF and WebP at every width, and the fallback's
 * srcset; `toUrl` turns a Gazette address into the one readers fetch (MEDIA_PUBLIC_URL).
 */
export function responsiveSources(image: { url: string; variantWidths: string; width: number | null }, toUrl: (url: string) => string = (url) => url): { sources: ImageSource[]; srcSet: string } | null {
  const widths = image.variantWidths.split(",").filter(Boolean).map(Number);
  if (!widths.length || !image.url.startsWith("/uploads/")) return null;
  const dot = image.url.lastIndexOf(".");
  const base = image.url.slice(0, dot);
  const ext = image.url.slice(dot + 1);
  const largest = Math.max(...widths);
  const set = (format: string) => widths.map((w) => `${toUrl(format === ext && w === largest ? image.url : `${base}-${w}.${format}`)} ${w}w`).join(", ");
  return {
    sources: [
      { type: "image/avif", srcSet: set("avif") },
      { type: "image/webp", srcSet: set("webp") },
    ],
    srcSet: set(ext),
  };
}
