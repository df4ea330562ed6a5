// `npm run restore -- backup.tar.gz [--replace]`: a backup made by `npm run export` into DATABASE_URL
// (SQLite or PostgreSQL) and UPLOAD_DIR. The file is checked completely before anything is written;
// then the migrations are applied and the rows inserted in one transaction (lib/backup/restore.ts).
// docs/decisions/024-backup-and-restore.md
import { parseArgs } from "node:util";
import { databaseUrl } from "../lib/db/url";
import { BackupFormatError } from "../lib/backup/format";
import { RestoreRefusedError, openBackup, restoreBackup } from "../lib/backup/restore";
import { DatabaseSetupError, migrateExplained } from "./lib/database";
import { loadDotEnv, run } from "./lib/run";

loadDotEnv();

const usage = "usage: npm run restore -- FILE.tar.gz [--replace]";
let parsed;
try {
  parsed = parseArgs({ allowPositionals: true, options: { replace: { type: "boolean", default: false }, help: { type: "boolean" } } });
} catch (error) {
  console.error(`restore: ${(error as Error).message}\n${usage}`);
  process.exit(2);
}
if (parsed.values.help || parsed.positionals.length !== 1) {
  console.error(usage);
  process.exit(parsed.values.help ? 0 : 2);
}
const file = parsed.positionals[0]!;
const url = databaseUrl();
const started = Date.now();

let backup;
try {
  backup = await openBackup(file);
} catch (error) {
  if (!(error instanceof BackupFormatError)) throw error;
  console.error(`restore: ${error.message}`);
  process.exit(1);
}
const rows = backup.manifest.models.reduce((sum, model) => sum + model.rows, 0);
console.log(`restore: ${file} checked: ${rows} rows in ${backup.manifest.models.length} tables, ${backup.uploads.length} uploaded files, made ${backup.manifest.createdAt}.`);

try {
  console.log(`restore: into ${url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@")}`);
  await migrateExplained(url);
  const { db } = await import("../lib/db");
  try {
    const summary = await restoreBackup(db, backup, {
      replace: parsed.values.replace,
      uploadDir: process.env.UPLOAD_DIR || "./uploads",
      log: (line) => console.log(`restore: ${line}`),
    });
    const restored = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    // A backup from an older Gazette may hold bodies the migrations since would have converted.
    run("tsx", ["scripts/convert-bodies.ts"], { DATABASE_URL: url });
    console.log(`restore: done: ${restored} rows and ${summary.uploads} files in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log("restore: sessions are not in a backup: everyone signs in again. Restart the site if it is running, so that no page cached before is served.");
  } finally {
    await db.$disconnect();
  }
} catch (error) {
  if (error instanceof RestoreRefusedError || error instanceof DatabaseSetupError || error instanceof BackupFormatError) {
    console.error(`restore: ${error.message}`);
    process.exitCode = 1;
  } else {
    console.error(`restore: failed, nothing was kept: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
} finally {
  await backup.close();
}
