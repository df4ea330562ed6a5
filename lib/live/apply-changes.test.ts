import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { applyChanges, type LiveState } from "./apply-changes";
import type { PublicLiveUpdate } from "./public";

const update = (id: string, minute: number, extra: Partial<PublicLiveUpdate> = {}): PublicLiveUpdate => ({
  id,
  headline: "",
  html: `<p>${id}</p>`,
  text: id,
  keyEvent: false,
  pinned: false,
  corrected: false,
  createdAt: `2026-12-06T10:${String(minute).padStart(2, "0")}:00.000Z`,
  updatedAt: `2026-12-06T10:${String(minute).padStart(2, "0")}:00.000Z`,
  author: { name: "Ada", handle: null },
  ...extra,
});

const start: LiveState = { seq: 2, endedAt: null, updates: [update("b", 2), update("a", 1)], waiting: [] };

describe("applyChanges", () => {
  it("adds posts newest first, replaces edits in place, removes deletions, and skips changes already seen", () => {
    const { state, posted } = applyChanges(
      start,
      [
        { seq: 2, kind: "post", id: "a", update: update("a", 1, { text: "old copy" }) },
        { seq: 3, kind: "post", id: "c", update: update("c", 3) },
        { seq: 4, kind: "edit", id: "a", update: update("a", 1, { headline: "Edited" }) },
        { seq: 5, kind: "delete", id: "b", update: null },
      ],
      false,
    );
    assert.deepEqual(state.updates.map((item) => item.id), ["c", "a"]);
    assert.equal(state.updates[1]!.headline, "Edited");
    assert.equal(state.seq, 5);
    assert.deepEqual(posted.map((item) => item.id), ["c"]);
  });

  it("holds new updates for a reader scrolled into the list, and keeps edits and deletions of held ones", () => {
    const held = applyChanges(start, [{ seq: 3, kind: "post", id: "c", update: update("c", 3) }], true).state;
    assert.deepEqual(held.updates.map((item) => item.id), ["b", "a"]);
    assert.deepEqual(held.waiting.map((item) => item.id), ["c"]);
    const edited = applyChanges(held, [{ seq: 4, kind: "edit", id: "c", update: update("c", 3, { headline: "New" }) }], false).state;
    assert.equal(edited.waiting[0]!.headline, "New");
    assert.equal(applyChanges(edited, [{ seq: 5, kind: "delete", id: "c", update: null }], false).state.waiting.length, 0);
  });

  it("ends and resumes the coverage", () => {
    const ended = applyChanges(start, [{ seq: 3, kind: "end", id: null, update: null, at: "2026-12-06T12:00:00.000Z" }], false).state;
    assert.equal(ended.endedAt, "2026-12-06T12:00:00.000Z");
    assert.equal(applyChanges(ended, [{ seq: 4, kind: "resume", id: null, update: null, at: "2026-12-06T12:05:00.000Z" }], false).state.endedAt, null);
  });
});
