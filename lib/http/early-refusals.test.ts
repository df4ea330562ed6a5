import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { earlyRefusal } from "./early-refusals";

describe("requests refused before Next.js", () => {
  it("refuses paths whose percent-encoding is not UTF-8", () => {
    for (const url of ["/tag/%", "/articles/%C0%AF", "/category/%ED%A0%80", "/authors/%FF%FE/feed.xml", "/%%"]) {
      assert.equal(earlyRefusal({ method: "GET", url, headers: {} })?.status, 400, url);
    }
  });

  it("lets ordinary and well-encoded paths through, whatever the query string", () => {
    for (const url of ["/", "/articles/harbour-tolls", "/tag/caf%C3%A9", "/search?q=%ED%A0%80", "/?page=%"]) {
      assert.equal(earlyRefusal({ method: "GET", url, headers: {} }), null, url);
    }
  });

  it("applies the server action guard only to server action calls", () => {
    const big = { host: "h", "content-length": String(1024 * 1024) };
    assert.equal(earlyRefusal({ method: "POST", url: "/articles/a", headers: { ...big, "next-action": "abc" } })?.status, 413);
    assert.equal(earlyRefusal({ method: "POST", url: "/articles/a", headers: big }), null);
    assert.equal(earlyRefusal({ method: "POST", url: "/dashboard", headers: { host: "h", origin: "http://evil.example", "next-action": "abc" } })?.status, 403);
  });
});
