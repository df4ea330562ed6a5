// `npm run bench -- --import-while-reading [--posts 10000] [--database postgres]`: what a WordPress
// import costs the site's readers. Four readers ask for the cached home page one request after
// another; their p50 and p99 while an import of `posts` generated posts runs, against the same with
// nothing running, measured in the same run (a ratio: absolute times on a shared machine drift).
// Goal: p99 during ≤ 2 × idle. Three cases, each on a new database with the demo content and a
// server.ts of its own:
//   - the command line (`npm run import:wordpress`, its own process), `posts` posts with 3 comments;
//   - the dashboard (signed in as a new administrator with a real browser, the upload at
//     /dashboard/import, which runs the same script in a process of its own), until the page says
//     "Imported.". It takes uploads up to 10 MB: the export has no comments (10,000 posts are 19 MB)
//     and is split into parts under the limit, uploaded one after another on the same page, as an
//     administrator splits a large site's export (WordPress exports a range of dates); the readers
//     read from the first upload to the last "Imported.";
//   - one post with 20,000 comments from the command line (SQLite's write lock is held per batch).
// `--cases cli,dashboard` runs only those. The load average (1 minute) is sampled every 5 s during
// each import. Results: bench/results/<date>-import-while-reading-<database>.json and a table on stdout.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { buildIfNeeded } from "../lib/build";
import { migrate, resetDatabase, seed } from "../lib/database";
import { stopProcess } from "../lib/fleet";
import { splitWxr, writeSyntheticWxr } from "../lib/synthetic-wxr";
import { percentile } from "./stats";

const root = path.resolve(import.meta.dirname, "..", "..");
const DASHBOARD_LIMIT_BYTES = 10 * 1024 * 1024;
/** Each part a little under the limit: the parts repeat the export's authors, categories and tags. */
const DASHBOARD_PART_BYTES = DASHBOARD_LIMIT_BYTES * 0.95;
const READERS = 4;
export const IMPORT_CASES = ["cli", "dashboard", "comments"] as const;


/** READERS readers asking for the home page one request after another until `stop.done` or `count` answers. */
async function readHome(baseUrl: string, stop: { done: boolean }, count = Infinity): Promise<number[]> {
  const times: number[] = [];
  const reader = async () => {
    while (!stop.done && times.length < count) {
      const started = performance.now();
      const response = await fetch(`${baseUrl}/`, { headers: { "Accept-Encoding": "gzip" } });
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`home page answered ${response.status}`);
      times.push(performance.now() - started);
    }
  };
  await Promise.all(Array.from({ length: READERS }, reader));
  return times;
}

function runCli(file: string, databaseUrl: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(root, "scripts/import-wordpress.ts"), file], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      stdio: ["ignore", "ignore", "pipe"],
    });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => void (stderr = (stderr + chunk).slice(-2_000)));
    child.on("close", (code) => (code === 0 ? resolve() : reject(new Error(`import:wordpress exited ${code}: ${stderr}`))));
  });
}

async function runDashboard(baseUrl: string, databaseUrl: string, files: string[]): Promise<void> {
  const email = `bench-import-${Date.now()}@example.com`;
  const password = `bench-${Date.now()}-long-enough`;
  const made = spawnSync(process.execPath, ["--import", "tsx", "-e", `const { createUser } = await import("./prisma/factories.ts"); await createUser({ email: ${JSON.stringify(email)}, password: ${JSON.stringify(password)}, role: "ADMIN" }); process.exit(0);`], {
    cwd: root,
    env: { ...process.env, DATABASE_URL: databaseUrl },
    encoding: "utf8",
  });
  if (made.status !== 0) throw new Error(`could not create the bench's administrator: ${made.stderr}`);
  const { chromium } = await import("@playwright/test");
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || "/usr/lib/chromium/chromium" });
  try {
    const page = await browser.newPage({ baseURL: baseUrl });
    await page.goto("/login");
    await page.getByLabel("Email").fill(email);
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL(/\/dashboard/);
    for (const file of files) {
      await page.goto("/dashboard/import");
      const form = page.getByRole("form", { name: "Import from WordPress" });
      await form.getByLabel("WordPress export file").setInputFiles(file);
      await form.getByRole("button", { name: "Import" }).click();
      // Done when the page says so; a refusal or a stopped import ends the bench with its words.
      const outcome = form.getByText(/^(Imported\.|The import stopped|Cancelled\.|This file|Choose the|Upload the)/);
      await outcome.first().waitFor({ timeout: 90 * 60_000 });
      if (!(await form.getByText(/^Imported\./).isVisible())) throw new Error(`bench: the dashboard did not import ${path.basename(file)}: ${await form.innerText()}`);
    }
  } finally {
    await browser.close();
  }
}

export type ImportCase = (typeof IMPORT_CASES)[number];
export type ImportWhileReadingResult = {
  case: ImportCase;
  posts: number;
  comments: number;
  /** Files uploaded one after another (the dashboard's parts); 1 otherwise. */
  uploads: number;
  importSeconds: number;
  /** The 1-minute load average, sampled every 5 s while the import ran. */
  loadAverage: { min: number; max: number };
  idle: { requests: number; p50Ms: number; p99Ms: number };
  during: { requests: number; p50Ms: number; p99Ms: number };
  ratioP50: number;
  ratioP99: number;
};

const ratio = (during: number, idle: number) => Math.round((during / Math.max(idle, 0.1)) * 100) / 100;

/** One case: the export written, the idle sample, then the import with readers reading until it ends. */
export async function benchImportWhileReading(options: { baseUrl: string; databaseUrl: string; posts: number; via: ImportCase }): Promise<ImportWhileReadingResult> {
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-bench-import-"));
  try {
    const file = path.join(folder, "export.xml");
    let posts = options.posts;
    let comments: number;
    let uploads = [file];
    if (options.via === "dashboard") {
      // About 1.9 KB a post without comments: in parts under the upload limit.
      comments = (await writeSyntheticWxr(file, { posts, commentsPerPost: 0 })).comments;
      if (statSync(file).size > DASHBOARD_PART_BYTES) {
        const parts = splitWxr(file, DASHBOARD_PART_BYTES);
        uploads = parts.files;
        console.log(`bench: the dashboard takes 10 MB a file: ${posts} posts without comments in ${uploads.length} uploads (${parts.posts.join(", ")} posts)`);
      }
    } else if (options.via === "comments") {
      posts = 1;
      comments = (await writeSyntheticWxr(file, { posts: 1, commentsPerPost: 20_000 })).comments;
    } else comments = (await writeSyntheticWxr(file, { posts })).comments;

    // Warm the cached home page, then the idle sample.
    await readHome(options.baseUrl, { done: false }, 50);
    const idle = await readHome(options.baseUrl, { done: false }, 1_000);

    const stop = { done: false };
    const started = performance.now();
    let importSeconds = 0;
    const loads = [loadavg()[0]!];
    const sampler = setInterval(() => loads.push(loadavg()[0]!), 5_000);
    const importing = (options.via === "dashboard" ? runDashboard(options.baseUrl, options.databaseUrl, uploads) : runCli(file, options.databaseUrl)).finally(() => {
      importSeconds = Math.round((performance.now() - started) / 100) / 10;
      stop.done = true;
      clearInterval(sampler);
      loads.push(loadavg()[0]!);
    });
    const [during] = await Promise.all([readHome(options.baseUrl, stop), importing]);
    const result: ImportWhileReadingResult = {
      case: options.via,
      posts,
      comments,
      uploads: uploads.length,
      importSeconds,
      loadAverage: { min: Math.min(...loads), max: Math.max(...loads) },
      idle: { requests: idle.length, p50Ms: percentile(idle, 0.5, 1), p99Ms: percentile(idle, 0.99, 1) },
      during: { requests: during.length, p50Ms: percentile(during, 0.5, 1), p99Ms: percentile(during, 0.99, 1) },
      ratioP50: 0,
      ratioP99: 0,
    };
    result.ratioP50 = ratio(result.during.p50Ms, result.idle.p50Ms);
    result.ratioP99 = ratio(result.during.p99Ms, result.idle.p99Ms);
    console.log(
      `bench: ${options.via}: ${posts} posts, ${comments} comments${uploads.length > 1 ? ` in ${uploads.length} uploads` : ""} imported in ${importSeconds} s (load average ${result.loadAverage.min}–${result.loadAverage.max}); home page idle p50/p99 ${result.idle.p50Ms}/${result.idle.p99Ms} ms, during ${result.during.p50Ms}/${result.during.p99Ms} ms (${result.during.requests} requests): ×${result.ratioP50}/×${result.ratioP99}`,
    );
    return result;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

async function waitForServer(baseUrl: string, server: ChildProcess) {
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`bench: the server stopped (exit ${server.exitCode})`);
    try {
      if ((await fetch(baseUrl)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("bench: the server did not start");
}

/**
 * `npm run bench -- --import-while-reading`: the three cases, each on a new database (SQLite, or the
 * PostgreSQL database named by BENCH_DATABASE_URL, which it empties) with the demo content.
 */
export async function importWhileReadingBench(options: { database: string; posts: number; port: string; cases?: ImportCase[] }) {
  const databaseUrl = options.database === "postgres" ? process.env.BENCH_DATABASE_URL! : "file:./prisma/bench-import-reading.db";
  const baseUrl = `http://localhost:${options.port}`;
  const results: ImportWhileReadingResult[] = [];
  for (const via of options.cases ?? IMPORT_CASES) {
    await resetDatabase(databaseUrl);
    migrate(databaseUrl);
    seed(databaseUrl);
    // The build prerenders pages from the database: this one, with the demo content.
    process.env.DATABASE_URL = databaseUrl;
    buildIfNeeded();
    const server = spawn(process.execPath, ["--import", "tsx", "server.ts", "--port", options.port], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret", SITE_URL: baseUrl, MAIL_WORKER: "off" },
      stdio: "ignore",
    });
    try {
      await waitForServer(baseUrl, server);
      results.push(await benchImportWhileReading({ baseUrl, databaseUrl, posts: options.posts, via }));
    } finally {
      await stopProcess(server.pid ?? null);
    }
  }
  const date = new Date().toISOString();
  const out = path.join(root, "bench", "results", `${date.replace(/[:.]/g, "-")}-import-while-reading-${options.database}.json`);
  mkdirSync(path.dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify({ date, kind: "import-while-reading", database: options.database, readers: READERS, results }, null, 2) + "\n");
  console.log(`\n| case | posts | comments | import | idle p50 / p99 | during p50 / p99 | ratio p50 / p99 | requests during |\n|---|---|---|---|---|---|---|---|`);
  for (const r of results) {
    console.log(`| ${r.case}${r.uploads > 1 ? ` (${r.uploads} uploads)` : ""} | ${r.posts} | ${r.comments} | ${r.importSeconds} s | ${r.idle.p50Ms} / ${r.idle.p99Ms} ms | ${r.during.p50Ms} / ${r.during.p99Ms} ms | ×${r.ratioP50} / ×${r.ratioP99} | ${r.during.requests} |`);
  }
  console.log(`bench: results in ${path.relative(root, out)}`);
}
