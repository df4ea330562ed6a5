// `npm run fleet [-- start|stop|restart|status] [--instances 2] [--port 3001] [--nginx-port 8080] [--redis-port 6380] [--media local|s3] [--s3-port 4570]`
// Several Gazette instances on this machine behind nginx, sharing PostgreSQL and Redis: to try the
// setup of docs/deploy/README.md, and for the fleet tests. `start` (the default) starts Redis (unless
// REDIS_URL names one), PostgreSQL if it is local and not running, applies the migrations and loads
// the demo content on a new database (as `npm start` does), builds if needed, starts the instances
// and nginx, and prints the addresses. `stop` stops all of it; `restart` restarts the instances one
// at a time without dropping a request; `status` says what runs. The ports can also be set with
// FLEET_INSTANCES, FLEET_PORT, FLEET_NGINX_PORT and FLEET_REDIS_PORT. `--media s3` (or FLEET_MEDIA=s3, or
// MEDIA_STORAGE=s3 in the environment) gives each instance a folder of its own and one shared bucket:
// S3_BUCKET's, or an S3-compatible server (s3rver) the fleet starts, as a fleet of machines runs.
import { spawnSync } from "node:child_process";
import { DEFAULT_FLEET, isAlive, readState, rollingRestart, startFleet, stopFleet, timeOfDay, type FleetOptions } from "./lib/fleet";
import { postgresTarget } from "./lib/postgres-errors";
import { parseCommandLine } from "./lib/cli";
import { loadDotEnv, run } from "./lib/run";
import { isPostgresUrl } from "../lib/db/url";

const USAGE = `Usage: npm run fleet -- [start|stop|restart|status] [options]

Several Gazette instances on this machine behind nginx, sharing PostgreSQL and Redis (and, with
--media s3, a bucket instead of a folder).

Commands:
  start     start Redis, the instances and nginx (the default)
  stop      stop all of it
  restart   restart the instances one at a time without dropping a request
  status    say what runs

Options (or FLEET_INSTANCES, FLEET_PORT, FLEET_NGINX_PORT, FLEET_REDIS_PORT, FLEET_MEDIA, FLEET_S3_PORT):
  --instances <n>    instances (default ${DEFAULT_FLEET.instances}, at most 10)
  --port <n>         the first instance's port (default ${DEFAULT_FLEET.firstPort})
  --nginx-port <n>   nginx's port (default ${DEFAULT_FLEET.nginxPort})
  --redis-port <n>   Redis's port (default ${DEFAULT_FLEET.redisPort})
  --media <where>    local: one media folder for all (the default, or MEDIA_STORAGE's);
                     s3: a folder per instance and one bucket, S3_BUCKET's or one the fleet starts
  --s3-port <n>      the port of the bucket the fleet starts (default ${DEFAULT_FLEET.s3Port})
  -h, --help         this text`;

const { values, positionals } = parseCommandLine(
  USAGE,
  { instances: { type: "string" }, port: { type: "string" }, "nginx-port": { type: "string" }, "redis-port": { type: "string" }, media: { type: "string" }, "s3-port": { type: "string" } },
  { positionals: 1 },
);
const flag = (name: keyof typeof values, envName: string, fallback: number) => {
  const value = Number(values[name] ?? process.env[envName] ?? fallback);
  if (!Number.isInteger(value) || value < 1 || value > 65535) throw new Error(`fleet: --${name} must be a whole number`);
  return value;
};
const command = positionals[0] ?? "start";

loadDotEnv();
const media = values.media ?? process.env.FLEET_MEDIA ?? (process.env.MEDIA_STORAGE === "s3" ? "s3" : "local");
if (media !== "local" && media !== "s3") throw new Error("fleet: --media must be local or s3");
const options: FleetOptions = {
  instances: Math.min(10, flag("instances", "FLEET_INSTANCES", DEFAULT_FLEET.instances)),
  firstPort: flag("port", "FLEET_PORT", DEFAULT_FLEET.firstPort),
  nginxPort: flag("nginx-port", "FLEET_NGINX_PORT", DEFAULT_FLEET.nginxPort),
  redisPort: flag("redis-port", "FLEET_REDIS_PORT", DEFAULT_FLEET.redisPort),
  media,
  s3Port: flag("s3-port", "FLEET_S3_PORT", DEFAULT_FLEET.s3Port),
};

/** A local PostgreSQL that is not running is started (Debian's cluster tools, no systemd). */
function ensurePostgres(url: string): void {
  const { host, port } = postgresTarget(url);
  const ready = () => spawnSync("pg_isready", ["-q", "-h", host, "-p", port]).status === 0;
  if (spawnSync("pg_isready", ["--version"]).status !== 0 || ready()) return;
  if (!["localhost", "127.0.0.1", "::1"].includes(host) && !host.startsWith("/")) return;
  const cluster = spawnSync("pg_lsclusters", ["--no-header"], { encoding: "utf8" }).stdout?.split("\n").find((line) => line.split(/\s+/)[2] === port);
  if (!cluster) return;
  const [version, name] = cluster.split(/\s+/);
  console.log(`fleet: starting PostgreSQL ${version} ${name} …`);
  const asRoot = process.getuid?.() === 0 ? [] : ["sudo"];
  const command = [...asRoot, "pg_ctlcluster", "--skip-systemctl-redirect", version!, name!, "start"];
  spawnSync(command[0]!, command.slice(1), { stdio: "inherit" });
}

async function main() {
  if (command === "stop") {
    console.log((await stopFleet(options.nginxPort)) ? "fleet: stopped." : "fleet: nothing was running.");
    return;
  }
  if (command === "status") {
    const state = readState(options.nginxPort);
    if (!state) return console.log("fleet: not running.");
    console.log(`fleet: ${state.publicUrl} (nginx ${isAlive(state.nginxPid) ? "up" : "down"}), Redis ${state.redisUrl}${state.redisPid && !isAlive(state.redisPid) ? " (down)" : ""}`);
    if (state.bucketPid) console.log(`  bucket ${state.env.S3_ENDPOINT} ${isAlive(state.bucketPid) ? "up" : "down"} (pid ${state.bucketPid})`);
    for (const { port, pid } of state.instances) console.log(`  instance http://127.0.0.1:${port} ${isAlive(pid) ? "up" : "down"} (pid ${pid})`);
    return;
  }
  if (command === "restart") {
    // Each step with its time of day (UTC, to the millisecond), to set beside the logs of nginx and the instances.
    await rollingRestart(options.nginxPort, (message) => console.log(`fleet: ${timeOfDay()} ${message}`));
    console.log("fleet: every instance restarted.");
    return;
  }
  if (command !== "start") throw new Error(`fleet: unknown command "${command}" (start, stop, restart or status)`);

  const databaseUrl = process.env.DATABASE_URL ?? "";
  if (!isPostgresUrl(databaseUrl)) {
    console.error(
      "fleet: several instances need PostgreSQL (SQLite is for one process). Set DATABASE_URL=postgresql://user:password@localhost:5432/db (README: Run on PostgreSQL).",
    );
    process.exit(1);
  }
  ensurePostgres(databaseUrl);
  const state = await startFleet(options, databaseUrl, (mediaEnv) => {
    // Migrations, demo content on a new database (its photographs into the fleet's storage), the
    // production build: what `npm start` does first.
    run("tsx", ["scripts/setup.ts"], { DATABASE_URL: databaseUrl, ...mediaEnv });
    loadDotEnv(); // setup may just have written AUTH_SECRET to .env
  });
  const storage = state.env.MEDIA_STORAGE === "s3" ? `, media in bucket ${state.env.S3_BUCKET ?? process.env.S3_BUCKET}${state.env.S3_ENDPOINT ? ` at ${state.env.S3_ENDPOINT}` : ""} (a folder per instance)` : "";
  console.log(`\nfleet: ${state.instances.length} instances on Redis ${state.redisUrl}${storage}, behind nginx:\n`);
  console.log(`  public   ${state.publicUrl}`);
  for (const { port } of state.instances) console.log(`  instance http://127.0.0.1:${port}`);
  console.log(`\nStop with: npm run fleet -- stop${options.nginxPort === DEFAULT_FLEET.nginxPort ? "" : ` --nginx-port ${options.nginxPort}`}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
