// This process's memory of the next scheduled publish time (lib/articles/schedule.ts). Reading it costs
// a database query, and every render that is not served from the cache read it: each search, each
// first render of a page (docs/decisions/022-speed-against-bare-next.md). It changes only when an
// article's status or publish time does, and every such write expires the "articles" tag through
// lib/cache/tags.ts, which forgets it here (peers too, through /api/revalidate). It is also forgotten
// when the time it names has come, and after MEMO_MS at the latest, for a database changed by hand.
const MEMO_MS = 10_000;

let memo: { value: Date | null; until: number } | null = null;
// Bumped by each forget, so that a read which began before a write cannot store what it read.
let generation = 0;

export function rememberedScheduledPublish(now: number): { value: Date | null } | null {
  return memo && now < memo.until ? { value: memo.value } : null;
}

/** Starts a read: call `store` with what the database said. */
export function beginScheduledPublishRead(now: number): (value: Date | null) => void {
  const started = generation;
  return (value) => {
    if (generation !== started) return;
    memo = { value, until: Math.min(now + MEMO_MS, value ? value.getTime() : Number.POSITIVE_INFINITY) };
  };
}

export function forgetScheduledPublish(): void {
  generation++;
  memo = null;
}
