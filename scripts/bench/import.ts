// `--import [--posts 10000]`: the WordPress import of a synthetic export, in this process.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { migrate } from "../lib/database";
import { root } from "../lib/run";
import { IMPORT_POSTS, url } from "./options";

/**
 * `--import [--posts 10000]`: a synthetic WordPress export (scripts/lib/synthetic-wxr.ts) imported
 * into an empty SQLite database of its own, in this process: items per second, the time of each
 * pass, the peak memory, and the same file imported again (which must create nothing).
 */
export async function importBench() {
  const { rmSync, statSync } = await import("node:fs");
  const { writeSyntheticWxr } = await import("../lib/synthetic-wxr");
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(path.join(root, `prisma/bench-import.db${suffix}`), { force: true });
  migrate(url);
  const file = path.join(root, "prisma", `bench-import-${IMPORT_POSTS}.xml`);
  const written = await writeSyntheticWxr(file, { posts: IMPORT_POSTS });
  const { importWordPress } = await import("../../lib/wordpress/import");
  let peakRssMb = 0;
  let peakHeapMb = 0;
  const sample = setInterval(() => {
    const memory = process.memoryUsage();
    peakRssMb = Math.max(peakRssMb, memory.rss / 1024 / 1024);
    peakHeapMb = Math.max(peakHeapMb, memory.heapUsed / 1024 / 1024);
  }, 250);
  const first = await importWordPress(file, { reportListLimit: 20 });
  const again = await importWordPress(file, { reportListLimit: 20 });
  clearInterval(sample);
  const report = {
    date: new Date().toISOString(),
    kind: "import",
    database: "sqlite",
    file: { posts: written.posts, comments: written.comments, megabytes: +(statSync(file).size / 1024 / 1024).toFixed(1) },
    import: { seconds: first.seconds, itemsPerSecond: first.itemsPerSecond, posts: first.posts, comments: first.comments, authors: first.authors, categories: first.categories, tags: first.tags },
    reimport: { seconds: again.seconds, itemsPerSecond: again.itemsPerSecond, postsCreated: again.posts.created, commentsCreated: again.comments.created },
    peakRssMb: Math.round(peakRssMb),
    peakHeapUsedMb: Math.round(peakHeapMb),
    nodeOptions: process.env.NODE_OPTIONS ?? "",
  };
  rmSync(file, { force: true });
  mkdirSync(path.join(root, "bench", "results"), { recursive: true });
  const out = path.join(root, "bench", "results", `${report.date.replace(/[:.]/g, "-")}-import-${IMPORT_POSTS}.json`);
  writeFileSync(out, JSON.stringify(report, null, 2) + "\n");
  console.log(`bench: imported ${IMPORT_POSTS} posts (${written.comments} comments, ${report.file.megabytes} MB) in ${first.seconds} s: ${first.itemsPerSecond} posts/s; again in ${again.seconds} s (${again.posts.created} created); peak memory ${report.peakRssMb} MB (JavaScript heap in use at most ${report.peakHeapUsedMb} MB)`);
  console.log(`bench: results in ${path.relative(root, out)}`);
  const { db } = await import("../../lib/db");
  await db.$disconnect();
}

