// `--fleet`: the shared cache of a fleet (docs/decisions/017-fleet-on-redis.md) against one instance's
// memory cache, and how long a publish on one instance takes to be visible on the other.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { buildIfNeeded } from "../lib/build";
import { migrate } from "../lib/database";
import { startInstance, startRedis, stateDir, stopProcess } from "../lib/fleet";
import { startNginx } from "../lib/nginx";
import { root } from "../lib/run";
import { percentile } from "./stats";
import { load, seedBenchData, sleep } from "./common";
import { ARTICLES, DURATION, CONNECTIONS, PORT, NGINX_PORT, REDIS_PORT, REVALIDATE_SECRET, url } from "./options";

/**
 * Publish on instance `one` (a database write and its tags expired there, as the dashboard does) and
 * time until the front page of instance `two` shows it, while readers load pages through `front`.
 */
export async function timeFleetPublishes(one: string, two: string, front: string, samples: number): Promise<number[]> {
  const { db } = await import("../../lib/db");
  const category = await db.category.findFirstOrThrow({ where: { slug: "bench" } });
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
        editionId: category.editionId,
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

export async function benchFleet() {
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

