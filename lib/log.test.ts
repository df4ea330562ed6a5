import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { pathOf, requestIdFrom, thrownOutcome } from "./log";

describe("log helpers", () => {
  it("keeps a proxy's request id and refuses one that could forge log lines", () => {
    assert.equal(requestIdFrom(new Headers({ "x-request-id": "4f1c2b9e0a" })), "4f1c2b9e0a");
    const forged = requestIdFrom(new Headers({ "x-request-id": 'x" , "level": 60' }));
    assert.match(forged, /^[0-9a-f-]{36}$/);
    assert.match(requestIdFrom(new Headers()), /^[0-9a-f-]{36}$/);
  });
  it("reads the path of a Referer", () => {
    assert.equal(pathOf("https://news.example.com/dashboard/articles/1?x=1"), "/dashboard/articles/1");
    assert.equal(pathOf(null), undefined);
  });
  it("tells Next's redirect and not-found signals from errors", () => {
    assert.deepEqual(thrownOutcome({ digest: "NEXT_REDIRECT;replace;/dashboard;303;" }), { status: 303, error: false });
    assert.deepEqual(thrownOutcome({ digest: "NEXT_REDIRECT;push;/search?q=a;b;307;" }), { status: 307, error: false });
    assert.deepEqual(thrownOutcome({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" }), { status: 404, error: false });
    assert.deepEqual(thrownOutcome(new Error("boom")), { status: 500, error: true });
  });
});
