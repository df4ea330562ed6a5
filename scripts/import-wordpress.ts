// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--invite-authors] [--json]`: a WordPress export
// (WXR 1.0–1.2) into the database named by DATABASE_URL (lib/wordpress/import.ts). The database's
// migrations are applied first, as setup and restore do, so a new database works. Progress on
// stderr (items per second, ETA), the report on stdout. Ctrl+C stops after the current write (what
// was written is kept; the same command resumes); a second Ctrl+C stops at once. Exits 1 with the
// line and column when the file is malformed (nothing written) or when stopped, 2 on wrong arguments.
//
// `--from-dashboard` is how /dashboard/import runs it, in a process of its own so that an import never
// shares the readers' event loop: progress and cancelling go through the database
// (lib/wordpress/import-job.ts) and the outcome is one line of JSON on stdout.
import type { ImportProgress } from "../lib/wordpress/import";
import type { DashboardImportOutcome } from "../lib/wordpress/import-job";
import { databaseUrl } from "../lib/db/url";
import { parseCommandLine, refuseCommandLine } from "./lib/cli";
import { loadDotEnv } from "./lib/run";

// Before the database client is created (it reads DATABASE_URL when first imported).
loadDotEnv();

const usage = `Usage: npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--invite-authors] [--json]

  --uploads DIR       a copy of wp-content/uploads: images go into the media library
                      (no symbolic link out of DIR is followed)
  --dry-run           read everything, write nothing, print what an import would do
  --invite-authors    give each imported author with an address a login, by invitation
  --json              print the report as JSON
  --help              print this and stop`;

const parsed = parseCommandLine(
  usage,
  {
    uploads: { type: "string" },
    "dry-run": { type: "boolean", default: false },
    "invite-authors": { type: "boolean", default: false },
    json: { type: "boolean", default: false },
    "from-dashboard": { type: "boolean", default: false },
    "actor-id": { type: "string" },
  },
  { positionals: 1, required: "import:wordpress: which export file?" },
);
if (parsed.values.uploads === "") refuseCommandLine(usage, "import:wordpress: --uploads needs a folder");
const file = parsed.positionals[0]!;
const { uploads: uploadsDir = null, "dry-run": dryRun = false, "invite-authors": inviteAuthors = false, json = false, "from-dashboard": fromDashboard = false } = parsed.values;
/** Who started a dashboard import, for the audit log (from the command line: nobody). */
const actorId = fromDashboard ? (parsed.values["actor-id"] ?? null) : null;

const { DatabaseSetupError, migrateExplained } = await import("./lib/database");
if (!fromDashboard) {
  // A new database gets its tables first (the dashboard's database has them: the site runs on it).
  try {
    await migrateExplained(databaseUrl());
  } catch (error) {
    console.error(`import:wordpress: ${error instanceof DatabaseSetupError ? error.message : `the database could not be prepared: ${(error as Error).message}`}`);
    process.exit(1);
  }
}

const { importWordPress, ImportCancelledError } = await import("../lib/wordpress/import");
const { formatImportReport } = await import("../lib/wordpress/report");
const { WxrSyntaxError } = await import("../lib/wordpress/wxr-reader");
const { db } = await import("../lib/db");
const { takeExpirationsToSend, tellRunningSite } = await import("../lib/cache/running-site");
const { env } = await import("../lib/env");

const controller = new AbortController();
process.on("SIGINT", () => {
  if (controller.signal.aborted) process.exit(130);
  process.stderr.write("\nimport:wordpress: stopping after the current write (Ctrl+C again to stop at once)…\n");
  controller.abort();
});

const tty = process.stderr.isTTY && !fromDashboard;
let started = 0;
let lastDraw = 0;
function drawProgress(progress: ImportProgress) {
  const now = Date.now();
  if (progress.phase === "importing" && !started) started = now;
  if (now - lastDraw < 200 && progress.done !== progress.total) return;
  lastDraw = now;
  if (progress.phase === "checking") {
    if (tty) process.stderr.write(`\rChecking the file… ${progress.done} items`);
    return;
  }
  const seconds = Math.max((now - started) / 1000, 0.001);
  const rate = progress.done / seconds;
  const eta = rate > 0 ? Math.round((progress.total - progress.done) / rate) : 0;
  const share = progress.total ? progress.done / progress.total : 1;
  const width = 30;
  const bar = "█".repeat(Math.round(share * width)).padEnd(width, "░");
  const line = `${bar} ${Math.round(share * 100)}% ${progress.done}/${progress.total} items, ${Math.round(rate)} items/s, ETA ${eta} s`;
  if (tty) process.stderr.write(`\r${line}   `);
  else if (progress.done === progress.total || progress.done % 1000 === 0) process.stderr.write(`${line}\n`);
}

let outcome: DashboardImportOutcome;
const job = fromDashboard ? await import("../lib/wordpress/import-job") : null;
const progressWriter = job?.importProgressWriter();
const cancelWatch = job ? await job.watchForCancel(controller) : null;
try {
  const report = await importWordPress(file, {
    uploadsDir,
    dryRun,
    inviteAuthors,
    signal: controller.signal,
    reportListLimit: fromDashboard ? 200 : undefined,
    actorId,
    onProgress: (progress) => {
      drawProgress(progress);
      progressWriter?.onProgress(progress);
    },
  });
  outcome = { report };
} catch (error) {
  if (error instanceof WxrSyntaxError) outcome = { error: { kind: "syntax", message: error.message } };
  else if (error instanceof ImportCancelledError) outcome = { error: { kind: "cancelled", message: error.message } };
  else if (error instanceof Error && "code" in error && error.code === "ENOENT") outcome = { error: { kind: "stopped", message: `${file} does not exist.` } };
  else outcome = { error: { kind: "stopped", message: error instanceof Error ? error.message.slice(0, 500) : String(error) } };
} finally {
  await cancelWatch?.stop();
  await progressWriter?.done();
}
if (tty) process.stderr.write("\n");
await db.$disconnect();
// Each write expired its own pages; no Next.js runs here, so the expirations were collected and go
// to the running site now (a dashboard import hands them to the dashboard's server, which expires them).
if (!fromDashboard && !dryRun) process.stderr.write(`import:wordpress: ${await tellRunningSite({ siteUrl: env.SITE_URL, secret: env.REVALIDATE_SECRET })}\n`);

if (fromDashboard) {
  console.log(JSON.stringify({ ...outcome, expired: takeExpirationsToSend() } satisfies DashboardImportOutcome));
} else if ("report" in outcome) {
  console.log(json ? JSON.stringify(outcome.report, null, 2) : formatImportReport(outcome.report).join("\n"));
} else {
  const { kind, message } = outcome.error;
  if (kind === "syntax") console.error(`import:wordpress: ${file} is not a readable WordPress export: ${message}. Nothing was imported.`);
  else if (kind === "cancelled") console.error(`import:wordpress: stopped. What was imported before is kept: run the same command again to resume.`);
  else {
    console.error(`import:wordpress: stopped: ${message}`);
    console.error("What was imported before this is kept and remembered: run the same command again to resume.");
  }
  process.exitCode = 1;
}
