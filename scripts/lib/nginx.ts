// nginx for `npm run bench -- --behind-nginx`: the documented configuration (docs/deploy/nginx.conf),
// with only its addresses and paths changed, run by an unprivileged master in a scratch folder.
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { root } from "./run";

export const NGINX_BINARY = ["/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx"].find((file) => existsSync(file)) ?? null;

/** The documented server block, pointed at this upstream port, listening on `listenPort`. */
export function renderSiteConfig(documented: string, upstreamPort: string, listenPort: string, cacheDir: string): string {
  const replacements: [RegExp, string][] = [
    [/server 127\.0\.0\.1:3000;/, `server 127.0.0.1:${upstreamPort};`],
    [/listen 80;/, `listen 127.0.0.1:${listenPort};`],
    [/proxy_cache_path \/var\/cache\/nginx\/gazette /, `proxy_cache_path ${cacheDir} `],
  ];
  let config = documented;
  for (const [pattern, replacement] of replacements) {
    if (!pattern.test(config)) throw new Error(`docs/deploy/nginx.conf no longer contains ${pattern}; update scripts/lib/nginx.ts`);
    config = config.replace(pattern, replacement);
  }
  return config;
}

/** Start nginx in front of Gazette; resolves once it answers. */
export async function startNginx(upstreamPort: string, listenPort: string): Promise<{ process: ChildProcess; stop: () => void }> {
  if (!NGINX_BINARY) throw new Error("bench: --behind-nginx needs nginx (apt-get install -y nginx)");
  const dir = path.join(tmpdir(), `gazette-bench-nginx-${listenPort}`);
  rmSync(dir, { recursive: true, force: true });
  for (const sub of ["cache", "temp", "logs"]) {
    mkdirSync(path.join(dir, sub), { recursive: true });
    chmodSync(path.join(dir, sub), 0o777); // workers may run as nobody when started by root
  }
  chmodSync(dir, 0o755);
  const site = renderSiteConfig(readFileSync(path.join(root, "docs", "deploy", "nginx.conf"), "utf8"), upstreamPort, listenPort, path.join(dir, "cache"));
  writeFileSync(path.join(dir, "gazette.conf"), site);
  writeFileSync(
    path.join(dir, "nginx.conf"),
    `worker_processes 1;
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
  if (test.status !== 0) throw new Error(`bench: nginx rejected the configuration:\n${test.stderr}`);
  const child = spawn(NGINX_BINARY, ["-p", dir, "-c", path.join(dir, "nginx.conf")], { stdio: "ignore" });
  for (let attempt = 0; attempt < 50; attempt++) {
    try {
      await fetch(`http://127.0.0.1:${listenPort}/robots.txt`);
      return { process: child, stop: () => child.kill("SIGQUIT") };
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  child.kill();
  throw new Error("bench: nginx did not start");
}
