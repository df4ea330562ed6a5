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
// `--editions` instead measures the Arabic edition's article page beside the English one, paired on
// the same server (scripts/bench/editions.ts).
// `--mail --worker-process` runs the server with MAIL_WORKER=off and the worker as its own process
// (`npm run mail-worker`), the layout for a busy site.
//
// This file only dispatches: the command line is scripts/bench/options.ts (node:util parseArgs), each
// mode is a module of scripts/bench/ (pages.ts the default, fleet.ts, mail.ts, import.ts,
// import-while-reading.ts, reset-timing-bench.ts, live-bench.ts, pictures.ts, editions.ts), what they share is
// common.ts, and every percentile and median is scripts/bench/stats.ts.
import { buildIfNeeded } from "./lib/build";
import { migrate } from "./lib/database";
import { seedBenchData } from "./bench/common";
import { arg, BASELINE_DIR, BASELINE_PORT, DATABASE, FLEET, IMPORT, IMPORT_POSTS, LIGHTHOUSE_RUNS, MAIL, options, PICTURES, PORT, REDIS_PORT, REVALIDATE_SECRET, url } from "./bench/options";

async function main() {
  if (IMPORT) return (await import("./bench/import")).importBench();
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
  if (MAIL) return (await import("./bench/mail")).mailBench();
  if (options.editions) return (await import("./bench/editions")).editionsBench();
  if (options["reset-timing"]) return (await import("./bench/reset-timing-bench")).resetTimingBench();
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
  return (await import("./bench/pages")).pagesBench();
}

(FLEET ? import("./bench/fleet").then(({ benchFleet }) => benchFleet()) : main()).catch((error) => {
  console.error(error);
  process.exit(1);
});
