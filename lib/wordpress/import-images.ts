// Images: copied from a copy of wp-content/uploads into the media library through the library's
// import entry (lib/media/import.ts: the one upload path, the audit event and the expiry go with the
// write), once per file; those not found are reported and keep their address.
import { readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import type { Block, BodyDocument } from "@/lib/content/document";
import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { importImage } from "@/lib/media/import";
import { UploadError } from "@/lib/uploads/image-bytes";
import { toSingleLine, type GalleryImage } from "./html-to-document";
import { uploadsRelativePath } from "./import-mapping";
import type { Attachment, ImportRun } from "./import-run";
import type { WxrItem } from "./wxr-reader";

export async function localImage(run: ImportRun, url: string, alt: string, caption: string): Promise<{ url: string; mediaId: string } | null> {
  const relative = uploadsRelativePath(url);
  if (!relative) return null;
  if (run.imageCache.has(relative)) return run.imageCache.get(relative)!;
  const known = await run.remembered("media", relative);
  if (known) {
    const media = await db.media.findUnique({ where: { id: known }, select: { id: true, url: true } });
    if (media) {
      run.report.images.existing++;
      const found = { url: media.url, mediaId: media.id };
      run.imageCache.set(relative, found);
      return found;
    }
  }
  if (!run.uploadsDir) {
    run.imageCache.set(relative, null);
    return null;
  }
  // The file as named, else the original of a resized copy (photo-300x200.jpg → photo.jpg).
  const candidates = [relative, relative.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1")];
  for (const candidate of candidates) {
    // The file's real place, links followed, must be inside the (real) uploads folder: a symbolic
    // link in a copied folder must not bring /etc/passwd or a key into the media library.
    const full = await realpath(/*turbopackIgnore: true*/ path.resolve(run.uploadsDir, candidate)).catch(() => null);
    if (!full || !full.startsWith(run.uploadsDir + path.sep)) continue;
    const info = await stat(/*turbopackIgnore: true*/ full).catch(() => null);
    if (!info?.isFile()) continue;
    if (info.size > env.UPLOAD_MAX_MB * 1024 * 1024 || info.size === 0) continue;
    if (run.dryRun) {
      run.report.images.imported++;
      const found = { url: `/uploads/${candidate}`, mediaId: "dry-run" };
      run.imageCache.set(relative, found);
      return found;
    }
    try {
      const media = await importImage(
        run.actor,
        { bytes: await readFile(/*turbopackIgnore: true*/ full), filename: path.basename(candidate), alt: toSingleLine(alt, 300), caption, source: run.source },
        (tx, mediaId) => run.remember(tx, "media", relative, mediaId, null),
      );
      run.report.images.imported++;
      const found = { url: media.url, mediaId: media.id };
      run.imageCache.set(relative, found);
      return found;
    } catch (error) {
      if (!(error instanceof UploadError)) throw error;
    }
  }
  run.imageCache.set(relative, null);
  return null;
}

export function missingImage(run: ImportRun, post: WxrItem, url: string) {
  if (run.seenImageNotes.has(url)) return;
  run.seenImageNotes.add(url);
  run.report.images.missing++;
  if (run.report.missingImages.length < run.listLimit) run.report.missingImages.push({ post: post.postId, url: url.slice(0, 500) });
  else run.report.missingImagesLeftOut++;
}

/** Body figures pointed at the media library's copies; those not found keep their https address. */
export async function localiseFigures(run: ImportRun, post: WxrItem, document: BodyDocument): Promise<BodyDocument> {
  const visit = async (blocks: Block[]): Promise<Block[]> => {
    const out: Block[] = [];
    for (const block of blocks) {
      if (block.type === "figure") {
        const local = await localImage(run, block.attrs.src, block.attrs.alt, block.attrs.caption);
        if (local) out.push({ ...block, attrs: { ...block.attrs, src: local.url, mediaId: run.dryRun ? null : local.mediaId } });
        else {
          missingImage(run, post, block.attrs.src);
          out.push(block);
        }
      } else if (block.type === "blockquote") out.push({ ...block, content: await visit(block.content) });
      else if (block.type === "bulletList" || block.type === "orderedList") {
        const content = [];
        for (const item of block.content) content.push({ ...item, content: await visit(item.content) });
        out.push({ ...block, content } as Block);
      } else out.push(block);
    }
    return out;
  };
  return { type: "doc", content: await visit(document.content) };
}

export function galleryImages(run: ImportRun, ids: string[] | null, postId: string): GalleryImage[] {
  const list = ids ?? run.survey.attachmentsByParent.get(postId) ?? [];
  return list
    .map((id) => run.survey.attachments.get(id))
    .filter((attachment): attachment is Attachment => Boolean(attachment?.url))
    .map((attachment) => ({ src: attachment.url, alt: attachment.alt || attachment.title, caption: attachment.caption }));
}
