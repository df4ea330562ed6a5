// `npm run bench [-- --articles 1000 --duration 10 --connections 10,50]`: production build, a
// benchmark dataset (N articles over 20 authors, 5 approved replies each) in its own SQLite file,
// `next start`, warm-up, then autocannon (in this process, the server in another) against home, an
// article, an author, a category, search, the RSS feed and a static file from public/. Reports
// requests per second, p50/p99 latency, errors, the server's peak memory, the article page's HTML
// bytes and the JavaScript a reader downloads (gzip), and each page's ratio to the static file,
// because absolute numbers on a shared machine drift. Results: bench/results/*.json and a table.
// `--behind-nginx` also runs nginx with docs/deploy/nginx.conf in front of the server, loads the
// article page and the static file through it, and times how long a publish takes to reach readers
// through its cache (with readers loading the front page meanwhile).
// `--mail` instead measures the mail path: the time for a newsletter issue to reach 10,000
// subscribers (`--subscribers N`) through a local SMTP server (smtp-server, in this process), and the
// article page's requests per second while it sends, as a ratio to the same load with nothing to send.
import { spawn, type ChildProcess } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import autocannon from "autocannon";
import { randomBytes } from "node:crypto";
import { buildIfNeeded } from "./lib/build";
import { startNginx } from "./lib/nginx";
import { migrate } from "./lib/database";
import { root } from "./lib/run";

const args = process.argv.slice(2);
const arg = (name: string, fallback: string) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 && args[index + 1] ? args[index + 1]! : fallback;
};
const ARTICLES = Math.min(100_000, Math.max(10, Number(arg("articles", "1000"))));
const DURATION = Number(arg("duration", "10"));
const CONNECTIONS = arg("connections", "10,50").split(",").map(Number);
const PORT = arg("port", "3400");
const NGINX_PORT = String(Number(PORT) + 1);
const BEHIND_NGINX = args.includes("--behind-nginx");
const MAIL = args.includes("--mail");
const SUBSCRIBERS = Math.max(1, Number(arg("subscribers", "10000")));
const SMTP_PORT = Number(arg("smtp-port", "2526"));
const REVALIDATE_SECRET = randomBytes(24).toString("hex");
const AUTHORS = 20;
const REPLIES_PER_ARTICLE = 5;
const url = `file:./prisma/bench-${ARTICLES}.db`;
process.env.DATABASE_URL = url;
process.env.NEXT_TELEMETRY_DISABLED = "1";

async function seedBenchData() {
  const { db } = await import("../lib/db");
  if ((await db.article.count()) >= ARTICLES) return;
  console.log(`bench: seeding ${ARTICLES} articles, ${AUTHORS} authors, ${ARTICLES * REPLIES_PER_ARTICLE} replies …`);
  const category = await db.category.upsert({ where: { slug: "bench" }, create: { slug: "bench", name: "Bench" }, update: {} });
  const authors: { id: string }[] = [];
  for (let a = 0; a < AUTHORS; a++) {
    authors.push(await db.author.upsert({ where: { handle: `bench-author-${a}` }, create: { handle: `bench-author-${a}`, displayName: `Bench Author ${a}`, bio: "Writes benchmark articles." }, update: {} }));
  }
  const words = "harbour budget council ferry glacier salmon election tariff satellite river energy vote".split(" ");
  const now = Date.now();
  for (let start = 0; start < ARTICLES; start += 500) {
    const batch = Array.from({ length: Math.min(500, ARTICLES - start) }, (_, k) => {
      const i = start + k;
      const topic = words[i % words.length];
      return {
        id: `bench-${i}`,
        slug: `bench-article-${i}`,
        title: `Benchmark ${topic} story number ${i}`,
        standfirst: `What happened with the ${topic} in story ${i}.`,
        body: Array.from({ length: 8 }, (_, p) => `Paragraph ${p} about the ${topic}. ${"Reporting continues with more detail. ".repeat(6)}`).join("\n\n"),
        status: "PUBLISHED" as const,
        publishedAt: new Date(now - (i + 1) * 60_000),
        firstPublishedAt: new Date(now - (i + 1) * 60_000),
        authorId: authors[i % AUTHORS]!.id,
        categoryId: category.id,
      };
    });
    await db.article.createMany({ data: batch });
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

function startServer(extraEnv: Record<string, string> = {}): ChildProcess {
  const server = spawn(path.join(root, "node_modules", ".bin", "next"), ["start", "--port", PORT], {
    cwd: root,
    env: {
      ...process.env,
      DATABASE_URL: url,
      AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret",
      SITE_URL: `http://localhost:${PORT}`,
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

async function load(target: string, connections: number, duration: number) {
  const result = await autocannon({ url: target, connections, duration, pipelining: 1 });
  return {
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.errors + result.non2xx,
  };
}

/**
 * The JavaScript a modern browser downloads for the page: every `<script src>` except `noModule`
 * ones (Next's legacy polyfills, which only browsers without ES modules fetch).
 */
async function javascriptBytes(base: string, html: string) {
  const sources = [...html.matchAll(/<script([^>]+)>/g)]
    .map((match) => match[1]!)
    .filter((attributes) => !/\snomodule/i.test(attributes))
    .map((attributes) => attributes.match(/\ssrc="([^"]+)"/)?.[1])
    .filter((src): src is string => !!src);
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
  times.sort((a, b) => a - b);
  const at = (q: number) => Math.round(times[Math.min(times.length - 1, Math.floor(q * times.length))]!);
  return { p50: at(0.5), p99: at(0.99) };
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
        body: "Breaking.",
        status: "PUBLISHED",
        publishedAt: published,
        firstPublishedAt: published,
        authorId: author.id,
        categoryId: category.id,
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
  const server = startServer({ SMTP_URL: `smtp://127.0.0.1:${SMTP_PORT}`, MAIL_POLL_MS: "500", SITE_TIME_ZONE: "UTC" });
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
      database: "sqlite",
      newsletter: { delivered: received, firstMessageMs: Math.round(firstAt - triggered), allDeliveredMs: deliveredMs, messagesPerSecond: Math.round((received / deliveredMs) * 1000), notSent: failed },
      articlePage: { idle, sending, ratio: +(sending.rps / (idle.rps || 1)).toFixed(3) },
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-mail-${SUBSCRIBERS}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.log(`bench: reader pages kept ${Math.round(report.articlePage.ratio * 100)} % of their requests per second while the newsletter was sent`);
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
    smtp.close();
    await db.$disconnect();
  }
}

async function main() {
  migrate(url);
  await seedBenchData();
  buildIfNeeded();
  if (MAIL) return mailBench();
  const server = startServer();
  const base = `http://localhost:${PORT}`;
  try {
    await waitForServer(base);
    const middle = Math.floor(ARTICLES / 2);
    const pages: Record<string, string> = {
      static: "/logo.png",
      home: "/",
      article: `/articles/bench-article-${middle}`,
      author: "/authors/bench-author-3",
      category: "/category/bench",
      search: "/search?q=glacier",
      rss: "/feed.xml",
    };
    const html = await (await fetch(base + pages.article)).text();
    const js = await javascriptBytes(base, html);
    for (const path of Object.values(pages)) await load(base + path, 10, 1); // warm-up

    const rows: Record<string, unknown>[] = [];
    for (const connections of CONNECTIONS) {
      let staticRps = 1;
      for (const [name, pagePath] of Object.entries(pages)) {
        const result = await load(base + pagePath, connections, DURATION);
        if (name === "static") staticRps = result.rps || 1;
        rows.push({ page: name, connections, ...result, ratioToStatic: +(result.rps / staticRps).toFixed(3) });
        console.log(`bench: ${name} c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
      }
    }
    const coldSearch = await timeColdSearches(base);
    console.log(`bench: search, 30 uncached queries one after another: p50 ${coldSearch.p50} ms, p99 ${coldSearch.p99} ms`);
    let nginx: { publishVisibleMs: number[] } | null = null;
    if (BEHIND_NGINX) {
      const proxy = await startNginx(PORT, NGINX_PORT);
      const front = `http://127.0.0.1:${NGINX_PORT}`;
      try {
        for (const name of ["static", "article"]) await load(front + pages[name], 10, 1); // warm-up
        for (const connections of CONNECTIONS) {
          let staticRps = 1;
          for (const name of ["static", "article"]) {
            const result = await load(front + pages[name], connections, DURATION);
            if (name === "static") staticRps = result.rps || 1;
            rows.push({ page: `${name} via nginx`, connections, ...result, ratioToStatic: +(result.rps / staticRps).toFixed(3) });
            console.log(`bench: ${name} via nginx c=${connections}: ${result.rps} req/s, p50 ${result.p50} ms, p99 ${result.p99} ms, errors ${result.errors}`);
          }
        }
        nginx = { publishVisibleMs: await timePublishes(base, front) };
        console.log(`bench: publishes were on the front page through nginx after ${nginx.publishVisibleMs.join(", ")} ms`);
      } finally {
        proxy.stop();
      }
    }
    const report = {
      date: new Date().toISOString(),
      articles: ARTICLES,
      durationSeconds: DURATION,
      database: "sqlite",
      articleHtmlBytes: Buffer.byteLength(html),
      articleJavascript: js,
      serverPeakMemoryMb: peakMemoryMb(server.pid!),
      coldSearch,
      nginx,
      results: rows,
    };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-${ARTICLES}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.table(rows);
    console.log(
      `article page: ${report.articleHtmlBytes} bytes of HTML; JavaScript: ${js.scripts} files, ${js.gzipKb} KB gzip (${js.rawKb} KB raw); server peak memory ${report.serverPeakMemoryMb} MB`,
    );
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    server.kill();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
