import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BodyTooLarge, isCrossSiteFormPost, parseFields, readBodyWithLimit } from "./body";

const post = (body: BodyInit | null, headers: Record<string, string> = {}) =>
  new Request("http://localhost:3000/api/articles/x/replies", { method: "POST", body, headers, duplex: "half" } as RequestInit);

describe("request bodies with a ceiling", () => {
  it("reads a body under the limit", async () => {
    assert.equal(new TextDecoder().decode(await readBodyWithLimit(post("hello"), 10)), "hello");
  });

  it("refuses a declared length over the limit without reading it", async () => {
    await assert.rejects(readBodyWithLimit(post("x".repeat(20), { "content-length": "20" }), 10), BodyTooLarge);
  });

  it("counts a streamed body that declares no length", async () => {
    const stream = new ReadableStream({
      start(controller) {
        for (let i = 0; i < 5; i++) controller.enqueue(new Uint8Array(8));
        controller.close();
      },
    });
    await assert.rejects(readBodyWithLimit(post(stream), 30), BodyTooLarge);
  });

  it("parses JSON objects and forms, and nothing else", async () => {
    const bytes = (text: string) => new TextEncoder().encode(text);
    assert.deepEqual(await parseFields(bytes('{"name":"A"}'), "application/json"), { name: "A" });
    assert.deepEqual(await parseFields(bytes("name=A&body=B"), "application/x-www-form-urlencoded; charset=utf-8"), { name: "A", body: "B" });
    assert.equal(await parseFields(bytes("[1,2]"), "application/json"), null);
    assert.equal(await parseFields(bytes("null"), "application/json"), null);
    assert.equal(await parseFields(bytes("{"), "application/json"), null);
    assert.equal(await parseFields(new Uint8Array([0x7b, 0xff, 0x7d]), "application/json"), null);
    assert.equal(await parseFields(bytes("name=A"), "text/plain"), null);
    assert.equal(await parseFields(bytes("x"), "multipart/form-data"), null);
  });
});

describe("cross-site form posts", () => {
  const site = "https://news.example";
  it("refuses a form posted from another site", () => {
    assert.equal(isCrossSiteFormPost(post("a=1", { "content-type": "application/x-www-form-urlencoded", origin: "http://evil.example" }), site), true);
    assert.equal(isCrossSiteFormPost(post("a=1", { "content-type": "text/plain", origin: "null" }), site), true);
    assert.equal(isCrossSiteFormPost(post("a=1", { "content-type": "multipart/form-data; boundary=x", "sec-fetch-site": "cross-site" }), site), true);
  });

  it("accepts this site's own forms, scripts without an Origin, and JSON", () => {
    assert.equal(isCrossSiteFormPost(post("a=1", { "content-type": "application/x-www-form-urlencoded", origin: "https://news.example" }), site), false);
    assert.equal(isCrossSiteFormPost(post("a=1", { "content-type": "application/x-www-form-urlencoded", origin: "http://localhost:3000", host: "localhost:3000" }), site), false);
    assert.equal(isCrossSiteFormPost(post("a=1", { "content-type": "application/x-www-form-urlencoded" }), site), false);
    assert.equal(isCrossSiteFormPost(post("{}", { "content-type": "application/json", origin: "http://evil.example" }), site), false);
  });
});
