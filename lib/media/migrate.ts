// `npm run media:migrate`: a local media folder into the bucket. Resumable and idempotent: an object
// already in the bucket with the same size and MD5 (its ETag) is left alone, every copied object is
// read back (HEAD) and checked the same way, so a run stopped halfway is simply run again.
import { createHash } from "node:crypto";
import { checkKey, type MediaStorage } from "./storage";

const CONTENT_TYPES: Record<string, string> = { jpg: "image/jpeg", jpeg: "image/jpeg", png: "image/png", webp: "image/webp", avif: "image/avif", gif: "image/gif" };

export type MigrateSummary = { copied: number; alreadyThere: number; skipped: string[]; failed: { key: string; reason: string }[] };

function validKey(key: string): boolean {
  try {
    checkKey(key);
    return true;
  } catch {
    return false;
  }
}

/** The same object, by size and, where the target says its MD5 (S3's ETag), by content. */
function sameObject(found: { size: number; etag?: string } | null, bytes: Buffer): boolean {
  if (!found || found.size !== bytes.length) return false;
  if (found.etag === undefined || found.etag.includes("-")) return true; // a multipart ETag is not an MD5
  return found.etag === createHash("md5").update(bytes).digest("hex");
}

export async function migrateMedia(from: MediaStorage, to: MediaStorage, log: (line: string) => void = () => undefined): Promise<MigrateSummary> {
  const summary: MigrateSummary = { copied: 0, alreadyThere: 0, skipped: [], failed: [] };
  for await (const object of from.list()) {
    if (!validKey(object.key)) {
      summary.skipped.push(object.key);
      continue;
    }
    const bytes = await from.get(object.key);
    if (!bytes) continue; // removed while we ran
    if (sameObject(await to.head(object.key), bytes)) {
      summary.alreadyThere++;
      continue;
    }
    const extension = object.key.slice(object.key.lastIndexOf(".") + 1).toLowerCase();
    await to.put(object.key, bytes, CONTENT_TYPES[extension] ?? "application/octet-stream");
    if (!sameObject(await to.head(object.key), bytes)) {
      summary.failed.push({ key: object.key, reason: "the copy read back differs in size or MD5" });
      log(`FAILED ${object.key}: the copy read back differs`);
      continue;
    }
    summary.copied++;
    if (summary.copied % 100 === 0) log(`${summary.copied} copied so far`);
  }
  return summary;
}
