// `npm run bench [-- --articles 1000 --duration 10 --connections 10,50 --rounds 1]`: production build, a
// benchmark dataset (the demo content, then N articles over 20 authors, 5 approved replies each) in its
// own database, `next start`, warm-up, then autocannon (in this process, the server in another) against
// home, the bench article and the demo article with the most replies (each also with
// `Accept-Encoding: gzip`, as browsers ask), an author, a category, search, the RSS feed and a static
// file from public/. Reports requests per second, p50/p99 latency, errors, the server's peak memory,
// the article page's HTML bytes and the JavaScript a reader downloads (gzip), the first render of
// uncached article pages, and ratios, because absolute numbers on a shared machine drift: each page's
// to the static file and, with `--baseline DIR`, each article page's to the bare Next.js article page
// measured in the same round (scripts/lib/baseline.ts). `--rounds N` repeats every measurement and
// reports the range. With a baseline, each article page is also measured in alternating one-second
// slices with the baseline's (the fairest ratio on a busy machine). `--baseline-rendered`: the baseline
// renders one page on demand first, as every real server does (scripts/lib/baseline.ts says why).
// Results: bench/results/*.json.
// The render path (the same server with PAGE_MEMORY_SECONDS=0) is compared, paired, with the bare page
// and with Next.js's request handler alone on the same build (scripts/bench/next-alone.ts: what the
// stages of server.ts cost per request), and each stage's processor time per request is measured on
// its own in front of the same page (scripts/bench/stage-costs.ts).
// `--database postgres` runs on the PostgreSQL database named by BENCH_DATABASE_URL (it must be
// Gazette's alone: the bench adds to it and, to change the number of articles, deletes its bench rows).
// `--seed-only` prepares the dataset and stops (seeding 100,000 articles takes minutes).
// `--lighthouse [--lighthouse-runs 3]` also runs Lighthouse (mobile) on the reader pages (the demo
// article with a hero photograph among them) and the baseline (scripts/lib/lighthouse.ts).
// `--pictures` instead runs Lighthouse on the pages with pictures (the hero-photo article, the front
// page arranged with pictures) beside the baseline, phone and desktop (scripts/bench/pictures.ts).
// `--behind-nginx` also runs nginx with docs/deploy/nginx.conf in front of the server, loads the
// article page and the static file through it, and times how long a publish takes to reach readers
// through its cache (with readers loading the front page meanwhile).
// `--fleet` measures the shared cache instead (docs/decisions/017-fleet-on-redis.md): the article page
// through nginx without nginx's page cache, served by one instance on its memory cache and by two
// instances on Redis, in the same run, and how long a publish on one instance takes to be visible on
// the other (p50/p99), with readers loading pages meanwhile. Needs redis-server and nginx.
// `--mail` instead measures the mail path: the time for a newsletter issue to reach 10,000
// subscribers (`--subscribers N`) through a local SMTP server (smtp-server, in this process), and the
// article page's requests per second while it sends, as a ratio to the same load with nothing to send.
// `--import [--posts 10000]` instead measures the WordPress import (importBench below).
// `--import-while-reading [--posts 10000] [--database postgres] [--cases cli,dashboard]` instead
// measures readers' p50/p99 while imports run, against idle (scripts/bench/import-while-reading.ts).
// `--live-polling [--readers 1000] [--poll-ms 3000] [--updates 10]` instead measures live coverage
// under readers polling: one instance, behind nginx, the fleet behind nginx, and the bare page polled
// alike as the anchor (scripts/bench/live-bench.ts).
// `--mail --worker-process` runs the server with MAIL_WORKER=off and the worker as its own process
// (`npm run mail-worker`), the layout for a busy site.
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { buildIfNeeded } from "./lib/build";
import { startNginx } from "./lib/nginx";
import { startInstance, startRedis, stateDir, stopProcess } from "./lib/fleet";
import { migrate } from "./lib/database";
import { bodyColumns } from "../lib/content/stored-body";
import { root } from "./lib/run";
import { startBaseline, type Baseline } from "./lib/baseline";
import { runLighthouse, type LighthouseRun } from "./lib/lighthouse";
import { scriptsAddedAfterPaint } from "../lib/http/scripts-after-paint";
import { parseCommandLine } from "./lib/cli";
import { htmlParts } from "./lib/html-parts";
import { measureStageCosts } from "./bench/stage-costs";
import { measureResetTiming } from "./bench/reset-timing";
import { percentile } from "./bench/stats";
import { HERO_ARTICLE } from "./bench/pictures";

const USAGE = `Usage: npm run bench -- [options]

Measures Gazette against the bare Next.js article page in the same run (see the top of scripts/bench.ts).

Options:
  --articles <n>          articles in the bench database (default 1000, at most 100000)
  --duration <s>          seconds per load (default 10)
  --connections <list>    connections per load, comma-separated (default 10,50)
  --rounds <n>            repeat every measurement (default 1)
  --port <n>              Gazette's port (default 3400; the next ports are used too)
  --database <kind>       sqlite (default) or postgres (BENCH_DATABASE_URL)
  --baseline <dir>        a copy of the bare Next.js anchor, measured beside Gazette
  --baseline-rendered     the baseline renders one page on demand first
  --seed-only             prepare the dataset and stop
  --lighthouse            also run Lighthouse (mobile) on the reader pages
  --lighthouse-runs <n>   Lighthouse runs per page (default 3)
  --behind-nginx          also measure through nginx with docs/deploy/nginx.conf
  --fleet                 measure the shared cache of a fleet instead
  --redis-port <n>        Redis for --fleet (default 6390)
  --mail                  measure the mail path instead
  --subscribers <n>       newsletter subscribers for --mail (default 10000)
  --smtp-port <n>         SMTP port for --mail (default 2526)
  --worker-process        --mail with the mail worker as its own process
  --reset-timing          time "Forgot your password?" for an existing and an unknown address instead
  --pairs <n>             pairs of requests for --reset-timing (default 25)
  --pictures              Lighthouse (mobile and desktop) on the article with a hero photograph and
                          the arranged front page instead, beside the bare page (with --baseline)
  --live-polling          live coverage under readers polling instead: one instance, the same behind
                          nginx, the fleet behind nginx, and the bare page polled alike (with --baseline)
  --readers <n>           readers for --live-polling (default 1000)
  --poll-ms <n>           their poll interval (default 3000, as the reader page polls)
  --updates <n>           updates posted per measurement (default 10, one per interval)
  --import                measure the WordPress import instead
  --import-while-reading  readers' p50/p99 of the cached home page while an import runs (command
                          line, dashboard, one post with 20,000 comments), against idle
  --posts <n>             posts for --import and --import-while-reading (default 10000)
  --cases <list>          --import-while-reading's cases, comma-separated: cli, dashboard, comments
                          (default all three)
  -h, --help              this text`;

const { values: options } = parseCommandLine(USAGE, {
  articles: { type: "string" },
  duration: { type: "string" },
  connections: { type: "string" },
  rounds: { type: "string" },
  port: { type: "string" },
  database: { type: "string" },
  baseline: { type: "string" },
  "baseline-rendered": { type: "boolean" },
  "seed-only": { type: "boolean" },
  lighthouse: { type: "boolean" },
  "lighthouse-runs": { type: "string" },
  "behind-nginx": { type: "boolean" },
  fleet: { type: "boolean" },
  "redis-port": { type: "string" },
  mail: { type: "boolean" },
  subscribers: { type: "string" },
  "smtp-port": { type: "string" },
  "worker-process": { type: "boolean" },
  import: { type: "boolean" },
  "import-while-reading": { type: "boolean" },
  "reset-timing": { type: "boolean" },
  pairs: { type: "string" },
  "live-polling": { type: "boolean" },
  pictures: { type: "boolean" },
  readers: { type: "string" },
  "poll-ms": { type: "string" },
  updates: { type: "string" },
  posts: { type: "string" },
  cases: { type: "string" },
});
const arg = (name: keyof typeof options, fallback: string) => String(options[name] ?? fallback);
const ARTICLES = Math.min(100_000, Math.max(10, Number(arg("articles", "1000"))));
const DURATION = Number(arg("duration", "10"));
const CONNECTIONS = arg("connections", "10,50").split(",").map(Number);
const PORT = arg("port", "3400");
const NGINX_PORT = String(Number(PORT) + 1);
const BEHIND_NGINX = options["behind-nginx"] === true;
const FLEET = options.fleet === true;
const REDIS_PORT = Number(arg("redis-port", "6390"));
const MAIL = options.mail === true;
const IMPORT = options.import === true;
const IMPORT_POSTS = Math.min(200_000, Math.max(10, Number(arg("posts", "10000"))));
const SUBSCRIBERS = Math.max(1, Number(arg("subscribers", "10000")));
const SMTP_PORT = Number(arg("smtp-port", "2526"));
const WORKER_PROCESS = options["worker-process"] === true;
const REVALIDATE_SECRET = randomBytes(24).toString("hex");
const AUTHORS = 20;
const REPLIES_PER_ARTICLE = 5;
const ROUNDS = Math.max(1, Number(arg("rounds", "1")));
const BASELINE_DIR = arg("baseline", "");
const BASELINE_PORT = String(Number(PORT) + 2);
const NEXT_ALONE_PORT = String(Number(PORT) + 5);
const BASELINE_RENDERED = options["baseline-rendered"] === true;
const LIGHTHOUSE = options.lighthouse === true;
const LIGHTHOUSE_RUNS = Math.max(1, Number(arg("lighthouse-runs", "3")));
const DATABASE = arg("database", "sqlite");
if (DATABASE !== "sqlite" && DATABASE !== "postgres") throw new Error("bench: --database is sqlite or postgres");
if (DATABASE === "postgres" && !/^postgres(ql)?:\/\//.test(process.env.BENCH_DATABASE_URL ?? "")) {
  throw new Error("bench: --database postgres needs BENCH_DATABASE_URL=postgresql://user:password@host:5432/database (a database of its own)");
}
const PICTURES = options.pictures === true;
const url = IMPORT ? "file:./prisma/bench-import.db" : PICTURES ? "file:./prisma/bench-pictures.db" : DATABASE === "postgres" ? process.env.BENCH_DATABASE_URL! : `file:./prisma/bench-${ARTICLES}.db`;
process.env.DATABASE_URL = url;
process.env.NEXT_TELEMETRY_DISABLED = "1";

const BENCH_ROWS = { startsWith: "bench-" };

async function seedBenchData() {
  const { db } = await import("../lib/db");
  // The demo content first (once), for the demo article with the most replies.
  if ((await db.article.count({ where: { NOT: { id: BENCH_ROWS } } })) === 0) {
    const { seedDemoContent } = await import("../prisma/seed");
    await seedDemoContent({ demoAccounts: false });
  }
  let existing = await db.article.count({ where: { id: BENCH_ROWS } });
  if (existing > ARTICLES) {
    // A PostgreSQL bench database last used with more articles: start its bench rows again.
    console.log(`bench: removing ${existing} bench articles to seed ${ARTICLES} …`);
    await db.reply.deleteMany({ where: { articleId: BENCH_ROWS } });
    await db.articleByline.deleteMany({ where: { articleId: BENCH_ROWS } });
    await db.article.deleteMany({ where: { id: BENCH_ROWS } });
    existing = 0;
  }
  if (existing === ARTICLES) return;
  console.log(`bench: seeding ${ARTICLES - existing} articles, ${AUTHORS} authors, ${(ARTICLES - existing) * REPLIES_PER_ARTICLE} replies …`);
  const category = await db.category.upsert({ where: { slug: "bench" }, create: { slug: "bench", name: "Bench" }, update: {} });
  const authors: { id: string }[] = [];
  for (let a = 0; a < AUTHORS; a++) {
    authors.push(await db.author.upsert({ where: { handle: `bench-author-${a}` }, create: { handle: `bench-author-${a}`, displayName: `Bench Author ${a}`, bio: "Writes benchmark articles." }, update: {} }));
  }
  const words = "harbour budget council ferry glacier salmon election tariff satellite river energy vote".split(" ");
  const now = Date.now();
  for (let start = existing; start < ARTICLES; start += 500) {
    const batch = Array.from({ length: Math.min(500, ARTICLES - start) }, (_, k) => {
      const i = start + k;
      const topic = words[i % words.length];
      return {
        id: `bench-${i}`,
        slug: `bench-article-${i}`,
        title: `Benchmark ${topic} story number ${i}`,
        standfirst: `What happened with the ${topic} in story ${i}.`,
        ...bodyColumns({
          type: "doc",
          content: Array.from({ length: 8 }, (_, p) => ({
            type: "paragraph" as const,
            content: [{ type: "text" as const, text: `Paragraph ${p} about the ${topic}. ${"Reporting continues with more detail. ".repeat(6)}` }],
          })),
        }),
        status: "PUBLISHED" as const,
        publishedAt: new Date(now - (i + 1) * 60_000),
        firstPublishedAt: new Date(now - (i + 1) * 60_000),
        authorId: authors[i % AUTHORS]!.id,
        categoryId: category.id,
      };
    });
    await db.article.createMany({ data: batch });
    await db.articleByline.createMany({ data: batch.map((article) => ({ articleId: article.id, authorId: article.authorId, position: 0 })) });
    await db.reply.createMany({
      data: batch.flatMap((article) =>
        Array.from({ length: REPLIES_PER_ARTICLE }, (_, r) => ({
          articleId: article.id,
          authorName: `Reader ${r}`,
          authorEmail: `reader-${r}@example.net`,
          body: `A reply to ${article.title}.`,
          status: "APPROVED" as const,
        })),
      ),
    });
  }
  await db.$disconnect();
}

/**
 * server.ts in a process of its own (its pid is the server's: CPU and memory are read from it), or
 * another entry given its arguments (scripts/bench/next-alone.ts).
 */
function startServer(extraEnv: Record<string, string> = {}, port = PORT, entry = ["server.ts", "--port", port]): ChildProcess {
  const server = spawn(process.execPath, ["--import", "tsx", ...entry], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret",
      SITE_URL: `http://localhost:${port}`,
      REVALIDATE_SECRET,
      // Only the mail bench sends mail; the page bench measures pages alone.
      MAIL_WORKER: MAIL ? "on" : "off",
      ...extraEnv,
    },
    stdio: "ignore",
  });
  return server;
}

/** Peak resident memory (VmHWM) of the server and its children, in MB. */
function peakMemoryMb(pid: number): number {
  const pids = [pid];
  for (const entry of readdirSync("/proc").filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      if (pids.includes(Number(stat.split(") ")[1]!.split(" ")[1]))) pids.push(Number(entry));
    } catch {}
  }
  let peak = 0;
  for (const id of pids) {
    try {
      const match = readFileSync(`/proc/${id}/status`, "utf8").match(/VmHWM:\s+(\d+) kB/);
      if (match) peak = Math.max(peak, Number(match[1]) / 1024);
    } catch {}
  }
  return Math.round(peak);
}

async function waitForServer(base: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("bench: the server did not start");
}

/** Processor time a process has used so far (user and system), in milliseconds. */
function cpuMs(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100; // utime, stime in ticks of 1/100 s
  } catch {
    return 0;
  }
}

/**
 * Load one address. With the serving process's id, also the processor time it spent per request:
 * unlike requests per second, that hardly changes when other work shares the machine.
 */
async function load(target: string, connections: number, duration: number, gzip = false, pid?: number) {
  const cpuBefore = cpuMs(pid);
  const result = await autocannon({ url: target, connections, duration, pipelining: 1, headers: gzip ? { "accept-encoding": "gzip" } : {} });
  const requests = result.requests.total || 1;
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
    cpuMsPerRequest: pid ? +((cpuMs(pid) - cpuBefore) / requests).toFixed(3) : null,
  };
}

/**
 * The JavaScript a modern browser downloads for the page: every `<script src>` except `noModule`
 * ones (Next's legacy polyfills, which only browsers without ES modules fetch), and the chunks the
 * page adds after its first paint (lib/http/scripts-after-paint.ts).
 */
async function javascriptBytes(base: string, html: string) {
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\snomodule/i.test(attributes))
    .map((attributes) => attributes.match(/\ssrc="([^"]+)"/)?.[1])
    .filter((src): src is string => !!src)
    .concat(scriptsAddedAfterPaint(html));
  let raw = 0;
  let gzip = 0;
  for (const src of new Set(sources)) {
    const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
    raw += body.length;
    gzip += gzipSync(body).length;
  }
  return { scripts: new Set(sources).size, rawKb: +(raw / 1024).toFixed(1), gzipKb: +(gzip / 1024).toFixed(1) };
}

/**
 * Search results are cached per words and page, so the load above measures a popular search. This
 * measures searches nobody made before: pages 2–31 of the same common word, one at a time.
 */
async function timeColdSearches(base: string): Promise<{ p50: number; p99: number }> {
  const times: number[] = [];
  for (let page = 2; page <= 31; page++) {
    const started = performance.now();
    await (await fetch(`${base}/search?q=glacier&page=${page}`)).text();
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Publish articles the way the dashboard does (a database write, then their cache tags expired; here
 * through POST /api/revalidate, since the bench has no editor session) and time how long until the
 * front page at `base` shows each. Readers load that front page meanwhile, at concurrency 50.
 */
async function timePublishes(origin: string, base: string, samples = 5): Promise<number[]> {
  const { db } = await import("../lib/db");
  const category = await db.category.findUniqueOrThrow({ where: { slug: "bench" } });
  const author = await db.author.findUniqueOrThrow({ where: { handle: "bench-author-0" } });
  const traffic = load(`${base}/`, 50, 2 + samples * 2);
  const visibleAfter: number[] = [];
  await sleep(1_500);
  for (let sample = 0; sample < samples; sample++) {
    const stamp = `${Date.now()}-${sample}`;
    const title = `Breaking bench story ${stamp}`;
    const published = new Date();
    await db.article.create({
      data: {
        slug: `breaking-bench-story-${stamp}`,
        title,
        standfirst: "Published while readers were loading the front page.",
        ...bodyColumns({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Breaking." }] }] }),
        status: "PUBLISHED",
        publishedAt: published,
        firstPublishedAt: published,
        authorId: author.id,
        categoryId: category.id,
        bylines: { create: [{ authorId: author.id, position: 0 }] },
      },
    });
    const response = await fetch(`${origin}/api/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${REVALIDATE_SECRET}`, "Content-Type": "application/json" },
      body: JSON.stringify({ tags: ["articles", `article:breaking-bench-story-${stamp}`, "author:bench-author-0", "category:bench"] }),
    });
    if (!response.ok) throw new Error(`bench: /api/revalidate answered ${response.status}`);
    let visible = -1;
    while (Date.now() - published.getTime() < 30_000) {
      if ((await (await fetch(`${base}/`)).text()).includes(title)) {
        visible = Date.now() - published.getTime();
        break;
      }
      await sleep(20);
    }
    visibleAfter.push(visible);
    await sleep(Math.random() * 1_000 + 500); // land at different moments of nginx's one-second lifetime
  }
  await traffic;
  await db.$disconnect();
  return visibleAfter;
}

/**
 * The mail bench. Subscribers are written straight to the database; the issue due now is marked as
 * already sent before the server starts, so nothing goes out during the baseline. Deleting that row
 * is the trigger: the worker's next round writes the issue and its messages, then delivers them.
 */
async function mailBench() {
  const { SMTPServer } = await import("smtp-server");
  const { db } = await import("../lib/db");
  const { dueIssue, FREQUENCIES } = await import("../lib/newsletter/schedule");
  const { DEFAULT_MAIL_SETTINGS } = await import("../lib/mail/settings");
  await db.outboxMessage.deleteMany();
  await db.newsletterIssue.deleteMany();
  await db.siteSetting.deleteMany({ where: { key: "mail" } });
  if ((await db.newsletterSubscriber.count()) !== SUBSCRIBERS) {
    await db.newsletterSubscriber.deleteMany();
    for (let start = 0; start < SUBSCRIBERS; start += 1000) {
      await db.newsletterSubscriber.createMany({
        data: Array.from({ length: Math.min(1000, SUBSCRIBERS - start) }, (_, k) => ({ email: `bench-${start + k}@example.net`, frequency: "DAILY", confirmedAt: new Date() })),
      });
    }
  }
  const now = new Date();
  const schedule = { hour: DEFAULT_MAIL_SETTINGS.newsletterHour, weekday: DEFAULT_MAIL_SETTINGS.newsletterWeekday };
  const placeholders = FREQUENCIES.map((frequency) => ({ frequency, due: dueIssue(now, frequency, schedule, "UTC") })).filter((entry) => entry.due);
  const daily = placeholders.find((entry) => entry.frequency === "DAILY")!.due!;
  for (const { frequency, due } of placeholders) {
    await db.newsletterIssue.create({
      data: { period: due!.period, frequency, subject: "bench placeholder", html: "", text: "", articleCount: 0, recipientCount: 0, fanOutDone: true, periodStart: new Date(now.getTime() - 86_400_000), periodEnd: new Date(now.getTime() - 86_400_000) },
    });
  }

  let received = 0;
  let firstAt = 0;
  let lastAt = 0;
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS", "AUTH"],
    logger: false,
    onData(stream, _session, callback) {
      stream.on("data", () => {});
      stream.on("end", () => {
        received++;
        lastAt = performance.now();
        firstAt ||= lastAt;
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(SMTP_PORT, "127.0.0.1", resolve));
  const mailEnv = { SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, MAIL_POLL_MS: "500", SITE_TIME_ZONE: "UTC" };
  const server = startServer({ ...mailEnv, MAIL_WORKER: WORKER_PROCESS ? "off" : "on" });
  const worker = WORKER_PROCESS
    ? spawn(path.join(root, "node_modules", ".bin", "tsx"), ["scripts/mail-worker.ts"], {
        cwd: root,
        env: { ...process.env, ...mailEnv, DATABASE_URL: url, AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret", SITE_URL: `http://localhost:${PORT}` },
        stdio: "ignore",
      })
    : null;
  const base = `http://localhost:${PORT}`;
  const article = `${base}/articles/bench-article-${Math.floor(ARTICLES / 2)}`;
  try {
    await waitForServer(base);
    await load(article, 10, 1); // warm-up
    const idle = await load(article, 50, DURATION);
    console.log(`bench: article page c=50 with nothing to send: ${idle.rps} req/s, p99 ${idle.p99} ms`);

    const triggered = performance.now();
    await db.newsletterIssue.deleteMany({ where: { period: daily.period } });
    const sending = await load(article, 50, DURATION);
    console.log(`bench: article page c=50 while sending: ${sending.rps} req/s, p99 ${sending.p99} ms (${received} messages delivered by then)`);
    while (received < SUBSCRIBERS && performance.now() - triggered < 30 * 60_000) await sleep(200);
    const deliveredMs = Math.round(lastAt - triggered);
    const failed = await db.outboxMessage.count({ where: { status: { not: "SENT" } } });
    console.log(`bench: ${received} of ${SUBSCRIBERS} newsletter messages delivered ${deliveredMs} ms after the issue was due (first after ${Math.round(firstAt - triggered)} ms); ${failed} not sent`);
    const report = {
      date: new Date().toISOString(),
      kind: "mail",
      articles: ARTICLES,
      subscribers: SUBSCRIBERS,
      durationSeconds: DURATION,
      database: DATABASE,
      worker: WORKER_PROCESS ? "own process" : "in the server",
      newsletter: { delivered: received, firstMessageMs: Math.round(firstAt - triggered), allDeliveredMs: deliveredMs, messagesPerSecond: Math.round((received / deliveredMs) * 1000), notSent: failed },
      articlePage: { idle, sending, ratio: +(sending.rps / (idle.rps || 1)).toFixed(3) },
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-mail-${SUBSCRIBERS}${WORKER_PROCESS ? "-worker-process" : ""}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.log(`bench: reader pages kept ${Math.round(report.articlePage.ratio * 100)} % of their requests per second while the newsletter was sent`);
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
    worker?.kill();
    smtp.close();
    await db.$disconnect();
  }
}

/**
 * Gazette's page and the baseline's in alternating one-second slices at the same concurrency, so both
 * meet the same moments of a machine that other work shares: requests per second of each summed over
 * its slices, their ratio, and the ratio per pair of slices (median and range).
 */
async function pairedComparison(gazette: { url: string; pid: number }, bare: { url: string; pid: number }, connections: number, gzip: boolean, slices = 10) {
  const totals = { gazette: { requests: 0, cpu: 0 }, bare: { requests: 0, cpu: 0 } };
  const ratios: number[] = [];
  for (let slice = 0; slice < slices; slice++) {
    const order = slice % 2 === 0 ? (["bare", "gazette"] as const) : (["gazette", "bare"] as const);
    const rps: Record<string, number> = {};
    for (const side of order) {
      const target = side === "gazette" ? gazette : bare;
      const cpuBefore = cpuMs(target.pid);
      const result = await autocannon({ url: target.url, connections, duration: 1, pipelining: 1, headers: gzip ? { "accept-encoding": "gzip" } : {} });
      totals[side].requests += result.requests.total;
      totals[side].cpu += cpuMs(target.pid) - cpuBefore;
      rps[side] = result.requests.total;
    }
    if (rps.bare) ratios.push(rps.gazette! / rps.bare);
  }
  ratios.sort((a, b) => a - b);
  const round3 = (value: number) => +value.toFixed(3);
  return {
    gazetteRps: Math.round(totals.gazette.requests / slices),
    baselineRps: Math.round(totals.bare.requests / slices),
    ratio: round3(totals.gazette.requests / Math.max(1, totals.bare.requests)),
    sliceRatioMedian: round3(ratios[Math.floor(ratios.length / 2)] ?? 0),
    sliceRatioRange: [round3(ratios[0] ?? 0), round3(ratios.at(-1) ?? 0)],
    cpuRatio: round3(totals.bare.cpu / Math.max(1, totals.bare.requests) / Math.max(1e-9, totals.gazette.cpu / Math.max(1, totals.gazette.requests))),
  };
}

/** The published demo article with the most approved replies (the heaviest ordinary page). */
async function demoArticlePath(): Promise<string> {
  const { db } = await import("../lib/db");
  const [top] = await db.reply.groupBy({
    by: ["articleId"],
    where: { status: "APPROVED", NOT: { articleId: BENCH_ROWS }, article: { status: "PUBLISHED", publishedAt: { lte: new Date() } } },
    _count: { articleId: true },
    orderBy: { _count: { articleId: "desc" } },
    take: 1,
  });
  const article = top && (await db.article.findUnique({ where: { id: top.articleId }, select: { slug: true } }));
  await db.$disconnect();
  if (!article) throw new Error("bench: the demo content has no article with replies");
  return `/articles/${article.slug}`;
}

/**
 * The first render of article pages nobody asked for before (no cached page, no cached query), one
 * after another: bench articles spread over the whole dataset, none of them loaded by the runs above.
 */
async function timeColdArticles(base: string, samples = 40): Promise<{ p50: number; p99: number; max: number }> {
  const times: number[] = [];
  for (let k = 0; k < samples; k++) {
    const index = Math.floor(((k + 0.5) * ARTICLES) / samples);
    if (index === Math.floor(ARTICLES / 2)) continue;
    const started = performance.now();
    const response = await fetch(`${base}/articles/bench-article-${index}`);
    await response.text();
    if (!response.ok) throw new Error(`bench: a cold article page answered ${response.status}`);
    times.push(performance.now() - started);
  }
  return { p50: percentile(times, 0.5), p99: percentile(times, 0.99), max: Math.round(Math.max(...times)) };
}

type Row = {
  round: number;
  page: string;
  connections: number;
  rps: number;
  p50: number;
  p99: number;
  errors: number;
  cpuMsPerRequest: number | null;
  ratioToStatic: number;
  /** Requests per second over the baseline's, and the baseline's processor time per request over this page's. */
  ratioToBaseline?: number;
  cpuRatioToBaseline?: number;
  /** Behind nginx: requests per second over nginx serving the same page as a file. */
  ratioToStaticPage?: number;
};

const range = (values: number[]) => {
  const low = Math.min(...values);
  const high = Math.max(...values);
  return low === high ? `${low}` : `${low}–${high}`;
};

/** One line per page and concurrency: the range over the rounds of req/s, p99 and the ratios. */
function summarise(rows: Row[]) {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.page}|${row.connections}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((group) => ({
    page: group[0]!.page,
    connections: group[0]!.connections,
    "req/s": range(group.map((row) => row.rps)),
    "p99 ms": range(group.map((row) => row.p99)),
    "× static": range(group.map((row) => row.ratioToStatic)),
    "× baseline": group[0]!.ratioToBaseline === undefined ? "" : range(group.map((row) => row.ratioToBaseline!)),
    "CPU ms/req": group[0]!.cpuMsPerRequest === null ? "" : range(group.map((row) => row.cpuMsPerRequest!)),
    "CPU × baseline": group[0]!.cpuRatioToBaseline === undefined ? "" : range(group.map((row) => row.cpuRatioToBaseline!)),
    errors: group.reduce((sum, row) => sum + row.errors, 0),
  }));
}

function summariseLighthouse(results: Record<string, LighthouseRun[]>) {
  return Object.entries(results).map(([page, runs]) => ({
    page,
    score: range(runs.map((run) => run.score)),
    "LCP ms": range(runs.map((run) => run.lcpMs)),
    "FCP ms": range(runs.map((run) => run.fcpMs)),
    "TBT ms": range(runs.map((run) => run.tbtMs)),
    CLS: range(runs.map((run) => run.cls)),
    KiB: range(runs.map((run) => run.totalKib)),
    "legacy JS KiB": range(runs.map((run) => run.legacyJavascriptKib)),
    "unused JS KiB": range(runs.map((run) => run.unusedJavascriptKib)),
  }));
}

/**
 * `--import [--posts 10000]`: a synthetic WordPress export (scripts/lib/synthetic-wxr.ts) imported
 * into an empty SQLite database of its own, in this process: items per second, the time of each
 * pass, the peak memory, and the same file imported again (which must create nothing).
 */
async function importBench() {
  const { rmSync, statSync } = await import("node:fs");
  const { writeSyntheticWxr } = await import("./lib/synthetic-wxr");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path.join(root, `prisma/bench-import.db${suffix}`), { force: true });
  migrate(url);
  const file = path.join(root, "prisma", `bench-import-${IMPORT_POSTS}.xml`);
  const written = await writeSyntheticWxr(file, { posts: IMPORT_POSTS });
  const { importWordPress } = await import("../lib/wordpress/import");
  let peakRssMb = 0;
  let peakHeapMb = 0;
  const sample = setInterval(() => {
    const memory = process.memoryUsage();
    peakRssMb = Math.max(peakRssMb, memory.rss / 1024 / 1024);
    peakHeapMb = Math.max(peakHeapMb, memory.heapUsed / 1024 / 1024);
  }, 250);
  const first = await importWordPress(file, { reportListLimit: 20 });
  const again = await importWordPress(file, { reportListLimit: 20 });
  clearInterval(sample);
  const report = {
    date: new Date().toISOString(),
    kind: "import",
    database: "sqlite",
    file: { posts: written.posts, comments: written.comments, megabytes: +(statSync(file).size / 1024 / 1024).toFixed(1) },
    import: { seconds: first.seconds, itemsPerSecond: first.itemsPerSecond, posts: first.posts, comments: first.comments, authors: first.authors, categories: first.categories, tags: first.tags },
    reimport: { seconds: again.seconds, itemsPerSecond: again.itemsPerSecond, postsCreated: again.posts.created, commentsCreated: again.comments.created },
    peakRssMb: Math.round(peakRssMb),
    peakHeapUsedMb: Math.round(peakHeapMb),
    nodeOptions: process.env.NODE_OPTIONS ?? "",
  };
  rmSync(file, { force: true });
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  const out = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-import-${IMPORT_POSTS}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  console.log(`bench: imported ${IMPORT_POSTS} posts (${written.comments} comments, ${report.file.megabytes} MB) in ${first.seconds} s: ${first.itemsPerSecond} posts/s; again in ${again.seconds} s (${again.posts.created} created); peak memory ${report.peakRssMb} MB (JavaScript heap in use at most ${report.peakHeapUsedMb} MB)`);
  console.log(`bench: results in ${path.relative(root, out)}`);
  const { db } = await import("../lib/db");
  await db.$disconnect();
}

/** `--reset-timing`: an existing address against an unknown one at "Forgot your password?" (scripts/bench/reset-timing.ts). */
async function resetTimingBench() {
  const pairs = Number(options.pairs ?? 25);
  if (!Number.isInteger(pairs) || pairs < 1 || pairs > 1000) throw new Error("bench: --pairs takes a number from 1 to 1000");
  // The bench plays many readers from one machine: the server believes its X-Forwarded-For.
  const server = startServer({ TRUSTED_PROXIES: "127.0.0.1, ::1" });
  const base = `http://localhost:${PORT}`;
  try {
    await waitForServer(base);
    const timing = await measureResetTiming(base, "editor@example.com", pairs);
    console.log(`bench: forgot password, ${timing.pairs} pairs: an existing address ${timing.knownMedianMs} ms, an unknown one ${timing.unknownMedianMs} ms (median), ${timing.ratio}×; the existing one slower in ${timing.knownSlowerIn} of ${timing.pairs}; answers ${timing.statuses.join(", ")}`);
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}-reset-timing.json`);
    writeFileSync(file, JSON.stringify({ date: new Date().toISOString(), loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "), ...timing }, null, 2) + "\n");
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    await stopProcess(server.pid ?? null);
  }
}

async function main() {
  if (IMPORT) return importBench();
  if (options["import-while-reading"]) {
    const { IMPORT_CASES, importWhileReadingBench } = await import("./bench/import-while-reading");
    const cases = arg("cases", IMPORT_CASES.join(",")).split(",");
    const unknown = cases.filter((name) => !(IMPORT_CASES as readonly string[]).includes(name));
    if (unknown.length || !cases.length) throw new Error(`bench: --cases takes ${IMPORT_CASES.join(", ")} (not ${unknown.join(", ")})`);
    return importWhileReadingBench({ database: DATABASE, posts: IMPORT_POSTS, port: PORT, cases: cases as (typeof IMPORT_CASES)[number][] });
  }
  migrate(url);
  if (PICTURES) {
    buildIfNeeded();
    const { picturesBench } = await import("./bench/pictures");
    return picturesBench({ databaseUrl: url, port: Number(PORT), baselinePort: Number(BASELINE_PORT), baselineDir: BASELINE_DIR, runs: LIGHTHOUSE_RUNS, revalidateSecret: REVALIDATE_SECRET });
  }
  await seedBenchData();
  if (options["seed-only"]) return;
  buildIfNeeded();
  if (MAIL) return mailBench();
  if (options["reset-timing"]) return resetTimingBench();
  if (options["live-polling"]) {
    const { liveBench } = await import("./bench/live-bench");
    return liveBench({
      databaseUrl: url,
      port: Number(PORT),
      redisPort: REDIS_PORT,
      revalidateSecret: REVALIDATE_SECRET,
      baselineDir: BASELINE_DIR,
      readers: Math.min(5000, Math.max(1, Number(arg("readers", "1000")))),
      pollMs: Math.min(60_000, Math.max(500, Number(arg("poll-ms", "3000")))),
      posts: Math.min(100, Math.max(1, Number(arg("updates", "10")))),
    });
  }
  const demoArticle = await demoArticlePath();
  let baseline: Baseline | null = null;
  if (BASELINE_DIR) baseline = await startBaseline(BASELINE_DIR, BASELINE_PORT, { rendered: BASELINE_RENDERED });
  const server = startServer();
  const base = `http://localhost:${PORT}`;
  // The render path: the same server with page memory off, every request through Next.js (the bare
  // page gets no memory either: this is the like-for-like comparison).
  const renderPort = String(Number(PORT) + 3);
  const renderPath = startServer({ PAGE_MEMORY_SECONDS: "0" }, renderPort);
  const renderBase = `http://localhost:${renderPort}`;
  // Next.js's request handler alone on the same build (scripts/bench/next-alone.ts): beside the render
  // path, what server.ts's stages cost per request.
  const aloneBase = `http://localhost:${NEXT_ALONE_PORT}`;
  const nextAlone = startServer({ PAGE_MEMORY_SECONDS: "0" }, NEXT_ALONE_PORT, ["scripts/bench/next-alone.ts", NEXT_ALONE_PORT]);
  try {
    await waitForServer(base);
    await waitForServer(renderBase);
    await waitForServer(aloneBase);
    const middle = Math.floor(ARTICLES / 2);
    // [name, address, gzip, server pid]; the article pages are compared with the baseline's article page.
    const pages: [string, string, boolean, number?][] = [
      ["static", `${base}/logo.png`, false],
      ...(baseline
        ? ([
            ["baseline article", baseline.base + baseline.articlePath, false, baseline.pid],
            ["baseline article gzip", baseline.base + baseline.articlePath, true, baseline.pid],
          ] as [string, string, boolean, number][])
        : []),
      ["article (render path)", `${renderBase}/articles/bench-article-${middle}`, false, renderPath.pid],
      ["article (render path) gzip", `${renderBase}/articles/bench-article-${middle}`, true, renderPath.pid],
      ["article (Next.js alone, no stages)", `${aloneBase}/articles/bench-article-${middle}`, false, nextAlone.pid],
      ["article", `${base}/articles/bench-article-${middle}`, false],
      ["article gzip", `${base}/articles/bench-article-${middle}`, true],
      ["demo article", base + demoArticle, false],
      ["demo article gzip", base + demoArticle, true],
      ["home", `${base}/`, false],
      ["author", `${base}/authors/bench-author-3`, false],
      ["category", `${base}/category/bench`, false],
      ["search", `${base}/search?q=glacier`, false],
      ["rss", `${base}/feed.xml`, false],
    ];
    const html = await (await fetch(`${base}/articles/bench-article-${middle}`)).text();
    const demoHtml = await (await fetch(base + demoArticle)).text();
    const js = await javascriptBytes(base, demoHtml);
    const baselineHtml = baseline ? await (await fetch(baseline.base + baseline.articlePath)).text() : null;
    for (const [, target, gzip] of pages) await load(target, 10, 1, gzip); // warm-up

    const rows: Row[] = [];
    for (let round = 1; round <= ROUNDS; round++) {
      for (const connections of CONNECTIONS) {
        let staticRps = 1;
        const baselineRps: Record<string, number> = {};
        const baselineCpu: Record<string, number> = {};
        for (const [name, target, gzip, pid] of pages) {
          const isBaseline = name.startsWith("baseline");
          const result = await load(target, connections, DURATION, gzip, pid ?? server.pid);
          const encoding = gzip ? "gzip" : "plain";
          if (name === "static") staticRps = result.rps || 1;
          if (isBaseline) {
            baselineRps[encoding] = result.rps || 1;
            baselineCpu[encoding] = result.cpuMsPerRequest || 0;
          }
          const comparable = baseline && name.includes("article") && !isBaseline;
          rows.push({
            round,
            page: name,
            connections,
            ...result,
            ratioToStatic: +(result.rps / staticRps).toFixed(3),
            ...(comparable
              ? {
                  ratioToBaseline: +(result.rps / baselineRps[encoding]!).toFixed(3),
                  cpuRatioToBaseline: result.cpuMsPerRequest ? +(baselineCpu[encoding]! / result.cpuMsPerRequest).toFixed(3) : 0,
                }
              : {}),
          });
          const last = rows.at(-1)!;
          const ratio = comparable ? `; ${last.ratioToBaseline}× the baseline's req/s, ${last.cpuRatioToBaseline}× its CPU efficiency` : "";
          console.log(`bench: round ${round}, ${name} c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}, ${result.cpuMsPerRequest} CPU ms/req${ratio}`);
        }
      }
    }
    const paired: Record<string, unknown>[] = [];
    if (baseline) {
      for (const [name, pagePath] of [["article", `/articles/bench-article-${middle}`], ["demo article", demoArticle]] as const) {
        for (const gzip of [false, true]) {
          const result = await pairedComparison({ url: base + pagePath, pid: server.pid! }, { url: baseline.base + baseline.articlePath, pid: baseline.pid }, 50, gzip);
          paired.push({ page: `${name}${gzip ? " gzip" : ""}`, connections: 50, ...result });
          console.log(`bench: paired with the baseline, ${name}${gzip ? " gzip" : ""} c=50: ${result.gazetteRps} against ${result.baselineRps} req/s, ${result.ratio}× (slices ${result.sliceRatioRange.join("–")}, median ${result.sliceRatioMedian}); CPU efficiency ${result.cpuRatio}×`);
        }
      }
    }
    // The like-for-like comparisons, paired: the render path against the bare page, and against
    // Next.js alone on the same build (what the stages cost).
    const renderArticle = { url: `${renderBase}/articles/bench-article-${middle}`, pid: renderPath.pid! };
    const comparisons: [string, { url: string; pid: number }, boolean][] = [
      ...(baseline
        ? ([
            ["render path against the bare page", { url: baseline.base + baseline.articlePath, pid: baseline.pid }, false],
            ["render path against the bare page, gzip", { url: baseline.base + baseline.articlePath, pid: baseline.pid }, true],
          ] as [string, { url: string; pid: number }, boolean][])
        : []),
      ["render path against Next.js alone (the stages' cost)", { url: `${aloneBase}/articles/bench-article-${middle}`, pid: nextAlone.pid! }, false],
    ];
    for (const [name, other, gzip] of comparisons) {
      const result = await pairedComparison(renderArticle, other, 50, gzip);
      paired.push({ page: `article, ${name}`, connections: 50, ...result });
      console.log(`bench: paired, article ${name} c=50: ${result.gazetteRps} against ${result.baselineRps} req/s, ${result.ratio}× (slices ${result.sliceRatioRange.join("–")}, median ${result.sliceRatioMedian}); CPU efficiency ${result.cpuRatio}×`);
    }
    // The page as Next.js writes it, before the stages rewrite and compress it.
    const stageCosts = await measureStageCosts(await (await fetch(`${aloneBase}/articles/bench-article-${middle}`)).text(), `/articles/bench-article-${middle}`);
    for (const cost of stageCosts) console.log(`bench: stage ${cost.stage}: ${cost.plainMs} ms of processor a request, ${cost.gzipMs} ms with gzip`);
    const coldSearch = await timeColdSearches(base);
    console.log(`bench: search, 30 uncached queries one after another: p50 ${coldSearch.p50} ms, p99 ${coldSearch.p99} ms`);
    const coldArticle = await timeColdArticles(base);
    console.log(`bench: article pages rendered for the first time: p50 ${coldArticle.p50} ms, p99 ${coldArticle.p99} ms`);
    // The load results are written now; Lighthouse and nginx add to the same file when they finish.
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${new Date().toISOString().replace(/[:.]/g, "-")}-${DATABASE}-${ARTICLES}.json`);
    writeFileSync(file, JSON.stringify({ articles: ARTICLES, database: DATABASE, baselineRendered: BASELINE_RENDERED, coldSearch, coldArticle, paired, stageCosts, summary: summarise(rows), results: rows }, null, 2) + "\n");
    let lighthouse: Record<string, LighthouseRun[]> | null = null;
    if (LIGHTHOUSE) {
      lighthouse = await runLighthouse(
        {
          home: `${base}/`,
          article: base + demoArticle,
          "article with a hero photograph": base + HERO_ARTICLE,
          author: `${base}/authors/bench-author-3`,
          category: `${base}/category/bench`,
          search: `${base}/search?q=glacier`,
          ...(baseline ? { "baseline article": baseline.base + baseline.articlePath } : {}),
        },
        LIGHTHOUSE_RUNS,
      );
    }
    let nginx: { publishVisibleMs: number[] } | null = null;
    if (BEHIND_NGINX) {
      const article = `/articles/bench-article-${middle}`;
      // The ceiling: the same article's bytes as a file that nginx serves itself, in the same server
      // block (the same gzip settings), beside the small image it also keeps.
      const staticFiles = mkdtempSync(path.join(tmpdir(), "gazette-bench-static-"));
      const front = `http://127.0.0.1:${NGINX_PORT}`;
      // The bare page behind its own nginx with the same configuration (the same one-second cache):
      // the same help for both.
      const baselineNginxPort = Number(PORT) + 4;
      const targets: [string, string][] = [
        ["static", front + "/logo.png"],
        ["static page", front + "/bench-static/article.html"],
        ["article", front + article],
        ...(baseline ? ([["baseline article", `http://127.0.0.1:${baselineNginxPort}${baseline.articlePath}`]] as [string, string][]) : []),
      ];
      let proxy: { stop: () => void } | null = null;
      let baselineProxy: { stop: () => void } | null = null;
      // The folder goes in the finally below whatever fails after it is made (nginx not starting included).
      try {
        chmodSync(staticFiles, 0o755);
        writeFileSync(path.join(staticFiles, "article.html"), await (await fetch(base + article)).text());
        proxy = await startNginx([Number(PORT)], Number(NGINX_PORT), true, staticFiles);
        baselineProxy = baseline ? await startNginx([Number(baseline.base.split(":").at(-1))], baselineNginxPort) : null;
        for (const [, target] of targets) await load(target, 10, 1); // warm-up
        for (const connections of CONNECTIONS) {
          for (const gzip of [false, true]) {
            const measured: Record<string, Row> = {};
            for (const [name, target] of targets) {
              const result = await load(target, connections, DURATION, gzip);
              const row: Row = { round: 1, page: `${name} via nginx${gzip ? " gzip" : ""}`, connections, ...result, ratioToStatic: +(result.rps / (measured["static"]?.rps || 1)).toFixed(3) };
              measured[name] = row;
              rows.push(row);
              console.log(`bench: ${name} via nginx${gzip ? " gzip" : ""} c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
            }
            const [gazette, bare] = [measured["article"]!, measured["baseline article"]];
            gazette.ratioToStaticPage = +(gazette.rps / (measured["static page"]?.rps || 1)).toFixed(3);
            if (bare) {
              gazette.ratioToBaseline = +(gazette.rps / (bare.rps || 1)).toFixed(3);
              console.log(`bench: via nginx${gzip ? " gzip" : ""} c=${connections}: Gazette's article ${gazette.ratioToBaseline}× the bare page's, ${gazette.ratioToStatic}× nginx serving a small image, ${gazette.ratioToStaticPage}× nginx serving the same page as a file`);
            }
          }
        }
        nginx = { publishVisibleMs: await timePublishes(base, front) };
        console.log(`bench: publishes were on the front page through nginx after ${nginx.publishVisibleMs.join(", ")} ms`);
      } finally {
        proxy?.stop();
        baselineProxy?.stop();
        rmSync(staticFiles, { recursive: true, force: true });
      }
    }
    const report = {
      date: new Date().toISOString(),
      articles: ARTICLES,
      durationSeconds: DURATION,
      rounds: ROUNDS,
      database: DATABASE,
      baselineRendered: BASELINE_RENDERED,
      loadAverage: readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "),
      demoArticle,
      articleHtmlBytes: Buffer.byteLength(html),
      demoArticleHtmlBytes: Buffer.byteLength(demoHtml),
      baselineArticleHtmlBytes: baselineHtml === null ? null : Buffer.byteLength(baselineHtml),
      articleJavascript: js,
      // What the HTML is made of (what Gazette adds to the page, to shrink), beside the bare page's.
      demoArticleHtmlParts: htmlParts(demoHtml),
      baselineArticleHtmlParts: baselineHtml === null ? null : htmlParts(baselineHtml),
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
      coldSearch,
      coldArticle,
      paired,
      nginx,
      lighthouse,
      summary: summarise(rows),
      results: rows,
    };
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.table(report.summary);
    console.table({ "demo article": report.demoArticleHtmlParts, ...(report.baselineArticleHtmlParts ? { "bare page": report.baselineArticleHtmlParts } : {}) });
    if (paired.length) console.table(paired.map(({ sliceRatioRange, ...row }) => ({ ...row, sliceRatioRange: (sliceRatioRange as number[]).join("–") })));
    if (lighthouse) console.table(summariseLighthouse(lighthouse));
    console.log(
      `article pages: ${report.articleHtmlBytes} bytes of HTML (demo article ${report.demoArticleHtmlBytes}${baselineHtml === null ? "" : `, baseline ${report.baselineArticleHtmlBytes}`}); JavaScript: ${js.scripts} files, ${js.gzipKb} KB gzip (${js.rawKb} KB raw); server peak memory ${report.serverPeakMemoryMb} MB; load average ${report.loadAverage}`,
    );
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
    renderPath.kill();
    nextAlone.kill();
    baseline?.stop();
  }
}


/**
 * Publish on instance `one` (a database write and its tags expired there, as the dashboard does) and
 * time until the front page of instance `two` shows it, while readers load pages through `front`.
 */
async function timeFleetPublishes(one: string, two: string, front: string, samples: number): Promise<number[]> {
  const { db } = await import("../lib/db");
  const category = await db.category.findUniqueOrThrow({ where: { slug: "bench" } });
  const author = await db.author.findUniqueOrThrow({ where: { handle: "bench-author-0" } });
  const traffic = load(`${front}/`, 10, Math.ceil(samples * 0.8) + 3);
  const visibleAfter: number[] = [];
  await sleep(1_000);
  for (let sample = 0; sample < samples; sample++) {
    const stamp = `${Date.now()}-${sample}`;
    const title = `Fleet bench story ${stamp}`;
    // The other instance has the front page cached before the publish.
    await (await fetch(`${two}/`)).text();
    await db.article.create({
      data: {
        slug: `fleet-bench-story-${stamp}`,
        title,
        standfirst: "Published on one instance, read on the other.",
        body: "Breaking.",
        status: "PUBLISHED",
        publishedAt: new Date(),
        firstPublishedAt: new Date(),
        authorId: author.id,
        categoryId: category.id,
      },
    });
    const published = performance.now();
    const response = await fetch(`${one}/api/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${REVALIDATE_SECRET}`, "Content-Type": "application/json" },
      body: JSON.stringify({ tags: ["articles", `article:fleet-bench-story-${stamp}`, "author:bench-author-0", "category:bench"] }),
    });
    if (!response.ok) throw new Error(`bench: /api/revalidate answered ${response.status}`);
    let visible = -1;
    while (performance.now() - published < 30_000) {
      if ((await (await fetch(`${two}/`)).text()).includes(title)) {
        visible = Math.round(performance.now() - published);
        break;
      }
      await sleep(10);
    }
    visibleAfter.push(visible);
    await sleep(300);
  }
  await traffic;
  await db.$disconnect();
  return visibleAfter;
}

async function benchFleet() {
  migrate(url);
  await seedBenchData();
  buildIfNeeded();
  const key = Number(NGINX_PORT); // the fleet folder (pids, logs) of this bench
  const { mkdirSync: mkdir } = await import("node:fs");
  mkdir(stateDir(key), { recursive: true });
  const shared = {
    DATABASE_URL: url,
    AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret",
    REVALIDATE_SECRET,
    SITE_URL: `http://127.0.0.1:${NGINX_PORT}`,
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const article = `/articles/bench-article-${Math.floor(ARTICLES / 2)}`;
  const rows: Record<string, unknown>[] = [];
  const pids: number[] = [];
  const proxies: { stop: () => void }[] = [];
  let redisPid: number | null = null;
  const base = Number(PORT);
  const MEMORY = "1 instance, memory cache";
  const FLEET_PATH = "2 instances, Redis cache";
  const ONE_ON_REDIS = "1 instance, Redis cache";

  try {
    // Everything runs at once and the paths take turns, three rounds, so that the other programs on
    // a shared machine weigh on each path alike; the median of the rounds is reported.
    redisPid = await startRedis(key, REDIS_PORT);
    const memoryPort = base + 2;
    const fleetPorts = [base + 3, base + 4];
    pids.push(await startInstance(key, memoryPort, { ...shared, REDIS_URL: "", PAGE_MEMORY_SECONDS: "0" }));
    for (const port of fleetPorts) pids.push(await startInstance(key, port, { ...shared, REDIS_URL: `redis://127.0.0.1:${REDIS_PORT}` }));
    const fronts: Record<string, string> = {};
    for (const [label, ports, listen] of [
      [MEMORY, [memoryPort], base + 1],
      [FLEET_PATH, fleetPorts, base + 5],
      [ONE_ON_REDIS, [fleetPorts[0]!], base + 6],
    ] as const) {
      proxies.push(await startNginx([...ports], listen, false));
      fronts[label] = `http://127.0.0.1:${listen}`;
      for (const port of ports) await load(`http://127.0.0.1:${port}${article}`, 2, 1); // each instance's cache warm
      await load(fronts[label] + article, 10, 2);
    }
    const rounds: Record<string, { rps: number; p50: number; p99: number; errors: number }[]> = {};
    for (let round = 1; round <= 3; round++) {
      for (const connections of CONNECTIONS) {
        for (const label of [MEMORY, FLEET_PATH, ONE_ON_REDIS]) {
          const result = await load(fronts[label] + article, connections, DURATION);
          (rounds[`${label}|${connections}`] ??= []).push(result);
          console.log(`bench: round ${round}, article via nginx (no page cache), ${label} c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
        }
      }
    }
    for (const [name, results] of Object.entries(rounds)) {
      const [label, connections] = name.split("|");
      const median = [...results].sort((a, b) => a.rps - b.rps)[1]!;
      rows.push({ path: label, connections: Number(connections), ...median, errors: results.reduce((sum, result) => sum + result.errors, 0), rounds: results.map((result) => result.rps) });
    }

    const publishMs = await timeFleetPublishes(`http://127.0.0.1:${fleetPorts[0]}`, `http://127.0.0.1:${fleetPorts[1]}`, fronts[FLEET_PATH]!, 20);
    const publish = { samples: publishMs.length, p50: percentile(publishMs, 0.5), p99: percentile(publishMs, 0.99), max: Math.max(...publishMs) };
    console.log(`bench: a publish on one instance was on the other's front page after p50 ${publish.p50} ms, p99 ${publish.p99} ms (${publishMs.join(", ")})`);

    const ratios = CONNECTIONS.map((connections) => {
      const rps = (label: string) => (rows.find((row) => row.path === label && row.connections === connections) as { rps: number }).rps;
      return {
        connections,
        fleetToMemory: +(rps(FLEET_PATH) / Math.max(1, rps(MEMORY))).toFixed(3),
        oneOnRedisToMemory: +(rps(ONE_ON_REDIS) / Math.max(1, rps(MEMORY))).toFixed(3),
      };
    });
    for (const ratio of ratios) {
      console.log(`bench: c=${ratio.connections}: 2 instances on Redis / 1 on memory ${ratio.fleetToMemory}×; 1 on Redis / 1 on memory ${ratio.oneOnRedisToMemory}×`);
    }
    const report = { date: new Date().toISOString(), kind: "fleet", articles: ARTICLES, durationSeconds: DURATION, database: "sqlite", results: rows, ratios, publishVisibleOnOtherInstanceMs: { ...publish, all: publishMs } };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-fleet-${ARTICLES}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.table(rows);
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    for (const proxy of proxies) proxy.stop();
    for (const pid of pids) await stopProcess(pid);
    await stopProcess(redisPid, "SIGTERM", 10_000);
  }
}

(FLEET ? benchFleet() : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
