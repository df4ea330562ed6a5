// The bare Next.js baseline for `npm run bench -- --baseline DIR`: DIR holds a copy of the anchor (its
// setup.sh, start.sh and sources: a prerendered article page with no database, no CSS and no client
// code). It is built once into DIR/.bench-build with the anchor's own setup.sh (npm install and
// `next build`, about two minutes) and served with its start.sh beside Gazette, so that both are
// measured in the same run on the same machine.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

export type Baseline = { base: string; articlePath: string; pid: number; stop: () => void };

/**
 * `rendered`: the baseline renders one page on demand (`/dyn/article-1`) before it is measured. A
 * server that never renders never runs an AsyncLocalStorage, so Node 20 never turns its async hooks
 * on; any server that renders a page once (every real site, Gazette included) pays them on every
 * later request, cached or not. Measured both ways (docs/decisions/025-cached-pages-at-full-speed.md).
 */
export async function startBaseline(dir: string, port: string, { rendered = false } = {}): Promise<Baseline> {
  const home = path.resolve(dir);
  for (const file of ["setup.sh", "start.sh"]) {
    if (!existsSync(path.join(home, file))) throw new Error(`bench: --baseline ${dir} has no ${file}; give it a copy of the bare Next.js anchor`);
  }
  const build = path.join(home, ".bench-build");
  if (!existsSync(path.join(build, ".next", "BUILD_ID"))) {
    console.log(`bench: building the baseline in ${build} …`);
    const setup = spawnSync("bash", [path.join(home, "setup.sh"), build], { stdio: "inherit" });
    if (setup.status !== 0) throw new Error("bench: the baseline's setup.sh failed");
  }
  const start = spawnSync("bash", [path.join(home, "start.sh"), build, port], { encoding: "utf8" });
  const pid = Number(start.stdout.trim().split("\n").at(-1));
  if (start.status !== 0 || !pid) throw new Error(`bench: the baseline's start.sh failed: ${start.stderr}`);
  const base = `http://127.0.0.1:${port}`;
  const stop = () => {
    try {
      process.kill(pid);
    } catch {}
  };
  // The anchor's content has 1,000 articles; the middle one, as Gazette's bench article.
  const articlePath = "/isr/article-500";
  for (let attempt = 0; attempt < 120; attempt++) {
    try {
      if ((await fetch(base + articlePath)).ok) {
        if (rendered && !(await fetch(`${base}/dyn/article-1`)).ok) throw new Error("bench: the baseline did not render /dyn/article-1");
        return { base, articlePath, pid, stop };
      }
    } catch {}
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  stop();
  throw new Error("bench: the baseline did not start");
}
