// Backup and restore carry media from either storage (lib/backup works on a folder): from a bucket,
// the export copies it into a scratch folder first; a restore into a bucket unpacks into a scratch
// folder and copies that into the bucket with the migrate command's checks (lib/media/migrate.ts).
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Env } from "@/lib/env";
import { migrateMedia } from "./migrate";
import { localStorage, storageFromEnv } from "./storage";

type MediaEnv = Pick<Env, "MEDIA_STORAGE" | "UPLOAD_DIR" | "S3_BUCKET" | "S3_REGION" | "S3_ENDPOINT" | "S3_FORCE_PATH_STYLE">;

/** Run `work` with a folder holding every media object (the bucket's, copied, when media is in one). */
export async function withMediaForExport<T>(env: MediaEnv, work: (folder: string) => Promise<T>, log: (line: string) => void = () => undefined): Promise<T> {
  if (env.MEDIA_STORAGE !== "s3") return work(env.UPLOAD_DIR);
  const scratch = await mkdtemp(path.join(tmpdir(), "gazette-export-media-"));
  try {
    const bucket = storageFromEnv(env);
    const copied = await migrateMedia(bucket, localStorage(scratch));
    log(`media: ${copied.copied} objects copied from ${bucket.description}`);
    return await work(scratch);
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}

/** Run `work` (a restore) into a folder, then into the bucket when media is in one. */
export async function withMediaForRestore<T>(env: MediaEnv, work: (folder: string) => Promise<T>, log: (line: string) => void = () => undefined): Promise<T> {
  if (env.MEDIA_STORAGE !== "s3") return work(env.UPLOAD_DIR);
  const scratch = await mkdtemp(path.join(tmpdir(), "gazette-restore-media-"));
  try {
    const folder = path.join(scratch, "uploads");
    const result = await work(folder);
    const bucket = storageFromEnv(env);
    const summary = await migrateMedia(localStorage(folder), bucket);
    if (summary.failed.length) throw new Error(`media: ${summary.failed.length} objects could not be checked in ${bucket.description}; run the restore's media again with npm run media:migrate -- --from <folder>`);
    log(`media: ${summary.copied} objects into ${bucket.description} (${summary.alreadyThere} were already there)`);
    return result;
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
