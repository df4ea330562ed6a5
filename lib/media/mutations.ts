// Writing the media library: uploads (with the words kept for every use), edits and deletions that
// refuse while an article uses the image. Each records its audit event, and an edit expires the pages
// that show the image itself, whoever called (the dashboard's actions, a script, a test). No
// "server-only": unit tests and the command line load it, as they load the import's entry (./import.ts).
import type { Refusal } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { expireTags, mediaCacheTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { cleanFilename, type MediaFields } from "@/lib/media/schemas";
import { mediaItemSelect, type MediaItem } from "@/lib/media/types";
import { removeStoredImage, storeImageWithDetails, storedMediaFields, uploadFailureMessage } from "@/lib/uploads/store";

/** Store an uploaded image and add it to the library, or refuse at the file field. */
export async function createMedia(user: SessionUser, file: File, fields: MediaFields, fileField = "file"): Promise<{ ok: true; item: MediaItem } | Refusal> {
  let stored;
  try {
    stored = await storeImageWithDetails(file);
  } catch (error) {
    // A refused file, or a storage that does not answer: said next to the field, nothing else changed.
    const message = uploadFailureMessage(error);
    if (message) return { ok: false, fieldErrors: { [fileField]: [message] } };
    throw error;
  }
  const item = await db.media.create({
    data: { ...fields, ...storedMediaFields(stored), filename: cleanFilename(file.name), uploadedById: user.id },
    select: mediaItemSelect,
  });
  await db.auditEvent.create({ data: { actorId: user.id, action: "media.upload", entityType: "media", entityId: item.id, detail: item.filename } });
  return { ok: true, item };
}

/** Change an image's alt text, caption and credit: authors their own uploads, editors any. */
export async function updateMedia(user: Pick<SessionUser, "id" | "role">, id: string, fields: MediaFields & { focalX?: number; focalY?: number }): Promise<{ ok: true; item: MediaItem } | Refusal> {
  const media = await db.media.findUnique({ where: { id }, select: { uploadedById: true } });
  if (!media) return { ok: false, message: "This image is no longer in the library." };
  if (!can(user.role, "media:edit:any") && media.uploadedById !== user.id) {
    return { ok: false, message: "You can only describe images you uploaded; ask an editor." };
  }
  const item = await db.$transaction(async (tx) => {
    const row = await tx.media.update({ where: { id }, data: fields, select: mediaItemSelect });
    await tx.auditEvent.create({ data: { actorId: user.id, action: "media.update", entityType: "media", entityId: id, detail: row.filename } });
    return row;
  });
  // Reader pages showing the image carry its tag: a new focal point or credit reaches them.
  expireTags([mediaCacheTags.image(item.url)]);
  return { ok: true, item };
}

export type MediaUsage = { hero: { id: string; title: string }[]; body: { id: string; title: string }[] };

/**
 * Where an image is used: as an article's hero image, or in a body. A body names an image by its
 * address or its id whatever the body's format (Markdown or a stored document), so the text is
 * searched for either.
 */
export async function findMediaUsage(media: { id: string; url: string }): Promise<MediaUsage> {
  const select = { id: true, title: true } as const;
  const [hero, body] = await Promise.all([
    db.article.findMany({ where: { heroImageUrl: media.url }, select, orderBy: { title: "asc" }, take: 20 }),
    db.article.findMany({
      where: { OR: [{ body: { contains: media.url } }, { body: { contains: media.id } }] },
      select,
      orderBy: { title: "asc" },
      take: 20,
    }),
  ]);
  return { hero, body };
}

/** Where an image is used, in one sentence. */
export function describeUsage(usage: MediaUsage): string {
  const places = [
    ...usage.hero.map((article) => `the hero image of “${article.title}”`),
    ...usage.body.map((article) => `the body of “${article.title}”`),
  ];
  return `This image is in use, so it was not deleted: it is ${places.join("; ")}. Remove it there first.`;
}

/** Delete an image no article uses (editors; the action checks the permission). */
export async function deleteMedia(user: SessionUser, id: string): Promise<{ ok: true; filename: string } | Refusal> {
  const media = await db.media.findUnique({ where: { id }, select: { id: true, url: true, filename: true, variantWidths: true, originalKey: true } });
  if (!media) return { ok: false, message: "This image is no longer in the library." };
  const usage = await findMediaUsage(media);
  if (usage.hero.length || usage.body.length) return { ok: false, message: describeUsage(usage) };
  await db.$transaction([
    db.media.delete({ where: { id } }),
    db.auditEvent.create({ data: { actorId: user.id, action: "media.delete", entityType: "media", entityId: id, detail: media.filename } }),
  ]);
  await removeStoredImage(media);
  return { ok: true, filename: media.filename };
}
