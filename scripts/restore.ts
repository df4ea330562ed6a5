// `npm run restore -- backup.tar.gz [--replace] [--yes]`: a backup made by `npm run export` into DATABASE_URL
// (SQLite or PostgreSQL) and UPLOAD_DIR. The file is checked completely before anything is written
// (every value against the schema too); the staff accounts it would create are listed and the
// restore asks to go on (unless --yes): a backup edited to add an administrator shows there. Then the
// migrations are applied and the rows inserted in one transaction (lib/backup/restore.ts). Whatever
// is wrong with a file is one sentence and exit code 1; the temporary folder never stays behind.
// docs/decisions/024-backup-and-restore.md
import { createInterface } from "node:readline/promises";
import { databaseUrl } from "../lib/db/url";
import { BackupFormatError } from "../lib/backup/format";
import { RestoreRefusedError, openBackup, restoreBackup } from "../lib/backup/restore";
import { DatabaseSetupError, migrateExplained } from "./lib/database";
import { parseCommandLine } from "./lib/cli";
import { loadDotEnv, run } from "./lib/run";

loadDotEnv();

const usage = `Usage: npm run restore -- FILE.tar.gz [--replace] [--yes]

  --replace   delete everything in the database first (without it, a database with rows is refused)
  --yes       do not ask before writing (the staff accounts the backup creates are still listed)
  --help      print this and stop`;
const parsed = parseCommandLine(usage, { replace: { type: "boolean", default: false }, yes: { type: "boolean", default: false } }, { positionals: 1, required: "restore: which backup file?" });
const file = parsed.positionals[0]!;
const url = databaseUrl();
const started = Date.now();

let backup;
try {
  backup = await openBackup(file);
} catch (error) {
  // Any failure to read the file (not only the ones foreseen) is one sentence, not a stack trace.
  console.error(`restore: ${error instanceof BackupFormatError ? error.message : `${file} could not be read: ${(error as Error).message}. Nothing was restored.`}`);
  process.exit(1);
}
const rows = backup.manifest.models.reduce((sum, model) => sum + model.rows, 0);
console.log(`restore: ${file} checked: ${rows} rows in ${backup.manifest.models.length} tables, ${backup.uploads.length} uploaded files, made ${backup.manifest.createdAt}.`);
// Who will be able to sign in: an account added to the file after it was exported shows here.
const listed = backup.staff.slice(0, 200);
console.log(`restore: the backup creates ${backup.staff.length} staff account${backup.staff.length === 1 ? "" : "s"}:`);
for (const account of listed) console.log(`restore:   ${account.role.padEnd(9)} ${account.email} (${account.name})${account.active ? "" : ", deactivated"}`);
if (backup.staff.length > listed.length) console.log(`restore:   … and ${backup.staff.length - listed.length} more`);
if (!parsed.values.yes) {
  const question = createInterface({ input: process.stdin, output: process.stdout });
  // No answer (stdin closed, as in a script) is a no.
  const answer = await Promise.race([question.question("restore: restore this backup? [y/N] "), new Promise<string>((resolve) => question.once("close", () => resolve("")))]);
  question.close();
  if (!/^y(es)?$/i.test(answer.trim())) {
    console.error("restore: not restored (answer y to go on, or pass --yes).");
    await backup.close();
    process.exit(1);
  }
}

try {
  console.log(`restore: into ${url.replace(/\/\/([^:@/]+):[^@/]+@/, "//$1:***@")}`);
  // Bodies are converted once the rows are in (below): before, there is nothing to convert.
  await migrateExplained(url, { convertBodies: false });
  const { db } = await import("../lib/db");
  const { tellRunningSite } = await import("../lib/cache/running-site");
  const { env } = await import("../lib/env");
  try {
    const { parseEnv } = await import("../lib/env");
    const { withMediaForRestore } = await import("../lib/media/backup-media");
    const log = (line: string) => console.log(`restore: ${line}`);
    // Media into the folder, or through a scratch folder into the bucket (MEDIA_STORAGE=s3).
    const summary = await withMediaForRestore(parseEnv(), (uploadDir) => restoreBackup(db, backup, { replace: parsed.values.replace === true, uploadDir, log }), log);
    const restored = Object.values(summary.rows).reduce((sum, count) => sum + count, 0);
    // A backup from an older Gazette may hold bodies the migrations since would have converted.
    run("tsx", ["scripts/convert-bodies.ts"], { DATABASE_URL: url });
    console.log(`restore: done: ${restored} rows and ${summary.uploads} files in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log("restore: sessions are not in a backup: everyone signs in again.");
    console.log(`restore: ${await tellRunningSite({ siteUrl: env.SITE_URL, secret: env.REVALIDATE_SECRET })}`);
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
