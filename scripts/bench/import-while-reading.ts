// What a WordPress import costs the site's readers: the p99 of the cached home page while
// an import of `posts` generated posts runs, against the p99 with nothing running. The import runs
// from the command line (`npm run import:wordpress`, its own process) or from the dashboard (signed
// in as a new administrator with a real browser, the upload at /dashboard/import, which runs the
// same script in a process of its own). Goal: during ≤ 2 × idle.
//
// The dashboard takes uploads up to 10 MB: for it the generated export has no comments and as many
// of the asked posts as fit (about 5,000); the log says how many.
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { writeSyntheticWxr } from "../lib/synthetic-wxr";

const root = path.resolve(import.meta.dirname, "..", "..");
const DASHBOARD_LIMIT_BYTES = 10 * 1024 * 1024;
const READERS = 4;

const percentile = (values: number[], q: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]! * 10) / 10 : 0;
};

/** READERS readers asking for the home page one request after another until `until` resolves or `count` answers. */
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

async function runDashboard(baseUrl: string, databaseUrl: string, file: string): Promise<void> {
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
    await page.goto("/dashboard/import");
    const form = page.getByRole("form", { name: "Import from WordPress" });
    await form.getByLabel("WordPress export file").setInputFiles(file);
    await form.getByRole("button", { name: "Import" }).click();
    await form.getByText(/^Imported\./).waitFor({ timeout: 60 * 60_000 });
  } finally {
    await browser.close();
  }
}

export async function benchImportWhileReading(options: { baseUrl: string; databaseUrl: string; posts: number; via: "dashboard" | "cli" }): Promise<{ idleP99Ms: number; duringP99Ms: number; ratio: number }> {
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-bench-import-"));
  try {
    const file = path.join(folder, "export.xml");
    let posts = options.posts;
    if (options.via === "dashboard") {
      // About 2 KB a post without comments: fit the upload limit.
      for (;;) {
        await writeSyntheticWxr(file, { posts, commentsPerPost: 0 });
        if (statSync(file).size <= DASHBOARD_LIMIT_BYTES) break;
        posts = Math.floor((posts * DASHBOARD_LIMIT_BYTES) / statSync(file).size * 0.97);
      }
      if (posts < options.posts) console.log(`bench: the dashboard takes 10 MB: ${posts} of the ${options.posts} posts, without comments`);
    } else await writeSyntheticWxr(file, { posts });

    // Warm the cached home page, then the idle p99.
    await readHome(options.baseUrl, { done: false }, 50);
    const idle = await readHome(options.baseUrl, { done: false }, 400);

    const stop = { done: false };
    const importing = (options.via === "cli" ? runCli(file, options.databaseUrl) : runDashboard(options.baseUrl, options.databaseUrl, file)).finally(() => {
      stop.done = true;
    });
    const [during] = await Promise.all([readHome(options.baseUrl, stop), importing]);
    const idleP99Ms = percentile(idle, 0.99);
    const duringP99Ms = percentile(during, 0.99);
    console.log(`bench: import of ${posts} posts via ${options.via}: home page p99 idle ${idleP99Ms} ms (${idle.length} requests), during ${duringP99Ms} ms (${during.length} requests)`);
    return { idleP99Ms, duringP99Ms, ratio: Math.round((duringP99Ms / Math.max(idleP99Ms, 0.1)) * 100) / 100 };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
