// How an open live page applies the numbered changes it fetched (no server-only code; unit-tested).
import type { PublicLiveChange, PublicLiveUpdate } from "./public";

export type LiveState = { seq: number; endedAt: string | null; updates: PublicLiveUpdate[]; waiting: PublicLiveUpdate[] };

const newestFirst = (a: PublicLiveUpdate, b: PublicLiveUpdate) => (a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1);

export function upsert(list: PublicLiveUpdate[], update: PublicLiveUpdate): PublicLiveUpdate[] {
  const index = list.findIndex((item) => item.id === update.id);
  if (index === -1) return [...list, update].sort(newestFirst);
  const next = [...list];
  next[index] = update;
  return next;
}

/** The state after these changes; `hold` says whether new updates wait behind the button. */
export function applyChanges(state: LiveState, changes: PublicLiveChange[], hold: boolean): { state: LiveState; posted: PublicLiveUpdate[] } {
  let { updates, waiting, endedAt } = state;
  const posted: PublicLiveUpdate[] = [];
  let seq = state.seq;
  for (const change of changes) {
    if (change.seq <= seq) continue;
    seq = change.seq;
    if (change.kind === "end") endedAt = change.at;
    else if (change.kind === "resume") endedAt = null;
    else if (change.kind === "delete") {
      updates = updates.filter((item) => item.id !== change.id);
      waiting = waiting.filter((item) => item.id !== change.id);
    } else if (change.update) {
      const update = change.update;
      const known = updates.some((item) => item.id === update.id);
      const held = waiting.some((item) => item.id === update.id);
      if (known) updates = upsert(updates, update);
      else if (held) waiting = upsert(waiting, update);
      else {
        posted.push(update);
        if (hold) waiting = upsert(waiting, update);
        else updates = upsert(updates, update);
      }
      // One pinned update at a time: the change that unpins the earlier one comes in the same range.
    }
  }
  return { state: { seq, endedAt, updates, waiting }, posted };
}

