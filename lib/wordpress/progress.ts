import "server-only";
// How far the dashboard's import is, in the database (SiteSetting) rather than in this process's
// memory: the page asks for it with its own requests, which in a fleet may reach another instance.
import { db } from "@/lib/db";
import type { ImportProgress } from "./import";

const KEY = "wordpress-import-progress";

export type StoredImportProgress = ImportProgress & { startedAt: number; updatedAt: number };

/** An onProgress for importWordPress that writes at most once a second. */
export function importProgressWriter(): { onProgress: (progress: ImportProgress) => void; done: () => Promise<void> } {
  const startedAt = Date.now();
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const write = (progress: ImportProgress) => {
    const value = JSON.stringify({ ...progress, startedAt, updatedAt: Date.now() } satisfies StoredImportProgress);
    writing = writing.then(() => db.siteSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } })).catch(() => undefined);
  };
  write({ phase: "checking", done: 0, total: 0 });
  return {
    onProgress(progress) {
      const now = Date.now();
      if (now - lastWrite < 1_000) return;
      lastWrite = now;
      write(progress);
    },
    async done() {
      await writing;
      await db.siteSetting.deleteMany({ where: { key: KEY } });
    },
  };
}

export async function readImportProgress(): Promise<StoredImportProgress | null> {
  const row = await db.siteSetting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return null;
  try {
    const progress = JSON.parse(row.value) as StoredImportProgress;
    // A import that died with its process leaves its last row: ignore it after a minute of silence.
    return Date.now() - progress.updatedAt < 60_000 ? progress : null;
  } catch {
    return null;
  }
}
