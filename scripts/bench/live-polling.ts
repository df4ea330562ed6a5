// Live coverage under readers (issue 28, docs/decisions/037-live-coverage.md): `readers` open pages
// polling one coverage the way components/live/live-updates.tsx does (the latest change's number every
// `pollMs`, each reader starting at a random point of the interval, then the range of changes it has
// not seen), against one instance or nginx in front of the fleet, while `posts` updates are posted
// one every `postEveryMs`. Measured: from each post's commit to each reader having fetched it (p50,
// p99), requests per second, and, when the server's process ids are given, its processor time per
// thousand readers per minute. Run by `npm run bench -- --live-polling` (scripts/bench/live-bench.ts).
// Behind nginx, each answer's X-Cache-Status says whether an instance computed it (MISS, EXPIRED), or
// nginx's cache did (HIT, UPDATING), or nginx answered from its expired copy while it asked an instance
// for the new one in the background (STALE: counted as one instance answer, the background one).
//
// Posting: the update is written as lib/live/mutations.ts writes it (the update, the next change
// number, the change with the update as readers see it), then its cache tags are expired through
// POST /api/revalidate, as every write from outside the application does (decision 011). The bench
// runs outside Next.js, so it cannot call the server action itself; the desk's own path is covered by
// e2e/live-coverage.spec.ts.
import { readFileSync, readdirSync } from "node:fs";
import { percentile } from "./stats";

export type LivePollingOptions = {
  /** One instance (`http://127.0.0.1:3000`) or nginx in front of the fleet. */
  baseUrl: string;
  /** Where POST /api/revalidate is answered (any instance: with Redis the expiry reaches all). */
  revalidateUrl?: string;
  revalidateSecret: string;
  readers?: number;
  pollMs?: number;
  posts?: number;
  postEveryMs?: number;
  /** Server processes whose processor time is read from /proc (Linux) before and after. */
  serverPids?: number[];
};

export type LivePollingResult = {
  readers: number;
  pollMs: number;
  posts: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  errors: number;
  visibleP50Ms: number;
  visibleP99Ms: number;
  /** Processor seconds the server spent per minute of a thousand readers polling (null: no pids). */
  cpuSecondsPerThousandReadersMinute: number | null;
  /** Polls of the latest change's number, and how many of them an instance answered (not a cache in front). */
  latestPolls: number;
  latestAnsweredByInstance: number;
  /** Range requests for changes, and how many an instance answered. */
  changeRequests: number;
  changesAnsweredByInstance: number;
};

/** An instance answered (no X-Cache-Status: no nginx; or a miss), or was asked in the background (STALE). */
export const answeredByInstance = (response: Response) => !["HIT", "UPDATING"].includes(response.headers.get("x-cache-status") ?? "");

/** utime + stime of a process and its children still running (nginx's workers), in seconds (Linux). */
export function cpuSecondsWithChildren(pid: number): number {
  let total = cpuSeconds(pid);
  for (const child of childrenOf(pid)) total += cpuSeconds(child);
  return total;
}

function childrenOf(pid: number): number[] {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return Number(readFileSync(`/proc/${entry}/stat`, "utf8").split(") ")[1]!.split(" ")[1]) === pid;
      } catch {
        return false;
      }
    })
    .map(Number);
}


/** utime + stime of a process, in seconds (Linux). */
export function cpuSeconds(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

const doc = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

/** A published article with live coverage and an editor to post, made for this run. */
async function prepareCoverage() {
  const { db } = await import("../../lib/db");
  const { createArticle, createUser, uniqueSuffix } = await import("../../prisma/factories");
  const suffix = uniqueSuffix();
  const user = await createUser({ email: `bench-live-${suffix}@example.com`, name: `Bench desk ${suffix}`, role: "EDITOR", password: `bench-${suffix}-password` });
  const article = await createArticle({ title: `Bench live ${suffix}` });
  await db.liveCoverage.create({ data: { articleId: article.id }, select: { articleId: true } });
  return { articleId: article.id, slug: article.slug, userId: user.id };
}

async function postUpdate(coverage: { articleId: string; slug: string; userId: string }, n: number, options: LivePollingOptions): Promise<number> {
  const { db } = await import("../../lib/db");
  const { bodyColumns } = await import("../../lib/content/stored-body");
  const { publicUpdateSelect, toPublicUpdate } = await import("../../lib/live/shape");
  const now = new Date();
  const seq = await db.$transaction(async (tx) => {
    const update = await tx.liveUpdate.create({
      data: { articleId: coverage.articleId, authorId: coverage.userId, headline: `Bench update ${n}`, ...bodyColumns(doc(`Update number ${n} of the bench.`)), createdAt: now, updatedAt: now },
      select: { id: true },
    });
    const { seq } = await tx.liveCoverage.update({ where: { articleId: coverage.articleId }, data: { seq: { increment: 1 } }, select: { seq: true } });
    const row = await tx.liveUpdate.findUniqueOrThrow({ where: { id: update.id }, select: publicUpdateSelect });
    await tx.liveUpdateChange.create({ data: { articleId: coverage.articleId, updateId: update.id, seq, kind: "post", actorId: coverage.userId, snapshot: JSON.stringify(toPublicUpdate(row)) } });
    return seq;
  });
  const expired = await fetch(`${options.revalidateUrl ?? options.baseUrl}/api/revalidate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${options.revalidateSecret}`, "Content-Type": "application/json" },
    body: JSON.stringify({ tags: [`live:${coverage.articleId}`, `article:${coverage.slug}`, "articles"] }),
  });
  if (!expired.ok) throw new Error(`bench: /api/revalidate answered ${expired.status}`);
  return seq;
}

export async function measureLivePolling(options: LivePollingOptions): Promise<LivePollingResult> {
  const readers = options.readers ?? 1000;
  const pollMs = options.pollMs ?? 3000;
  const posts = options.posts ?? 10;
  const postEveryMs = options.postEveryMs ?? 3000;
  const coverage = await prepareCoverage();
  const latestUrl = `${options.baseUrl}/live/${coverage.articleId}/latest.json`;

  const postedAt = new Map<number, number>();
  const visible: number[] = [];
  let requests = 0;
  let errors = 0;
  let stop = false;
  const counts = { latestPolls: 0, latestAnsweredByInstance: 0, changeRequests: 0, changesAnsweredByInstance: 0 };

  const reader = async () => {
    let seen = 0;
    await new Promise((resolve) => setTimeout(resolve, Math.random() * pollMs));
    while (!stop) {
      try {
        requests++;
        const polled = await fetch(latestUrl);
        counts.latestPolls++;
        if (answeredByInstance(polled)) counts.latestAnsweredByInstance++;
        const latest = (await polled.json()) as { seq: number };
        while (latest.seq > seen) {
          const to = Math.min(latest.seq, seen + 100);
          requests++;
          const answer = await fetch(`${options.baseUrl}/live/${coverage.articleId}/changes/${seen}-${to}`);
          await answer.arrayBuffer();
          counts.changeRequests++;
          if (answeredByInstance(answer)) counts.changesAnsweredByInstance++;
          if (!answer.ok) break;
          const now = performance.now();
          for (let seq = seen + 1; seq <= to; seq++) {
            const at = postedAt.get(seq);
            if (at !== undefined) visible.push(now - at);
          }
          seen = to;
        }
      } catch {
        errors++;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };

  const pids = options.serverPids ?? [];
  const cpuBefore = pids.reduce((sum, pid) => sum + cpuSecondsWithChildren(pid), 0);
  const started = performance.now();
  const running = Array.from({ length: readers }, reader);
  for (let n = 1; n <= posts; n++) {
    await new Promise((resolve) => setTimeout(resolve, postEveryMs));
    const before = performance.now();
    const seq = await postUpdate(coverage, n, options);
    postedAt.set(seq, before);
  }
  // Every reader's next round has come and gone.
  await new Promise((resolve) => setTimeout(resolve, pollMs * 2));
  stop = true;
  await Promise.all(running);
  const seconds = (performance.now() - started) / 1000;
  const cpu = pids.length ? pids.reduce((sum, pid) => sum + cpuSecondsWithChildren(pid), 0) - cpuBefore : null;
  return {
    readers,
    pollMs,
    posts,
    seconds: Math.round(seconds * 10) / 10,
    requests,
    requestsPerSecond: Math.round(requests / seconds),
    errors,
    visibleP50Ms: percentile(visible, 0.5),
    visibleP99Ms: percentile(visible, 0.99),
    cpuSecondsPerThousandReadersMinute: cpu === null ? null : Math.round((cpu / (seconds / 60) / (readers / 1000)) * 100) / 100,
    ...counts,
  };
}

/**
 * The anchor: the same readers asking for `url` every `pollMs` for `seconds` (no posts), and the
 * processor time of `pids` (with their children) per minute of a thousand readers.
 */
export async function measurePlainPolling(url: string, { readers, pollMs, seconds, pids }: { readers: number; pollMs: number; seconds: number; pids: number[] }) {
  let requests = 0;
  let answeredByInstances = 0;
  let errors = 0;
  let stop = false;
  const reader = async () => {
    await new Promise((resolve) => setTimeout(resolve, Math.random() * pollMs));
    while (!stop) {
      try {
        requests++;
        const answer = await fetch(url);
        await answer.arrayBuffer();
        if (answeredByInstance(answer)) answeredByInstances++;
        if (!answer.ok) errors++;
      } catch {
        errors++;
      }
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  };
  const cpuBefore = pids.reduce((sum, pid) => sum + cpuSecondsWithChildren(pid), 0);
  const started = performance.now();
  const running = Array.from({ length: readers }, reader);
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
  stop = true;
  await Promise.all(running);
  const elapsed = (performance.now() - started) / 1000;
  const cpu = pids.reduce((sum, pid) => sum + cpuSecondsWithChildren(pid), 0) - cpuBefore;
  return {
    readers,
    pollMs,
    seconds: Math.round(elapsed * 10) / 10,
    requests,
    answeredByInstances,
    errors,
    cpuSecondsPerThousandReadersMinute: Math.round((cpu / (elapsed / 60) / (readers / 1000)) * 100) / 100,
  };
}
