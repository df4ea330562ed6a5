// This process's memory of the next scheduled publish time (lib/articles/schedule.ts). Reading it costs
// a database query, and every render that is not served from the cache read it: each search, each
// first render of a page (docs/decisions/022-speed-against-bare-next.md). It changes only when an
// article's status or publish time does, and every such write expires the "articles" tag through
// lib/cache/tags.ts, which forgets it here. Not used in a fleet (below). It is also forgotten
// when the time it names has come, and after MEMO_MS at the latest, for a database changed by hand.
import { processShared } from "@/lib/process-shared";

const MEMO_MS = 10_000;

type Memo = {
  remembered: { value: Date | null; until: number } | null;
  /** Bumped by each forget, so that a read which began before a write cannot store what it read. */
  generation: number;
};

// One memory per process (lib/process-shared.ts): Next.js loads this module once per route bundle (the
// reader pages, the dashboard's actions and /api/revalidate each have their own copy), and a write in
// one must be seen by the others.
const memo: Memo = processShared("scheduledPublishMemo", () => ({ remembered: null, generation: 0 }));

// In a fleet (REDIS_URL) a write on one instance expires the others' pages through Redis but cannot
// reach this memory, so an instance would miss a newly scheduled article for up to MEMO_MS and cache
// its pages past the publish time: there, every render asks the database, as before the memo.
const sharedByAFleet = Boolean(process.env.REDIS_URL);

export function rememberedScheduledPublish(now: number): { value: Date | null } | null {
  if (sharedByAFleet) return null;
  const remembered = memo.remembered;
  return remembered && now < remembered.until ? { value: remembered.value } : null;
}

/** Starts a read: call `store` with what the database said. */
export function beginScheduledPublishRead(now: number): (value: Date | null) => void {
  const started = memo.generation;
  return (value) => {
    if (memo.generation !== started) return;
    memo.remembered = { value, until: Math.min(now + MEMO_MS, value ? value.getTime() : Number.POSITIVE_INFINITY) };
  };
}

export function forgetScheduledPublish(): void {
  memo.generation++;
  memo.remembered = null;
}
