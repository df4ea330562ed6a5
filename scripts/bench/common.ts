// What the bench's modes share: the benchmark dataset, a server in a process of its own, its processor
// time and memory, and a load of one address with autocannon.
import { spawn, type ChildProcess } from "node:child_process";
import { readFileSync, readdirSync } from "node:fs";
import autocannon from "autocannon";
import { bodyColumns } from "../../lib/content/stored-body";
import { root } from "../lib/run";
import { ARTICLES, PORT, MAIL, REVALIDATE_SECRET, AUTHORS, REPLIES_PER_ARTICLE, url, BENCH_ROWS } from "./options";

export async function seedBenchData() {
  const { db } = await import("../../lib/db");
  const { defaultEditionId } = await import("../../lib/editions/owner");
  // The demo content first (once), for the demo article with the most replies.
  if ((await db.article.count({ where: { NOT: { id: BENCH_ROWS } } })) === 0) {
    const { seedDemoContent } = await import("../../prisma/seed");
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
  const editionId = await defaultEditionId();
  const category = await db.category.upsert({ where: { editionId_slug: { editionId, slug: "bench" } }, create: { slug: "bench", name: "Bench", editionId }, update: {} });
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
        editionId,
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
export function startServer(extraEnv: Record<string, string> = {}, port = PORT, entry = ["server.ts", "--port", port]): ChildProcess {
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
export function peakMemoryMb(pid: number): number {
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

export async function waitForServer(base: string) {
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(base)).ok) return;
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("bench: the server did not start");
}

/** Processor time a process has used so far (user and system), in milliseconds. */
export function cpuMs(pid: number | undefined): number {
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
export async function load(target: string, connections: number, duration: number, gzip = false, pid?: number) {
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


export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
