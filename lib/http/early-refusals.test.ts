import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { earlyRefusal } from "./early-refusals";

describe("requests refused before Next.js", () => {
  it("refuses paths whose percent-encoding is not UTF-8", () => {
    for (const url of ["/tag/%", "/articles/%C0%AF", "/category/%ED%A0%80", "/authors/%FF%FE/feed.xml", "/%%", "/articles/%00", "/tag/a%0Ab", "/category/%7F"]) {
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

  it("treats a form posted to a page without JavaScript as a server action call", () => {
    const form = { host: "news.example", "content-type": "multipart/form-data; boundary=x" };
    assert.equal(earlyRefusal({ method: "POST", url: "/dashboard/users", headers: { ...form, origin: "http://evil.example" } })?.status, 403);
    assert.equal(earlyRefusal({ method: "POST", url: "/login", headers: { ...form, "content-type": "application/x-www-form-urlencoded", origin: "https://news.example", "content-length": "60" } }), null);
    assert.equal(earlyRefusal({ method: "POST", url: "/articles/a", headers: { ...form, "content-length": String(200_000) } })?.status, 413);
    // Route handlers answer for themselves (the reply API, next-auth's callback).
    assert.equal(earlyRefusal({ method: "POST", url: "/api/articles/a/replies", headers: { ...form, origin: "http://evil.example" } }), null);
  });
});
