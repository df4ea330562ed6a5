// What the import process and the dashboard say to each other, through the database rather than
// memory: the dashboard's import runs in a process of its own (scripts/import-wordpress.ts
// --from-dashboard, so it never shares the readers' event loop), and in a fleet the page's requests may
// reach another instance. Two SiteSetting rows: how far the import is (written at most once a
// second), and a request to stop it (the import process looks twice a second).
// No "server-only": the import process uses this; lib/wordpress/progress.ts reads it for the page.
import type { Expirations } from "@/lib/cache/running-site";
import { db } from "@/lib/db";
import type { ImportProgress, ImportReport } from "./import";

export const IMPORT_PROGRESS_KEY = "wordpress-import-progress";
export const IMPORT_CANCEL_KEY = "wordpress-import-cancel";

/**
 * The outcome of a dashboard import: the one line of JSON the import process prints, with what its
 * writes expired (the dashboard's server expires it: lib/cache/running-site.ts applyExpirations).
 */
export type DashboardImportOutcome = ({ report: ImportReport } | { error: { kind: "syntax" | "cancelled" | "stopped"; message: string } }) & { expired?: Expirations | null };

export type StoredImportProgress = ImportProgress & { startedAt: number; updatedAt: number };

/** An onProgress for importWordPress that writes at most once a second. */
export function importProgressWriter(): { onProgress: (progress: ImportProgress) => void; done: () => Promise<void> } {
  const startedAt = Date.now();
  let lastWrite = 0;
  let writing: Promise<unknown> = Promise.resolve();
  const write = (progress: ImportProgress) => {
    const value = JSON.stringify({ ...progress, startedAt, updatedAt: Date.now() } satisfies StoredImportProgress);
    writing = writing.then(() => db.siteSetting.upsert({ where: { key: IMPORT_PROGRESS_KEY }, create: { key: IMPORT_PROGRESS_KEY, value }, update: { value } })).catch(() => undefined);
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
      await db.siteSetting.deleteMany({ where: { key: IMPORT_PROGRESS_KEY } });
    },
  };
}

/** Ask the running import to stop after its current write. */
export async function requestImportCancel(): Promise<void> {
  const value = String(Date.now());
  await db.siteSetting.upsert({ where: { key: IMPORT_CANCEL_KEY }, create: { key: IMPORT_CANCEL_KEY, value }, update: { value } });
}

/**
 * Abort `controller` when the dashboard asks the import to stop. A request older than the import
 * (a cancel that came after the last import had ended) is cleared first.
 */
export async function watchForCancel(controller: AbortController): Promise<{ stop: () => Promise<void> }> {
  await db.siteSetting.deleteMany({ where: { key: IMPORT_CANCEL_KEY } });
  let checking = false;
  const timer = setInterval(() => {
    if (checking || controller.signal.aborted) return;
    checking = true;
    db.siteSetting
      .findUnique({ where: { key: IMPORT_CANCEL_KEY }, select: { key: true } })
      .then((row) => {
        if (row) controller.abort();
      })
      .catch(() => undefined)
      .finally(() => {
        checking = false;
      });
  }, 500);
  return {
    async stop() {
      clearInterval(timer);
      await db.siteSetting.deleteMany({ where: { key: IMPORT_CANCEL_KEY } }).catch(() => undefined);
    },
  };
}
