import assert from "node:assert/strict";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { brotliSettled, compressedCacheSize, compressResponse } from "./compression";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

// A server whose handler answers like Next.js does: headers set, then the whole body in end(), or
// written in pieces for a streamed page.
let page = "<!doctype html><p>" + "The harbour budget passed. ".repeat(200) + "</p>";
const server = http.createServer((request, response) =>
  compressResponse(request, response, () => {
    const url = request.url ?? "/";
    response.setHeader("Content-Type", url === "/feed" ? "application/rss+xml" : "text/html; charset=utf-8");
    response.setHeader("Vary", "rsc");
    if (url === "/cached" || url === "/no-transform") {
      response.setHeader("Cache-Control", url === "/cached" ? "s-maxage=60, stale-while-revalidate=86340" : "s-maxage=60, no-transform");
      response.end(page);
    } else if (url === "/streamed") {
      response.setHeader("Cache-Control", "s-maxage=60");
      response.write(page.slice(0, 2000));
      response.end(page.slice(2000));
    } else {
      response.setHeader("Cache-Control", "private, no-store");
      response.end(page);
    }
  }),
);

function get(path: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br" }, method = "GET"): Promise<Reply> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .request({ port, path, headers, method }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

const decoders: Record<string, (body: Buffer) => Buffer> = { gzip: gunzipSync, br: brotliDecompressSync };
const text = (reply: Reply) => (decoders[String(reply.headers["content-encoding"])] ?? ((body: Buffer) => body))(reply.body).toString("utf8");
const GZIP_ONLY = { "accept-encoding": "gzip" };

describe("response compression", () => {
  before(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  after(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it("sends a page that is the same for every reader as gzip, compressed once per content", async () => {
    const before = compressedCacheSize();
    const first = await get("/cached", GZIP_ONLY);
    assert.equal(first.headers["content-encoding"], "gzip");
    assert.equal(Number(first.headers["content-length"]), first.body.length);
    assert.match(String(first.headers.vary), /^rsc, Accept-Encoding$/);
    assert.equal(text(first), page);
    const second = await get("/cached", GZIP_ONLY);
    assert.deepEqual(second.body, first.body);
    assert.equal(compressedCacheSize(), before + 1, "the second answer reused the first compression");

    page = page.replace("passed", "failed");
    const changed = await get("/cached", GZIP_ONLY);
    assert.equal(text(changed), page, "a changed page is never answered with the old one");
    assert.equal(compressedCacheSize(), before + 2);
  });

  it("gives a browser that offers brotli the gzip at first, and brotli once it is made from the second request on", async () => {
    page = page.replace("budget", "brotli budget");
    const first = await get("/cached");
    assert.equal(first.headers["content-encoding"], "gzip", "brotli is not waited for");
    assert.equal(text(first), page);
    await brotliSettled();
    assert.equal((await get("/cached")).headers["content-encoding"], "gzip", "a body seen once costs no brotli");
    await brotliSettled();
    const third = await get("/cached");
    assert.equal(third.headers["content-encoding"], "br");
    assert.equal(Number(third.headers["content-length"]), third.body.length);
    assert.match(String(third.headers.vary), /^rsc, Accept-Encoding$/);
    assert.equal(text(third), page);
    assert.ok(third.body.length < first.body.length, `brotli ${third.body.length} B, gzip ${first.body.length} B`);
    const size = compressedCacheSize();
    assert.deepEqual((await get("/cached")).body, third.body);
    assert.equal(compressedCacheSize(), size, "the next answer compressed nothing");
    // The reader's preferences count: gzip-only, or gzip preferred, gets gzip; brotli alone gets brotli.
    assert.equal((await get("/cached", GZIP_ONLY)).headers["content-encoding"], "gzip");
    assert.equal((await get("/cached", { "accept-encoding": "gzip;q=1, br;q=0.5" })).headers["content-encoding"], "gzip");
    const brotliOnly = await get("/cached", { "accept-encoding": "br" });
    assert.equal(brotliOnly.headers["content-encoding"], "br");
    assert.equal(text(brotliOnly), page);
  });

  it("compresses everything else as Next.js would, and leaves alone what it should", async () => {
    for (const path of ["/private", "/streamed", "/feed"]) {
      const reply = await get(path, { "accept-encoding": "gzip" });
      assert.equal(reply.headers["content-encoding"], "gzip", path);
      assert.equal(text(reply), page, path);
    }
    // The middleware prefers brotli when a browser offers it.
    assert.equal((await get("/private")).headers["content-encoding"], "br");
    const noTransform = await get("/no-transform");
    assert.equal(noTransform.headers["content-encoding"], undefined);
    assert.equal(text(noTransform), page);
    const plain = await get("/cached", {});
    assert.equal(plain.headers["content-encoding"], undefined, "no Accept-Encoding: the page as it is");
    assert.equal(text(plain), page);
    const refused = await get("/cached", { "accept-encoding": "gzip;q=0, identity" });
    assert.equal(refused.headers["content-encoding"], undefined);
    const head = await get("/cached", { "accept-encoding": "gzip" }, "HEAD");
    assert.equal(head.body.length, 0);
  });
});
