import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { DASHBOARD_ACTION_MAX_BYTES, READER_ACTION_MAX_BYTES, refuseActionRequest } from "./action-guard";

const call = (pathname: string, headers: Record<string, string>, method = "POST") => refuseActionRequest({ method, pathname, headers: new Headers(headers) });

describe("server action calls refused before Next.js", () => {
  it("lets this site's own forms through", () => {
    assert.equal(call("/articles/a", { host: "news.example", origin: "https://news.example", "content-length": "900" }), null);
    assert.equal(call("/dashboard/articles/new", { host: "localhost:3000", origin: "http://localhost:3000", "content-length": String(5 * 1024 * 1024) }), null);
    assert.equal(call("/articles/a", { host: "internal:3000", "x-forwarded-host": "news.example", origin: "https://news.example", "content-length": "10" }), null);
    assert.equal(call("/articles/a", { host: "news.example", "content-length": "0" }), null);
  });

  it("refuses bodies over the limit of the page they are posted to", () => {
    assert.equal(call("/articles/a", { host: "h", "content-length": String(READER_ACTION_MAX_BYTES + 1) })?.status, 413);
    assert.equal(call("/dashboard/profile", { host: "h", "content-length": String(DASHBOARD_ACTION_MAX_BYTES + 1) })?.status, 413);
  });

  it("refuses bodies sent without their length (chunked), which could only be measured by reading them", () => {
    assert.equal(call("/articles/a", { host: "h", "transfer-encoding": "chunked" })?.status, 411);
    assert.equal(call("/dashboard/profile", { host: "h", "content-length": "12, 13" })?.status, 411);
  });

  it("refuses posts from other sites, opaque origins and nonsense", () => {
    assert.equal(call("/dashboard/users", { host: "news.example", origin: "http://evil.example" })?.status, 403);
    assert.equal(call("/articles/a", { host: "news.example", origin: "null" })?.status, 403);
    assert.equal(call("/articles/a", { host: "news.example", origin: "not a url" })?.status, 403);
  });

  it("leaves other methods alone", () => {
    assert.equal(call("/articles/a", { host: "h", origin: "http://evil.example" }, "GET"), null);
  });
});
