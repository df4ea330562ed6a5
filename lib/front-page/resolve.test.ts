import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fillSlots, heldStoryIds, nextPinEnd } from "./resolve";
import type { FrontPageLayout } from "./schemas";

const now = new Date("2026-12-06T12:00:00Z");
const story = (id: string) => ({ id });
const latest = ["n1", "n2", "n3", "n4", "n5", "n6"].map(story);
const ids = (result: { lead: { id: string } | null; top: { id: string }[] }) => [result.lead?.id ?? null, ...result.top.map((item) => item.id)];

describe("the front page's slots", () => {
  it("without an arrangement, leads with the latest story and follows with the next four", () => {
    assert.deepEqual(ids(fillSlots(null, now, new Map(), latest)), ["n1", "n2", "n3", "n4", "n5"]);
    assert.deepEqual(ids(fillSlots(null, now, new Map(), [])), [null]);
  });

  it("keeps placed stories in their slots, in order, and never shows a story twice", () => {
    const layout: FrontPageLayout = { lead: { articleId: "a", until: null }, top: [{ articleId: "b", until: null }, { articleId: "n1", until: null }], blocks: [] };
    const held = new Map([["a", story("a")], ["b", story("b")], ["n1", story("n1")]]);
    assert.deepEqual(ids(fillSlots(layout, now, held, latest)), ["a", "b", "n1"]);
  });

  it("falls back to the latest story not on the page once a pin's time has passed", () => {
    const layout: FrontPageLayout = {
      lead: { articleId: "a", until: "2026-12-06T11:59:59Z" },
      top: [{ articleId: "b", until: "2026-12-06T12:30:00Z" }, { articleId: "n1", until: null }],
      blocks: [],
    };
    assert.deepEqual(heldStoryIds(layout, now), ["b", "n1"]);
    const held = new Map([["b", story("b")], ["n1", story("n1")]]);
    assert.deepEqual(ids(fillSlots(layout, now, held, latest)), ["n2", "b", "n1"]);
    assert.equal(nextPinEnd(layout, now)?.toISOString(), "2026-12-06T12:30:00.000Z");
    assert.equal(nextPinEnd(layout, new Date("2026-12-06T13:00:00Z")), null);
  });

  it("fills the slot of a story unpublished since with the latest", () => {
    const layout: FrontPageLayout = { lead: { articleId: "gone", until: null }, top: [], blocks: [] };
    assert.deepEqual(ids(fillSlots(layout, now, new Map(), latest)), ["n1"]);
  });
});
