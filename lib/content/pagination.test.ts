import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { isPastEnd, pageInfo, pageWindow, parsePageParam } from "./pagination";

describe("parsePageParam", () => {
  it("reads positive whole numbers and treats anything else as page 1", () => {
    assert.equal(parsePageParam("3"), 3);
    assert.equal(parsePageParam(["2", "5"]), 2);
    for (const bad of [undefined, "", "0", "-1", "1.5", "abc", "9999999", "2e3"]) {
      assert.equal(parsePageParam(bad), 1, String(bad));
    }
  });
});

describe("pageInfo", () => {
  it("computes skip, totals and neighbours", () => {
    const info = pageInfo(pageWindow(2, 10), 25);
    assert.deepEqual(
      { skip: info.skip, take: info.take, totalPages: info.totalPages, prev: info.hasPrevious, next: info.hasNext },
      { skip: 10, take: 10, totalPages: 3, prev: true, next: true },
    );
    assert.equal(pageInfo(pageWindow(3, 10), 25).hasNext, false);
  });

  it("has one (empty) page for an empty list and knows when a page is past the end", () => {
    assert.equal(isPastEnd(pageInfo(pageWindow(1, 10), 0)), false);
    assert.equal(isPastEnd(pageInfo(pageWindow(2, 10), 0)), true);
    assert.equal(isPastEnd(pageInfo(pageWindow(4, 10), 30)), true);
  });
});
