// `npm run bench -- --live-polling [--readers 1000] [--poll-ms 3000] [--posts 10]`: live coverage under
// readers (scripts/bench/live-polling.ts), on the bench database, in one run:
//   1. one instance, readers straight at it (every poll answered by the instance);
//   2. the same instance behind nginx with docs/deploy/nginx.conf (its one-second cache in front);
//   3. the fleet: two instances on Redis behind the same nginx configuration;
//   4. the anchor: the bare Next.js article page (a prerendered page, `--baseline DIR`) polled by the
//      same number of readers at the same interval, straight and behind its own nginx with the same
//      configuration, so that each of Gazette's rows has an anchor given the same help.
// Reported per row: post-to-visible p50/p99 (from the update's commit to each reader having fetched
// it), polls, how many polls an instance answered (the rest came from nginx's cache) and that per poll
// interval per instance, the instances' processor seconds per minute of a thousand readers, nginx's,
// and the ratio of the instances' to the anchor's processor time under the same help.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { startBaseline, type Baseline } from "../lib/baseline";
import { startInstance, startRedis, stateDir, stopProcess } from "../lib/fleet";
import { startNginx } from "../lib/nginx";
import { root } from "../lib/run";
import { cpuSecondsWithChildren, measureLivePolling, measurePlainPolling, type LivePollingResult } from "./live-polling";

export type LiveBenchOptions = {
  databaseUrl: string;
  /** The first of nine ports (instance, nginx, two fleet instances, fleet nginx, anchor, anchor nginx, state folder). */
  port: number;
  redisPort: number;
  revalidateSecret: string;
  baselineDir: string;
  readers: number;
  pollMs: number;
  posts: number;
};

type Row = {
  setup: string;
  instances: number;
  readers: number;
  seconds: number;
  polls: number;
  pollsAnsweredByInstances: number;
  /** Polls of the latest change's number an instance answered, per poll interval, per instance. */
  instanceAnswersPerIntervalPerInstance: number;
  visibleP50Ms: number | null;
  visibleP99Ms: number | null;
  errors: number;
  instanceCpuSecondsPerThousandReadersMinute: number;
  nginxCpuSecondsPerThousandReadersMinute: number | null;
  /** The anchor's processor time under the same help over this row's (higher: Gazette cheaper). */
  cpuRatioToAnchor?: number;
};

const perThousandMinute = (cpuSeconds: number, seconds: number, readers: number) => Math.round((cpuSeconds / (seconds / 60) / (readers / 1000)) * 100) / 100;
const cpu = (pids: number[]) => pids.reduce((sum, pid) => sum + cpuSecondsWithChildren(pid), 0);

function liveRow(setup: string, instances: number, result: LivePollingResult, nginxCpu: number | null): Row {
  const intervals = (result.seconds * 1000) / result.pollMs;
  return {
    setup,
    instances,
    readers: result.readers,
    seconds: result.seconds,
    polls: result.latestPolls,
    pollsAnsweredByInstances: result.latestAnsweredByInstance,
    instanceAnswersPerIntervalPerInstance: Math.round((result.latestAnsweredByInstance / intervals / instances) * 100) / 100,
    visibleP50Ms: result.visibleP50Ms,
    visibleP99Ms: result.visibleP99Ms,
    errors: result.errors,
    instanceCpuSecondsPerThousandReadersMinute: result.cpuSecondsPerThousandReadersMinute ?? 0,
    nginxCpuSecondsPerThousandReadersMinute: nginxCpu === null ? null : perThousandMinute(nginxCpu, result.seconds, result.readers),
  };
}

export async function liveBench(options: LiveBenchOptions) {
  const { port, readers, pollMs, posts } = options;
  const key = port + 7; // the folder of this bench's instances (pids, logs)
  mkdirSync(stateDir(key), { recursive: true });
  const env = {
    DATABASE_URL: options.databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET || "bench-only-secret",
    REVALIDATE_SECRET: options.revalidateSecret,
    SITE_URL: `http://127.0.0.1:${port + 1}`,
    FRONT_CACHE_SECONDS: "1",
    LOG_LEVEL: "warn",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  const polling = { readers, pollMs, posts, postEveryMs: pollMs, revalidateSecret: options.revalidateSecret };
  const seconds = (posts * pollMs + 2 * pollMs) / 1000;
  const rows: Row[] = [];
  const pids: number[] = [];
  const proxies: { stop: () => void }[] = [];
  let redisPid: number | null = null;
  let baseline: Baseline | null = null;
  const loadAverages: string[] = [];
  const noteLoad = () => loadAverages.push(readFileSync("/proc/loadavg", "utf8").split(" ").slice(0, 3).join(" "));
  try {
    // 1 and 2: one instance, straight and behind nginx.
    const single = await startInstance(key, port, { ...env, REDIS_URL: "" });
    pids.push(single);
    const direct = `http://127.0.0.1:${port}`;
    noteLoad();
    const straight = await measureLivePolling({ ...polling, baseUrl: direct, serverPids: [single] });
    rows.push(liveRow("one instance, no cache in front", 1, straight, null));
    console.log(`bench: live, ${rows.at(-1)!.setup}: ${JSON.stringify(rows.at(-1))}`);
    const singleProxy = await startNginx([port], port + 1);
    proxies.push(singleProxy);
    noteLoad();
    let nginxBefore = cpu([singleProxy.process.pid!]);
    const behind = await measureLivePolling({ ...polling, baseUrl: `http://127.0.0.1:${port + 1}`, revalidateUrl: direct, serverPids: [single] });
    rows.push(liveRow("one instance behind nginx", 1, behind, cpu([singleProxy.process.pid!]) - nginxBefore));
    console.log(`bench: live, ${rows.at(-1)!.setup}: ${JSON.stringify(rows.at(-1))}`);
    singleProxy.stop();
    await stopProcess(single);

    // 3: the fleet, two instances on Redis behind nginx.
    redisPid = await startRedis(key, options.redisPort);
    const fleetPorts = [port + 2, port + 3];
    const fleetPids: number[] = [];
    for (const fleetPort of fleetPorts) fleetPids.push(await startInstance(key, fleetPort, { ...env, REDIS_URL: `redis://127.0.0.1:${options.redisPort}` }));
    pids.push(...fleetPids);
    const fleetProxy = await startNginx(fleetPorts, port + 4);
    proxies.push(fleetProxy);
    noteLoad();
    nginxBefore = cpu([fleetProxy.process.pid!]);
    const fleet = await measureLivePolling({ ...polling, baseUrl: `http://127.0.0.1:${port + 4}`, revalidateUrl: `http://127.0.0.1:${fleetPorts[0]}`, serverPids: fleetPids });
    rows.push(liveRow("fleet: two instances on Redis behind nginx", 2, fleet, cpu([fleetProxy.process.pid!]) - nginxBefore));
    console.log(`bench: live, ${rows.at(-1)!.setup}: ${JSON.stringify(rows.at(-1))}`);
    fleetProxy.stop();
    for (const pid of fleetPids) await stopProcess(pid);

    // 4: the anchor, straight and behind its own nginx.
    if (options.baselineDir) {
      baseline = await startBaseline(options.baselineDir, String(port + 5));
      const anchorPids = [baseline.pid];
      noteLoad();
      const anchorStraight = await measurePlainPolling(baseline.base + baseline.articlePath, { readers, pollMs, seconds, pids: anchorPids });
      const anchorProxy = await startNginx([port + 5], port + 6);
      proxies.push(anchorProxy);
      noteLoad();
      nginxBefore = cpu([anchorProxy.process.pid!]);
      const anchorBehind = await measurePlainPolling(`http://127.0.0.1:${port + 6}${baseline.articlePath}`, { readers, pollMs, seconds, pids: anchorPids });
      const anchorNginxCpu = cpu([anchorProxy.process.pid!]) - nginxBefore;
      anchorProxy.stop();
      for (const [setup, result, nginxCpu] of [
        ["anchor: bare Next.js article page, no cache in front", anchorStraight, null],
        ["anchor: bare Next.js article page behind nginx", anchorBehind, anchorNginxCpu],
      ] as const) {
        const intervals = (result.seconds * 1000) / pollMs;
        rows.push({
          setup,
          instances: 1,
          readers,
          seconds: result.seconds,
          polls: result.requests,
          pollsAnsweredByInstances: result.answeredByInstances,
          instanceAnswersPerIntervalPerInstance: Math.round((result.answeredByInstances / intervals) * 100) / 100,
          visibleP50Ms: null,
          visibleP99Ms: null,
          errors: result.errors,
          instanceCpuSecondsPerThousandReadersMinute: result.cpuSecondsPerThousandReadersMinute,
          nginxCpuSecondsPerThousandReadersMinute: nginxCpu === null ? null : perThousandMinute(nginxCpu, result.seconds, readers),
        });
        console.log(`bench: live, ${setup}: ${JSON.stringify(rows.at(-1))}`);
      }
      const anchorCpu = (behindNginx: boolean) => rows.find((row) => row.setup.startsWith("anchor") && row.setup.endsWith("behind nginx") === behindNginx)!.instanceCpuSecondsPerThousandReadersMinute;
      for (const row of rows.filter((candidate) => !candidate.setup.startsWith("anchor"))) {
        const mine = row.instanceCpuSecondsPerThousandReadersMinute;
        row.cpuRatioToAnchor = Math.round((anchorCpu(row.setup.includes("nginx")) / Math.max(0.001, mine)) * 1000) / 1000;
      }
    }
    noteLoad();
    const report = { date: new Date().toISOString(), kind: "live-polling", readers, pollMs, posts, loadAverages, rows };
    mkdirSync(path.join(root, "bench", "results"), { recursive: true });
    const file = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-live-polling-${readers}.json`);
    writeFileSync(file, JSON.stringify(report, null, 2) + "\n");
    console.table(rows);
    console.log(`bench: load average during the run: ${loadAverages.join("; ")}`);
    console.log(`bench: results in ${path.relative(root, file)}`);
  } finally {
    for (const proxy of proxies) proxy.stop();
    for (const pid of pids) await stopProcess(pid);
    await stopProcess(redisPid, "SIGTERM", 10_000);
    baseline?.stop();
  }
}
