// nginx for `npm run fleet` and `npm run bench -- --behind-nginx`: the documented configuration
// (docs/deploy/nginx.conf), with only its addresses and paths changed, run by an unprivileged master
// in a folder of its own.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./run";

export const NGINX_BINARY = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file)) ?? null;

export type Upstream = { port: number; down?: boolean };

export type SiteOptions = {
  upstreams: Upstream[];
  listenPort: number;
  cacheDir: string;
  /** false: reader pages are not cached by nginx (to measure the instances themselves). */
  pageCache?: boolean;
  /** A folder nginx serves itself at /bench-static/ (the bench's ceiling: a page as a file on disk). */
  staticFiles?: string;
};

/** The documented server block, pointed at these instances, listening on `listenPort`. */
export function renderSiteConfig(documented: string, options: SiteOptions): string {
  const servers = options.upstreams
    .map((upstream) => `    server 127.0.0.1:${upstream.port} max_fails=2 fail_timeout=5s${upstream.down ? " down" : ""};`)
    .join("\n");
  const replacements: [RegExp, string][] = [
    [/(upstream gazette_app \{\n)(?:    server [^\n]+\n)+/, `$1${servers}\n`],
    [/listen 80;/, `listen 127.0.0.1:${options.listenPort};`],
    [/proxy_cache_path \/var\/cache\/nginx\/gazette /, `proxy_cache_path ${options.cacheDir} `],
  ];
  if (options.staticFiles) replacements.push([/(\n    location \/ \{\n)/, `\n    location /bench-static/ { alias ${options.staticFiles}/; }\n$1`]);
  if (options.pageCache === false) replacements.push([/(location \/ \{\n        proxy_pass http:\/\/gazette_app;\n        )proxy_cache gazette;/, "$1proxy_cache off;"]);
  let config = documented;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(config)) throw new Error(`docs/deploy/nginx.conf no longer contains ${pattern}; update scripts/lib/nginx.ts`);
    config = config.replace(pattern, replacement);
  }
  return config;
}

/** Write nginx.conf and the site into `dir` (again, for a reload) and check them with `nginx -t`. */
export function writeNginxConfig(dir: string, options: Omit<SiteOptions, "cacheDir">): void {
  if (!NGINX_BINARY) throw new Error("nginx is not installed (apt-get install -y nginx)");
  for (const sub of ["cache", "temp", "logs"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(path.join(dir, sub), 0o777); // workers may run as nobody when started by root
  }
  chmodSync(dir, 0o755);
  const site = renderSiteConfig(readFileSync(path.join(root, "docs", "deploy", "nginx.conf"), "utf8"), { ...options, cacheDir: path.join(dir, "cache") });
  writeFileSync(path.join(dir, "gazette.conf"), site);
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
# On a reload, the old worker finishes what it holds within 10 s, then closes it (a connection a
# browser keeps open must not hold the new upstream list back: the fleet tests wait for it).
worker_shutdown_timeout 10s;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/logs/error.log warn;
events { worker_connections 4096; }
http {
    access_log off;
    client_body_temp_path ${dir}/temp/body;
    proxy_temp_path ${dir}/temp/proxy;
    fastcgi_temp_path ${dir}/temp/fastcgi;
    uwsgi_temp_path ${dir}/temp/uwsgi;
    scgi_temp_path ${dir}/temp/scgi;
    include ${dir}/gazette.conf;
}
`,
  );
  const test = spawnSync(NGINX_BINARY, ["-t", "-p", dir, "-c", path.join(dir, "nginx.conf")], { encoding: "utf8" });
  if (test.status !== 0) throw new Error(`nginx rejected the configuration:\n${test.stderr}`);
}

async function waitForNginx(listenPort: number): Promise<boolean> {
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${listenPort}/robots.txt`);
      return true;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return false;
}

/** Start nginx from `dir` (written by writeNginxConfig); `detached` outlives this process. */
export async function spawnNginx(dir: string, listenPort: number, detached = false): Promise<ChildProcess> {
  const log = openSync(path.join(dir, "logs", "master.log"), "a");
  const child = spawn(NGINX_BINARY!, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: ["ignore", log, log], detached });
  if (detached) child.unref();
  if (!(await waitForNginx(listenPort))) {
    child.kill();
    throw new Error(`nginx did not start (see ${dir}/logs/error.log)`);
  }
  return child;
}

/** Start nginx in front of Gazette for the bench; resolves once it answers. */
export async function startNginx(upstreamPorts: number[], listenPort: number, pageCache = true, staticFiles?: string): Promise<{ process: ChildProcess; stop: () => void }> {
  const dir = path.join(tmpdir(), `gazette-bench-nginx-${listenPort}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeNginxConfig(dir, { upstreams: upstreamPorts.map((port) => ({ port })), listenPort, pageCache, staticFiles });
  const child = await spawnNginx(dir, listenPort);
  return { process: child, stop: () => child.kill("SIGQUIT") };
}
