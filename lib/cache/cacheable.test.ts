import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { fromCacheable, toCacheable } from "./cacheable";

describe("cacheable values", () => {
  it("survive a JSON round trip with their dates", () => {
    const value = { title: "A", publishedAt: new Date("2026-11-27T08:00:00.000Z"), tags: [{ at: new Date(0) }], note: null, n: 3 };
    const back = fromCacheable<typeof value>(JSON.parse(JSON.stringify(toCacheable(value))));
    assert.deepEqual(back, value);
    assert.ok(back.publishedAt instanceof Date);
  });

  it("read the same whether or not they went through JSON (cache hit or miss)", () => {
    const value = [{ when: new Date(5) }];
    assert.deepEqual(fromCacheable(toCacheable(value)), fromCacheable(JSON.parse(JSON.stringify(toCacheable(value)))));
  });

  it("leave undefined fields out, as JSON does", () => {
    assert.deepEqual(toCacheable({ a: undefined, b: 1 }), { b: 1 });
  });
});
