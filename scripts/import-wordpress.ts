// `npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--invite-authors] [--json]`: a WordPress export
// (WXR 1.0–1.2) into the database named by DATABASE_URL (lib/wordpress/import.ts). Progress on
// stderr (items per second, ETA), the report on stdout. Exits 1 with the line and column when the
// file is malformed (nothing written), 2 on wrong arguments.
import type { ImportProgress } from "../lib/wordpress/import";
import { loadDotEnv } from "./lib/run";

// Before the database client is created (it reads DATABASE_URL when first imported).
loadDotEnv();
const { importWordPress } = await import("../lib/wordpress/import");
const { formatImportReport } = await import("../lib/wordpress/report");
const { WxrSyntaxError } = await import("../lib/wordpress/wxr-reader");
const args = process.argv.slice(2);
const usage = "usage: npm run import:wordpress -- export.xml [--uploads DIR] [--dry-run] [--invite-authors] [--json]";
let file: string | null = null;
let uploadsDir: string | null = null;
let dryRun = false;
let json = false;
let inviteAuthors = false;
for (let index = 0; index < args.length; index++) {
  const arg = args[index]!;
  if (arg === "--uploads") uploadsDir = args[++index] ?? null;
  else if (arg === "--dry-run") dryRun = true;
  else if (arg === "--json") json = true;
  else if (arg === "--invite-authors") inviteAuthors = true;
  else if (arg === "--help" || arg === "-h") {
    console.log(usage);
    process.exit(0);
  } else if (arg.startsWith("--") || file) {
    console.error(`import:wordpress: unexpected “${arg}”\n${usage}`);
    process.exit(2);
  } else file = arg;
}
if (!file || (args.includes("--uploads") && !uploadsDir)) {
  console.error(usage);
  process.exit(2);
}

const tty = process.stderr.isTTY;
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

try {
  const report = await importWordPress(file, { uploadsDir, dryRun, inviteAuthors, onProgress: drawProgress });
  if (tty) process.stderr.write("\n");
  console.log(json ? JSON.stringify(report, null, 2) : formatImportReport(report).join("\n"));
} catch (error) {
  if (tty) process.stderr.write("\n");
  if (error instanceof WxrSyntaxError) {
    console.error(`import:wordpress: ${file} is not a readable WordPress export: ${error.message}. Nothing was imported.`);
    process.exit(1);
  }
  if (error instanceof Error && "code" in error && error.code === "ENOENT") {
    console.error(`import:wordpress: ${file} does not exist.`);
    process.exit(1);
  }
  console.error(`import:wordpress: stopped: ${error instanceof Error ? error.message : String(error)}`);
  console.error("What was imported before this is kept and remembered: run the same command again to resume.");
  process.exit(1);
} finally {
  const { db } = await import("../lib/db");
  await db.$disconnect();
}
