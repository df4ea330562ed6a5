// A fleet on this machine (`npm run fleet`): Redis, PostgreSQL, N instances of the production build
// and nginx in front of them with the documented configuration (docs/deploy/nginx.conf). With
// `media: "s3"` the instances share no folder, only a bucket (an S3-compatible server this fleet
// starts, s3rver, unless S3_BUCKET names one), as machines of a real fleet do. Used by
// people trying the fleet, by the fleet tests (playwright.fleet.config.ts) and by the bench. Every
// process is started detached, with its pid and log in a state folder, so that `stop` (or a test)
// finds them again; nothing relies on systemd.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, openSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { NGINX_BINARY, spawnNginx, writeNginxConfig } from "./nginx";
import { root } from "./run";
import { s3TestEnv } from "./s3-test-server";

export type FleetOptions = {
  /** Instances to run (default 2). */
  instances: number;
  /** Port of the first instance; the others follow (default 3001). */
  firstPort: number;
  /** nginx's port: the public address (default 8080). */
  nginxPort: number;
  /** Port of the Redis the fleet starts (default 6380), unless REDIS_URL names one already running. */
  redisPort: number;
  /**
   * Where media lives: "local", one UPLOAD_DIR every instance shares (one machine only), or "s3", a
   * bucket and a folder of its own per instance, sharing nothing else (default "local").
   */
  media?: "local" | "s3";
  /** Port of the S3-compatible server the fleet starts for `media: "s3"` (default 4570), unless S3_BUCKET names a bucket. */
  s3Port?: number;
};

export type FleetState = {
  publicUrl: string;
  redisUrl: string;
  /** pid of the redis-server this fleet started (null: an outside REDIS_URL). */
  redisPid: number | null;
  nginxPid: number;
  /** pid of the S3-compatible server this fleet started (null or absent: none, or an outside bucket). */
  bucketPid?: number | null;
  /** Each instance; with media in a bucket, the folder that is its alone (UPLOAD_DIR). */
  instances: { port: number; pid: number; uploadDir?: string }[];
  /** Settings every instance shares. */
  env: Record<string, string>;
};

export const DEFAULT_FLEET = { instances: 2, firstPort: 3001, nginxPort: 8080, redisPort: 6380, media: "local", s3Port: 4570 } satisfies FleetOptions;

/** The fleet's folder (pids, logs, Redis's and nginx's files), one per public port. */
/** A moment as its time of day, UTC, to the millisecond: how the fleet's steps and the tests' failures are stamped. */
export function timeOfDay(ms: number = Date.now()): string {
  return new Date(ms).toISOString().slice(11, 23);
}

export function stateDir(nginxPort: number): string {
  return path.join(tmpdir(), `gazette-fleet-${nginxPort}`);
}

const stateFile = (nginxPort: number) => path.join(stateDir(nginxPort), "state.json");

export function readState(nginxPort: number): FleetState | null {
  try {
    return JSON.parse(readFileSync(stateFile(nginxPort), "utf8")) as FleetState;
  } catch {
    return null;
  }
}

function writeState(nginxPort: number, state: FleetState): void {
  writeFileSync(stateFile(nginxPort), JSON.stringify(state, null, 2));
}

export function isAlive(pid: number | null | undefined): boolean {
  if (!pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function waitFor(what: string, check: () => Promise<boolean> | boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await check()) return;
    } catch {}
    await sleep(200);
  }
  throw new Error(`fleet: ${what} did not come up within ${timeoutMs / 1000} s`);
}

const redisCli = (port: number, ...args: string[]) => spawnSync("redis-cli", ["-p", String(port), ...args], { encoding: "utf8" });

/** Start redis-server on `port`, its files in the fleet's folder: no persistence (a cache). */
export async function startRedis(nginxPort: number, port: number): Promise<number> {
  const dir = path.join(stateDir(nginxPort), "redis");
  mkdirSync(dir, { recursive: true });
  const log = openSync(path.join(dir, "redis.log"), "a");
  // Bounded memory, least recently used entries go first (only keys with a lifetime: the tag marks
  // must stay): Redis is a cache here, never a store.
  const child = spawn(
    "redis-server",
    ["--port", String(port), "--bind", "127.0.0.1", "--dir", dir, "--save", "", "--appendonly", "no", "--maxmemory", "256mb", "--maxmemory-policy", "volatile-lru"],
    { stdio: ["ignore", log, log], detached: true },
  );
  child.unref();
  await waitFor(`Redis on port ${port}`, () => redisCli(port, "ping").stdout.trim() === "PONG", 10_000);
  return child.pid!;
}

/** Where the fleet's own bucket keeps its objects: beside its folder, and kept by `stop` (the database keeps their addresses). */
export function bucketDir(nginxPort: number): string {
  return `${stateDir(nginxPort)}-bucket`;
}

/** Start the S3-compatible test server (scripts/lib/s3-test-server.ts) on `port` as a process of its own. */
export async function startBucket(nginxPort: number, port: number): Promise<number> {
  const log = openSync(path.join(stateDir(nginxPort), "bucket.log"), "a");
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/lib/s3-test-server.ts"], {
    cwd: root,
    env: { ...process.env, S3_TEST_PORT: String(port), S3_TEST_DIR: bucketDir(nginxPort) },
    stdio: ["ignore", log, log],
    detached: true,
  });
  child.unref();
  // Any answer (s3rver refuses an unsigned listing) says it listens.
  await waitFor(`the bucket on port ${port}`, async () => !!(await fetch(`http://127.0.0.1:${port}/`, { signal: AbortSignal.timeout(2_000) })).status, 20_000);
  return child.pid!;
}

/** An instance's settings: the fleet's, and its own folder when media is in a bucket. */
function instanceEnv(state: FleetState, instance: { uploadDir?: string }): Record<string, string> {
  return instance.uploadDir ? { ...state.env, UPLOAD_DIR: instance.uploadDir } : state.env;
}

export async function isReady(port: number): Promise<boolean> {
  try {
    return (await fetch(`http://127.0.0.1:${port}/api/ready`, { signal: AbortSignal.timeout(3_000) })).ok;
  } catch {
    return false;
  }
}

/** Start one instance (server.ts on the current build) with the fleet's shared settings. */
export async function startInstance(nginxPort: number, port: number, env: Record<string, string>): Promise<number> {
  const log = openSync(path.join(stateDir(nginxPort), `instance-${port}.log`), "a");
  const child = spawn(process.execPath, ["--import", "tsx", "server.ts", "--port", String(port)], {
    cwd: root,
    env: { ...process.env, ...env, PORT: String(port), NODE_ENV: "production" },
    stdio: ["ignore", log, log],
    detached: true,
  });
  child.unref();
  await waitFor(`the instance on port ${port}`, () => isReady(port), 60_000);
  return child.pid!;
}

/** Send `signal` to a process and wait (at most `timeoutMs`) until it is gone. */
export async function stopProcess(pid: number | null, signal: NodeJS.Signals = "SIGTERM", timeoutMs = 35_000): Promise<void> {
  if (!isAlive(pid)) return;
  try {
    process.kill(pid!, signal);
  } catch {
    return;
  }
  const deadline = Date.now() + timeoutMs;
  while (isAlive(pid) && Date.now() < deadline) await sleep(100);
  if (isAlive(pid)) process.kill(pid!, "SIGKILL");
}

function nginxDir(nginxPort: number) {
  return path.join(stateDir(nginxPort), "nginx");
}

/** Rewrite the upstream list (an instance marked down gets no new requests) and reload nginx. */
/**
 * Applies a new upstream list and resolves once nginx runs on it: the workers of the old
 * configuration have finished the requests they held and exited, and new ones serve.
 */
export async function reloadNginx(state: FleetState, nginxPort: number, downPorts: number[] = []): Promise<void> {
  writeNginxConfig(nginxDir(nginxPort), {
    upstreams: state.instances.map(({ port }) => ({ port, down: downPorts.includes(port) })),
    listenPort: nginxPort,
  });
  const before = childrenOf(state.nginxPid);
  process.kill(state.nginxPid, "SIGHUP");
  await waitFor("nginx to run on its new configuration", () => before.every((pid) => !isAlive(pid)) && childrenOf(state.nginxPid).length > 0, 30_000);
}

/** The processes whose parent is `pid` (nginx's workers, for its master). */
function childrenOf(pid: number): number[] {
  const children: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const fields = readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ");
      if (Number(fields[1]) === pid && fields[0] !== "Z") children.push(Number(entry));
    } catch {
      // gone meanwhile
    }
  }
  return children;
}

/** The settings every instance must share, from the environment or made up once per fleet. */
function sharedEnv(options: FleetOptions, databaseUrl: string, redisUrl: string): Record<string, string> {
  const publicUrl = `http://127.0.0.1:${options.nginxPort}`;
  const made = (bytes: number) => randomBytes(bytes).toString("base64");
  return {
    DATABASE_URL: databaseUrl,
    REDIS_URL: redisUrl,
    SITE_URL: process.env.SITE_URL || publicUrl,
    AUTH_SECRET: process.env.AUTH_SECRET!,
    // One key for every instance: a form rendered by one is posted to another (docs/deploy/README.md).
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: process.env.NEXT_SERVER_ACTIONS_ENCRYPTION_KEY || made(32),
    REVALIDATE_SECRET: process.env.REVALIDATE_SECRET || randomBytes(24).toString("hex"),
    UPLOAD_DIR: process.env.UPLOAD_DIR || path.join(root, "uploads"),
    // nginx on this machine is the only proxy: believe its X-Forwarded-For.
    TRUSTED_PROXIES: process.env.TRUSTED_PROXIES || "127.0.0.1, ::1",
    // nginx keeps reader pages for one second (docs/deploy/nginx.conf, proxy_cache_valid): an
    // unpublish answers once no copy from before it can be served there.
    FRONT_CACHE_SECONDS: process.env.FRONT_CACHE_SECONDS || "1",
    NEXT_TELEMETRY_DISABLED: "1",
  };
}

/**
 * Start the fleet: Redis (unless REDIS_URL is set), the bucket (media "s3", unless S3_BUCKET is set),
 * then `prepare` with the media settings (`npm run setup`: migrations, demo content into that storage,
 * the build), the instances, nginx. The database must be PostgreSQL (DATABASE_URL).
 */
export async function startFleet(options: FleetOptions, databaseUrl: string, prepare: (mediaEnv: Record<string, string>) => void = () => {}): Promise<FleetState> {
  const existing = readState(options.nginxPort);
  if (existing && (isAlive(existing.nginxPid) || existing.instances.some(({ pid }) => isAlive(pid)))) {
    throw new Error(`fleet: already running at ${existing.publicUrl} (npm run fleet -- stop --nginx-port ${options.nginxPort})`);
  }
  if (!NGINX_BINARY) throw new Error("fleet: needs nginx (on Debian: apt-get install -y nginx)");
  const dir = stateDir(options.nginxPort);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });

  let redisPid: number | null = null;
  let redisUrl = process.env.REDIS_URL ?? "";
  if (!redisUrl) {
    if (spawnSync("redis-server", ["--version"]).status !== 0) throw new Error("fleet: needs redis-server (on Debian: apt-get install -y redis-server), or REDIS_URL");
    redisPid = await startRedis(options.nginxPort, options.redisPort);
    redisUrl = `redis://127.0.0.1:${options.redisPort}`;
  }
  const state: FleetState = { publicUrl: `http://127.0.0.1:${options.nginxPort}`, redisUrl, redisPid, nginxPid: 0, bucketPid: null, instances: [], env: {} };
  writeState(options.nginxPort, state);
  try {
    // A bucket named by the environment (S3_BUCKET and the rest, which the instances inherit), or our own.
    let mediaEnv: Record<string, string> = {};
    if (options.media === "s3" && process.env.S3_BUCKET) mediaEnv = { MEDIA_STORAGE: "s3" };
    else if (options.media === "s3") {
      const port = options.s3Port ?? DEFAULT_FLEET.s3Port;
      state.bucketPid = await startBucket(options.nginxPort, port);
      writeState(options.nginxPort, state);
      mediaEnv = s3TestEnv(`http://127.0.0.1:${port}`);
    }
    prepare(mediaEnv);
    state.env = { ...sharedEnv(options, databaseUrl, redisUrl), ...mediaEnv };
    writeState(options.nginxPort, state);
    const ports = Array.from({ length: options.instances }, (_, index) => options.firstPort + index);
    // One after another: two cold starts at once on a small machine only slow each other down.
    for (const port of ports) {
      const uploadDir = options.media === "s3" ? path.join(stateDir(options.nginxPort), `uploads-${port}`) : undefined;
      const instance = { port, pid: 0, ...(uploadDir && { uploadDir }) };
      instance.pid = await startInstance(options.nginxPort, port, instanceEnv(state, instance));
      state.instances.push(instance);
      writeState(options.nginxPort, state);
    }
    mkdirSync(nginxDir(options.nginxPort), { recursive: true });
    writeNginxConfig(nginxDir(options.nginxPort), { upstreams: ports.map((port) => ({ port })), listenPort: options.nginxPort });
    state.nginxPid = (await spawnNginx(nginxDir(options.nginxPort), options.nginxPort, true)).pid!;
    writeState(options.nginxPort, state);
    return state;
  } catch (error) {
    await stopFleet(options.nginxPort);
    throw error;
  }
}

/** Stop everything the fleet started: nginx, then the instances (gracefully), then Redis and the bucket (its objects stay). */
export async function stopFleet(nginxPort: number): Promise<boolean> {
  const state = readState(nginxPort);
  if (!state) return false;
  await stopProcess(state.nginxPid, "SIGQUIT", 10_000);
  await Promise.all(state.instances.map(({ pid }) => stopProcess(pid, "SIGTERM")));
  await stopProcess(state.redisPid, "SIGTERM", 10_000);
  await stopProcess(state.bucketPid ?? null, "SIGTERM", 10_000);
  rmSync(stateDir(nginxPort), { recursive: true, force: true });
  return true;
}

/**
 * A rolling restart: one instance at a time is taken out of nginx's upstream, stopped with SIGTERM
 * (it finishes what it has), started again and put back once /api/ready answers. Readers and
 * writers see no failed request.
 */
export async function rollingRestart(nginxPort: number, onStep: (message: string) => void = () => {}): Promise<FleetState> {
  const state = readState(nginxPort);
  if (!state) throw new Error("fleet: not running");
  for (const instance of state.instances) {
    // Resolves once nginx's old workers have finished the requests they held: none picks this instance now.
    await reloadNginx(state, nginxPort, [instance.port]);
    onStep(`instance ${instance.port}: stopping`);
    await stopProcess(instance.pid, "SIGTERM");
    instance.pid = await startInstance(nginxPort, instance.port, instanceEnv(state, instance));
    writeState(nginxPort, state);
    await reloadNginx(state, nginxPort);
    onStep(`instance ${instance.port}: back`);
  }
  return state;
}

/** Start again an instance that was stopped or killed (same port, same settings). */
export async function restartInstance(nginxPort: number, port: number): Promise<FleetState> {
  const state = readState(nginxPort);
  const instance = state?.instances.find((candidate) => candidate.port === port);
  if (!state || !instance) throw new Error(`fleet: no instance on port ${port}`);
  await stopProcess(instance.pid, "SIGTERM");
  instance.pid = await startInstance(nginxPort, port, instanceEnv(state, instance));
  writeState(nginxPort, state);
  return state;
}

/** Stop (SIGTERM) or start again the fleet's Redis, for the tests of a Redis outage. */
export async function stopRedis(nginxPort: number): Promise<void> {
  const state = readState(nginxPort);
  if (!state?.redisPid) throw new Error("fleet: this fleet did not start Redis");
  await stopProcess(state.redisPid, "SIGTERM", 10_000);
}

export async function startRedisAgain(nginxPort: number): Promise<void> {
  const state = readState(nginxPort);
  if (!state?.redisPid) throw new Error("fleet: this fleet did not start Redis");
  state.redisPid = await startRedis(nginxPort, Number(new URL(state.redisUrl).port));
  writeState(nginxPort, state);
}

export function instanceLogs(nginxPort: number, port: number): string {
  const file = path.join(stateDir(nginxPort), `instance-${port}.log`);
  return existsSync(file) ? readFileSync(file, "utf8") : "";
}
