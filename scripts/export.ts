// `npm run export -- backup.tar.gz`: a full backup of DATABASE_URL and UPLOAD_DIR (lib/backup/export.ts).
// `npm run export -- --format wxr site.xml`: the articles, authors, categories, tags and approved
// comments as a WordPress eXtended RSS file (lib/backup/wxr.ts).
// docs/decisions/024-backup-and-restore.md
import { databaseUrl, isPostgresUrl } from "../lib/db/url";
import { parseCommandLine, refuseCommandLine } from "./lib/cli";
import { loadDotEnv } from "./lib/run";

loadDotEnv();

const usage = `Usage: npm run export -- FILE.tar.gz   |   npm run export -- --format wxr FILE.xml

  --format KIND   backup (default: the database and uploads, for npm run restore) or wxr (WordPress)
  --help          print this and stop`;
const { values, positionals } = parseCommandLine(usage, { format: { type: "string", default: "backup" } }, { positionals: 1, required: "export: which file to write?" });
if (!["backup", "wxr"].includes(values.format!)) refuseCommandLine(usage, `export: --format is backup or wxr, not "${values.format}"`);
const file = positionals[0]!;
const url = databaseUrl();
const { db } = await import("../lib/db");
const started = Date.now();

try {
  if (values.format === "wxr") {
    const { exportWxr } = await import("../lib/backup/wxr");
    const { parseEnv } = await import("../lib/env");
    const env = parseEnv();
    const site = { name: env.SITE_NAME, description: env.SITE_DESCRIPTION, url: env.SITE_URL, timeZone: env.SITE_TIME_ZONE };
    const counts = await exportWxr(db, { file, site });
    console.log(
      `export: wrote ${file} (WXR 1.2, links on ${site.url}): ${counts.articles} articles, ${counts.comments} approved comments, ${counts.liveUpdates} live updates, ${counts.authors} authors, ${counts.categories} categories, ${counts.tags} tags.`,
    );
    console.log("export: the file holds commenters' and staff email addresses (WordPress needs them): keep it private.");
  } else {
    const { exportBackup } = await import("../lib/backup/export");
    const { parseEnv } = await import("../lib/env");
    const { withMediaForExport } = await import("../lib/media/backup-media");
    const log = (line: string) => console.log(`export: ${line}`);
    // Media from the folder, or copied from the bucket first (MEDIA_STORAGE=s3).
    const run = (client: object) => withMediaForExport(parseEnv(), (uploadDir) => exportBackup(client, { file, uploadDir, log }), log);
    // On PostgreSQL one repeatable-read transaction: every table as of the same instant, while the
    // site keeps running. (SQLite's transactions take the write lock; there, export a quiet site.)
    const manifest = isPostgresUrl(url)
      ? await db.$transaction((tx) => run(tx), {
          // db is typed with the SQLite client, whose only level is Serializable; this is PostgreSQL's client.
          isolationLevel: "RepeatableRead" as "Serializable",
          timeout: 6 * 60 * 60_000,
          maxWait: 60_000,
        })
      : await run(db);
    const rows = manifest.models.reduce((sum, model) => sum + model.rows, 0);
    console.log(`export: wrote ${file}: ${rows} rows in ${manifest.models.length} tables, ${manifest.uploads.files} uploaded files, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    console.log("export: the file holds password hashes and readers' email addresses: keep it like the database itself.");
  }
} catch (error) {
  console.error(`export: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await db.$disconnect();
}
