import "server-only";
// Reading the media library (dashboard only: nothing here is cached for readers).
import { RecordIdSchema } from "@/lib/actions/schemas";
import { requirePermission } from "@/lib/auth/session";
import { pageInfo, pageWindow, type PageInfo } from "@/lib/content/pagination";
import { db, type Prisma } from "@/lib/db";
import { containsInsensitive } from "@/lib/db/search";
import { IMAGE_TYPES } from "@/lib/media/pipeline";
import { StorageUnavailableError, mediaStorage } from "@/lib/media/storage";
import { mediaItemSelect, type MediaItem } from "@/lib/media/types";

export const MEDIA_PAGE_SIZE = 24;
/** The picker shows the newest matches; searching narrows them. */
export const PICKER_SIZE = 30;

const mediaRowSelect = {
  ...mediaItemSelect,
  mime: true,
  byteSize: true,
  createdAt: true,
  uploadedById: true,
  uploadedBy: { select: { name: true } },
  variantWidths: true,
  originalKey: true,
  originalMetadata: true,
  focalX: true,
  focalY: true,
} satisfies Prisma.MediaSelect;

export type MediaRow = Prisma.MediaGetPayload<{ select: typeof mediaRowSelect }>;

/** Every word must appear in the file name, the alt text, the caption or the credit. */
export function mediaSearchWhere(query: string): Prisma.MediaWhereInput {
  const words = query.split(/\s+/).filter(Boolean).slice(0, 10);
  return {
    AND: words.map((word) => ({
      OR: [
        { filename: containsInsensitive(word) },
        { alt: containsInsensitive(word) },
        { caption: containsInsensitive(word) },
        { credit: containsInsensitive(word) },
      ],
    })),
  };
}

const newestFirst = [{ createdAt: "desc" }, { id: "desc" }] satisfies Prisma.MediaOrderByWithRelationInput[];

/** A page of the library for /dashboard/media. */
export async function listMedia(options: { query: string; page: number }): Promise<{ rows: MediaRow[]; page: PageInfo }> {
  await requirePermission("media:upload");
  const where = mediaSearchWhere(options.query);
  const window = pageWindow(options.page, MEDIA_PAGE_SIZE);
  const [rows, total] = await Promise.all([
    db.media.findMany({ where, select: mediaRowSelect, orderBy: newestFirst, skip: window.skip, take: window.take }),
    db.media.count({ where }),
  ]);
  return { rows, page: pageInfo(window, total) };
}

/** The newest images matching `query`, for the picker. The caller has checked the permission. */
export async function searchMediaItems(query: string): Promise<MediaItem[]> {
  return db.media.findMany({ where: mediaSearchWhere(query), select: mediaItemSelect, orderBy: newestFirst, take: PICKER_SIZE });
}

export async function getMediaItem(id: string): Promise<MediaItem | null> {
  if (!RecordIdSchema.safeParse(id).success) return null;
  return db.media.findUnique({ where: { id }, select: mediaItemSelect });
}

/** The original bytes of an image for editors (the route has checked who asks), null, or "unavailable". */
export async function readOriginal(id: string): Promise<{ bytes: Buffer; mime: string; filename: string } | null | "unavailable"> {
  if (!RecordIdSchema.safeParse(id).success) return null;
  const media = await db.media.findUnique({ where: { id }, select: { originalKey: true, filename: true } });
  if (!media?.originalKey) return null;
  try {
    const bytes = await mediaStorage().get(media.originalKey);
    if (!bytes) return null;
    const extension = media.originalKey.slice(media.originalKey.lastIndexOf(".") + 1);
    const mime = Object.entries(IMAGE_TYPES).find(([, ext]) => ext === extension)?.[0] ?? "application/octet-stream";
    return { bytes, mime, filename: media.filename };
  } catch (error) {
    if (error instanceof StorageUnavailableError) return "unavailable";
    throw error;
  }
}
