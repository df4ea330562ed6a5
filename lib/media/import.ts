// Images brought in from elsewhere (the WordPress importer's uploads, lib/wordpress/import-images.ts):
// the import's entry into the media library's write path. The bytes take the one upload path
// (lib/media/pipeline.ts through lib/uploads/image-bytes.ts: checked, re-encoded, stored), the row
// the library's limits, its audit event in the same transaction, and the image's tag expires as an
// edit of the image does (./mutations.ts). No "server-only": the command line imports too
// (docs/decisions/045-imports-through-the-domains.md).
import { expireTags, mediaCacheTags } from "@/lib/cache/tags";
import { db, type Prisma } from "@/lib/db";
import { importAuditDetail, type ImportActor } from "@/lib/import-actor";
import { storeImageBytes, storedMediaFields } from "@/lib/uploads/image-bytes";
import { MEDIA_FIELD_MAX, cleanFilename } from "./schemas";

export type ImportedImage = {
  bytes: Buffer;
  filename: string;
  alt: string;
  caption: string;
  /** Where it comes from, for the audit log. */
  source: string;
};

/**
 * Store an imported image and add it to the library. Throws UploadError (lib/media/pipeline.ts) when
 * the file is refused, as an upload would be. `alongside` runs in the same transaction as the row
 * (the importer remembers where the image came from there).
 */
export async function importImage(
  actor: ImportActor,
  image: ImportedImage,
  alongside?: (tx: Prisma.TransactionClient, mediaId: string) => Promise<unknown>,
): Promise<{ id: string; url: string }> {
  const filename = cleanFilename(image.filename);
  const stored = await storeImageBytes(image.bytes, filename);
  const media = await db.$transaction(async (tx) => {
    const row = await tx.media.create({
      data: {
        ...storedMediaFields(stored),
        filename,
        alt: image.alt.replace(/\s+/g, " ").trim().slice(0, MEDIA_FIELD_MAX.alt),
        caption: image.caption.trim().slice(0, MEDIA_FIELD_MAX.caption),
        uploadedById: actor?.id ?? null,
      },
      select: { id: true, url: true },
    });
    await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "media.import", entityType: "media", entityId: row.id, detail: importAuditDetail(filename, image.source, actor) } });
    await alongside?.(tx, row.id);
    return row;
  });
  // What the library answers for this address changed (lib/media/reader-images.ts caches it under
  // the image's tag). The address is new and random, so nothing can have cached it yet: the articles
  // and pages that show the image expire themselves; this keeps the rule without an exception.
  expireTags([mediaCacheTags.image(media.url)]);
  return media;
}
