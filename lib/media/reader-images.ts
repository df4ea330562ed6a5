import "server-only";
// Images as reader pages show them: the stored copies' sizes, widths and focal point, by address.
// Cached under the image's own tag (lib/cache/tags.ts mediaCacheTags), which a focal point change expires.
import { db } from "@/lib/db";
import { readerQuery } from "@/lib/cache/reader-cache";
import { mediaCacheTags } from "@/lib/cache/tags";

export type ReaderImage = {
  url: string;
  width: number | null;
  height: number | null;
  variantWidths: string;
  focalX: number;
  focalY: number;
  credit: string;
};

/** The library's record of an image address, or null (an address elsewhere, an older upload). */
export const getReaderImage = readerQuery(
  "media-image",
  async (url: string): Promise<ReaderImage | null> => {
    if (!url.startsWith("/uploads/")) return null;
    return db.media.findUnique({ where: { url }, select: { url: true, width: true, height: true, variantWidths: true, focalX: true, focalY: true, credit: true } });
  },
  (url) => [mediaCacheTags.image(url)],
);
