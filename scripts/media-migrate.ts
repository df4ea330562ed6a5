// `npm run media:migrate`: copy the local media folder (UPLOAD_DIR, or --from <folder>) into the bucket
// that MEDIA_STORAGE=s3 and S3_* name (lib/media/migrate.ts). Resumable and idempotent: run it again
// after a stop, or after switching an instance to the bucket, and it copies only what is missing.
// Nothing in the database changes: addresses stay /uploads/<key>, served from wherever media lives.
import { parseArgs } from "node:util";
import { env } from "../lib/env";
import { migrateMedia } from "../lib/media/migrate";
import { localStorage, storageFromEnv } from "../lib/media/storage";

const { values } = parseArgs({ options: { from: { type: "string" } } });
if (env.MEDIA_STORAGE !== "s3") {
  console.error("media:migrate: set MEDIA_STORAGE=s3 with S3_BUCKET, S3_REGION (and S3_ENDPOINT, S3_FORCE_PATH_STYLE for storage that is not AWS) to say where media goes.");
  process.exit(2);
}
const from = localStorage(values.from ?? env.UPLOAD_DIR);
const to = storageFromEnv(env);
console.log(`media:migrate: from ${from.description} to ${to.description}`);
try {
  const summary = await migrateMedia(from, to, (line) => console.log(`media:migrate: ${line}`));
  console.log(`media:migrate: ${summary.copied} copied, ${summary.alreadyThere} already there, ${summary.skipped.length} skipped (not media names), ${summary.failed.length} failed.`);
  for (const key of summary.skipped.slice(0, 20)) console.log(`media:migrate: skipped ${key}`);
  process.exit(summary.failed.length ? 1 : 0);
} catch (error) {
  console.error(`media:migrate: stopped: ${error instanceof Error ? error.message : String(error)} Run it again to go on from where it stopped.`);
  process.exit(1);
}
