// A feed entry's image enclosure. RSS 2.0 requires its byte length and MIME type; the feed library
// would otherwise guess both from the address (`length="0"`, `image/jpg` from ".jpg").
import type { Enclosure } from "feed";

const TYPE_BY_EXTENSION: Record<string, string> = {
  jpg: "image/jpeg",
  jpeg: "image/jpeg",
  png: "image/png",
  webp: "image/webp",
  avif: "image/avif",
  gif: "image/gif",
  svg: "image/svg+xml",
};

/** A registered MIME type for an image: "image/jpg" (not one) becomes "image/jpeg". */
export function imageMimeType(mime: string | null | undefined, url: string): string {
  const clean = mime?.trim().toLowerCase();
  if (clean === "image/jpg" || clean === "image/pjpeg") return "image/jpeg";
  if (clean && /^image\/[a-z0-9.+-]+$/.test(clean)) return clean;
  const extension = /\.([a-z0-9]+)$/i.exec(new URL(url, "http://x.invalid").pathname)?.[1]?.toLowerCase() ?? "";
  return TYPE_BY_EXTENSION[extension] ?? "application/octet-stream";
}

/**
 * The enclosure of `url` (absolute), typed and sized from its media record (`mime`, `byteSize`), or
 * from the stored file's size when the record has none. A size nobody knows stays 0, as RSS allows.
 */
export function imageEnclosure(url: string, media: { mime: string | null; byteSize: number | null } | undefined, fileSize: number | null): Enclosure {
  return { url, type: imageMimeType(media?.mime, url), length: media?.byteSize ?? fileSize ?? 0 };
}
