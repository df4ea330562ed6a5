import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { brotliDecompressSync, gunzipSync } from "node:zlib";
import { createStaticAssets } from "./static-assets";

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer };

const root = mkdtempSync(path.join(tmpdir(), "gazette-static-"));
const directory = path.join(root, "static");
mkdirSync(path.join(directory, "chunks"), { recursive: true });
const script = `console.log(${JSON.stringify("a reader's script ".repeat(400))});\n`;
const stylesheet = `.masthead{color:#a4161a}\n`.repeat(300);
writeFileSync(path.join(directory, "chunks", "0abc_def-1.js"), script);
writeFileSync(path.join(directory, "chunks", "1xyz.css"), stylesheet);
writeFileSync(path.join(root, "secret.js"), "outside the build");

const assets = createStaticAssets(directory);
// Next.js's stand-in: whatever the assets do not answer.
const server = http.createServer((request, response) => {
  if (assets.serve(request, response)) return;
  response.writeHead(200, { "Content-Type": "text/plain" });
  response.end("answered by Next.js");
});

function get(pathname: string, headers: Record<string, string> = { "accept-encoding": "gzip, deflate, br, zstd" }, method = "GET"): Promise<Reply> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    http
      .request({ port, path: pathname, headers, method }, (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks) }));
      })
      .on("error", reject)
      .end();
  });
}

const NEXT = "answered by Next.js";

describe("the build's scripts and stylesheets", () => {
  before(() => new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve)));
  after(() => {
    server.close();
    rmSync(root, { recursive: true, force: true });
  });

  it("are Next.js's to answer until compressed, then answered from memory as brotli or gzip, immutable", async () => {
    const first = await get("/_next/static/chunks/0abc_def-1.js");
    assert.equal(first.body.toString(), NEXT);
    await assets.settled();
    const br = await get("/_next/static/chunks/0abc_def-1.js?dpl=abc");
    assert.equal(br.headers["content-encoding"], "br");
    assert.equal(br.headers["content-type"], "application/javascript; charset=UTF-8");
    assert.equal(br.headers["cache-control"], "public, max-age=31536000, immutable");
    assert.equal(br.headers.vary, "Accept-Encoding");
    assert.equal(Number(br.headers["content-length"]), br.body.length);
    assert.equal(brotliDecompressSync(br.body).toString(), script);

    const gzip = await get("/_next/static/chunks/0abc_def-1.js", { "accept-encoding": "gzip" });
    assert.equal(gzip.headers["content-encoding"], "gzip");
    assert.equal(gunzipSync(gzip.body).toString(), script);
    assert.equal((await get("/_next/static/chunks/0abc_def-1.js", { "accept-encoding": "gzip, br;q=0.5" })).headers["content-encoding"], "gzip");
    // No compression asked for, a range, or a method other than GET and HEAD: Next.js answers.
    assert.equal((await get("/_next/static/chunks/0abc_def-1.js", {})).body.toString(), NEXT);
    assert.equal((await get("/_next/static/chunks/0abc_def-1.js", { "accept-encoding": "br", range: "bytes=0-10" })).body.toString(), NEXT);
    assert.equal((await get("/_next/static/chunks/0abc_def-1.js", { "accept-encoding": "br" }, "POST")).body.toString(), NEXT);
    const head = await get("/_next/static/chunks/0abc_def-1.js", { "accept-encoding": "br" }, "HEAD");
    assert.equal(head.body.length, 0);
    assert.equal(Number(head.headers["content-length"]), br.body.length);

    await get("/_next/static/chunks/1xyz.css");
    await assets.settled();
    const css = await get("/_next/static/chunks/1xyz.css");
    assert.equal(css.headers["content-type"], "text/css; charset=UTF-8");
    assert.equal(brotliDecompressSync(css.body).toString(), stylesheet);
    assert.equal(assets.size(), 2);
  });

  it("are read from the build's folder only, and nothing is kept for a file that is not there", async () => {
    // Listed once, with the first request: a file that appears later is not the build's.
    writeFileSync(path.join(directory, "chunks", "late.js"), script);
    for (const pathname of [
      "/_next/static/../secret.js",
      "/_next/static/chunks/../../secret.js",
      "/_next/static/%2e%2e/secret.js",
      "/_next/static/chunks/missing.js",
      "/_next/static/chunks/0abc_def-1.js.map",
      "/_next/static//chunks/1xyz.css",
      "/_next/static/chunks/0ABC_DEF-1.js",
      "/_next/static/chunks/late.js",
    ]) {
      assert.equal((await get(pathname)).body.toString(), NEXT, pathname);
      await assets.settled();
      assert.equal((await get(pathname)).body.toString(), NEXT, pathname);
    }
    assert.equal(assets.size(), 2);
  });
});
