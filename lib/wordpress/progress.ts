import "server-only";
// How far the dashboard's import is, for the page's progress bar (lib/wordpress/import-job.ts writes it).
import { db } from "@/lib/db";
import { IMPORT_PROGRESS_KEY, type StoredImportProgress } from "./import-job";

export type { StoredImportProgress } from "./import-job";

export async function readImportProgress(): Promise<StoredImportProgress | null> {
  const row = await db.siteSetting.findUnique({ where: { key: IMPORT_PROGRESS_KEY }, select: { value: true } });
  if (!row) return null;
  try {
    const progress = JSON.parse(row.value) as StoredImportProgress;
    // An import that died with its process leaves its last row: ignore it after a minute of silence.
    return Date.now() - progress.updatedAt < 60_000 ? progress : null;
  } catch {
    return null;
  }
}
