import assert from "node:assert/strict";
import { beforeEach, describe, it } from "node:test";
import { beginScheduledPublishRead, forgetScheduledPublish, rememberedScheduledPublish } from "./schedule-memo";

const NOW = Date.parse("2026-06-01T12:00:00Z");
const at = (offsetMs: number) => new Date(NOW + offsetMs);

describe("the remembered next scheduled publish", () => {
  beforeEach(() => forgetScheduledPublish());

  it("is remembered after a read, for ten seconds at most", () => {
    assert.equal(rememberedScheduledPublish(NOW), null);
    beginScheduledPublishRead(NOW)(at(3_600_000));
    assert.deepEqual(rememberedScheduledPublish(NOW + 9_999), { value: at(3_600_000) });
    assert.equal(rememberedScheduledPublish(NOW + 10_000), null);
  });

  it("remembers that nothing is scheduled", () => {
    beginScheduledPublishRead(NOW)(null);
    assert.deepEqual(rememberedScheduledPublish(NOW + 1), { value: null });
  });

  it("is forgotten when the time it names has come", () => {
    beginScheduledPublishRead(NOW)(at(2_000));
    assert.deepEqual(rememberedScheduledPublish(NOW + 1_999), { value: at(2_000) });
    assert.equal(rememberedScheduledPublish(NOW + 2_000), null);
  });

  it("is forgotten by a write, and a read that began before the write stores nothing", () => {
    beginScheduledPublishRead(NOW)(at(60_000));
    const slowRead = beginScheduledPublishRead(NOW);
    forgetScheduledPublish();
    assert.equal(rememberedScheduledPublish(NOW), null);
    slowRead(at(60_000));
    assert.equal(rememberedScheduledPublish(NOW), null);
  });

  it("is one memory per process, even with a second copy of the module (Next.js has one per route bundle)", async () => {
    const specifier = `${import.meta.url}?second-copy`;
    const copy = (await import(specifier.replace(".test.ts", ".ts"))) as typeof import("./schedule-memo");
    beginScheduledPublishRead(NOW)(at(60_000));
    assert.deepEqual(copy.rememberedScheduledPublish(NOW), { value: at(60_000) });
    copy.forgetScheduledPublish();
    assert.equal(rememberedScheduledPublish(NOW), null);
  });
});
