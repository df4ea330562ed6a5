import assert from "node:assert/strict";
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { SharedCacheStore, entryTags } from "./shared-cache.mjs";

// Two stores (two instances of a fleet) on one real Redis, on a Unix socket of its own (no port to
// collide with). Skipped only where Debian's redis-server is not installed; CI installs it.
const hasRedis = spawnSync("redis-server", ["--version"]).status === 0;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const quiet = { info: () => {}, warn: () => {} };

describe("shared cache store", { skip: !hasRedis && "redis-server is not installed" }, () => {
  let dir: string;
  let redis: ChildProcess;
  let socketPath: string;
  const stores: SharedCacheStore[] = [];

  async function startRedis() {
    redis = spawn("redis-server", ["--port", "0", "--unixsocket", socketPath, "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    for (let i = 0; i < 50 && spawnSync("redis-cli", ["-s", socketPath, "ping"]).stdout?.toString().trim() !== "PONG"; i++) await sleep(100);
  }
  async function store(options: { log?: { info: (f: object, m: string) => void; warn: (f: object, m: string) => void } } = {}) {
    const created = new SharedCacheStore({ socketPath, buildId: "test", log: options.log ?? quiet });
    stores.push(created);
    await created.connecting;
    for (let i = 0; i < 50 && !created.ready; i++) await sleep(50);
    return created;
  }

  before(async () => {
    dir = mkdtempSync(path.join(tmpdir(), "gazette-shared-cache-"));
    socketPath = path.join(dir, "redis.sock");
    await startRedis();
  });
  after(async () => {
    for (const created of stores) await created.close();
    redis.kill();
    rmSync(dir, { recursive: true, force: true });
  });

  it("an entry set by one instance is served by another, Buffers and Maps intact", async () => {
    const [one, two] = [await store(), await store()];
    const value = { kind: "APP_PAGE", html: "<h1>A</h1>", rscData: Buffer.from("rsc"), segmentData: new Map([["/a", Buffer.from("s")]]), headers: { "x-next-cache-tags": "article:a,articles" } };
    await one.set("/articles/a", value, entryTags(value));
    const got = await two.get("/articles/a");
    assert.ok(got);
    assert.deepEqual(got.value, value);
    assert.deepEqual(got.tags, ["article:a", "articles"]);
    assert.equal(typeof got.lastModified, "number");
    assert.ok(got.lastModified > 0);
  });

  it("a tag expired on one instance expires the entry on the other, including its local copy", async () => {
    const [one, two] = [await store(), await store()];
    await one.set("/articles/b", { html: "old" }, ["article:b"]);
    assert.ok(await two.get("/articles/b")); // now in two's local memory too
    await sleep(2);
    await one.expireTags(["article:b"]);
    assert.equal(await two.get("/articles/b"), null);
    // A data entry is also expired through the tags Next asks about (its soft tags).
    await one.set("data-key", { data: 1 }, []);
    await sleep(2);
    await two.expireTags(["_N_T_/articles/b"]);
    assert.equal(await one.get("data-key", ["_N_T_/articles/b"]), null);
  });

  it("a render that began before a write and is stored after it is expired by that write, on every instance", async () => {
    const [one, two] = [await store(), await store()];
    // The home page is missed on one (a render begins there, reading the footer as it is) ...
    assert.equal(await one.get("/menus-home", ["menus"]), null);
    await sleep(2);
    // ... an editor saves the footer on the other instance while that render runs ...
    await two.expireTags(["menus"]);
    await sleep(2);
    // ... and the render is stored after the save: the next reader on either instance gets a fresh render.
    await one.set("/menus-home", { html: "old footer" }, ["menus"]);
    assert.equal(await one.get("/menus-home"), null);
    assert.equal(await two.get("/menus-home"), null);
    // A render that began after the write is kept.
    await sleep(2);
    await one.set("/menus-home", { html: "new footer" }, ["menus"]);
    assert.deepEqual((await two.get("/menus-home"))?.value, { html: "new footer" });
    assert.deepEqual((await one.get("/menus-home"))?.value, { html: "new footer" });
  });

  it("an entry rendered again elsewhere replaces the local copy", async () => {
    const [one, two] = [await store(), await store()];
    await one.set("/home", { html: "v1" }, ["articles"]);
    assert.deepEqual((await two.get("/home"))?.value, { html: "v1" });
    await sleep(2);
    await one.set("/home", { html: "v2" }, ["articles"]);
    assert.deepEqual((await two.get("/home"))?.value, { html: "v2" });
  });

  it("revalidateTag with a lifetime (\"max\") keeps the entry until then: stale, not expired", async () => {
    const one = await store();
    await one.set("/swr", { html: "old" }, ["swr"]);
    await sleep(2);
    await one.expireTags(["swr"], { expire: 60 });
    assert.ok(await one.get("/swr"));
  });

  it("the local layer is bounded by size: the least recently used entries leave first", async () => {
    // No Redis behind this one: only its local layer answers.
    const alone = new SharedCacheStore({ socketPath: path.join(dir, "nobody.sock"), buildId: "test", localBytes: 4_000, log: quiet });
    stores.push(alone);
    const page = (n: number) => ({ html: `${n}`.repeat(1_500) });
    await alone.set("/1", page(1), []);
    await alone.set("/2", page(2), []);
    assert.ok(await alone.get("/1")); // now the most recently used
    await alone.set("/3", page(3), []);
    assert.ok(await alone.get("/1"));
    assert.equal(await alone.get("/2"), null);
    assert.ok(await alone.get("/3"));
    await alone.set("/huge", { html: "x".repeat(10_000) }, []);
    assert.equal(await alone.get("/huge"), null, "an entry larger than the whole layer is not kept");
  });

  it("a Redis that stopped answering for a while without dropping the connection is used again", async () => {
    const infos: string[] = [];
    const one = await store({ log: { info: (_: object, m: string) => void infos.push(m), warn: () => {} } });
    await one.set("/paused", { html: "p" }, ["paused"]);
    spawnSync("redis-cli", ["-s", socketPath, "client", "pause", "1500", "ALL"]);
    await one.get("/paused"); // times out after 500 ms: Redis counts as down
    assert.equal(one.ready, false);
    // Each look at it tries a PING (at most once a second) until Redis answers again.
    for (let i = 0; i < 50 && !one.ready; i++) await sleep(100);
    assert.equal(one.ready, true, "Redis is used again without a reconnect");
    assert.equal(infos.length, 1);
  });

  it("Redis down: readers get local copies, expirations are kept and sent when it is back, logged once", async () => {
    const warnings: string[] = [];
    const infos: string[] = [];
    const log = { info: (_: object, m: string) => void infos.push(m), warn: (_: object, m: string) => void warnings.push(m) };
    const [one, two] = [await store({ log }), await store()];
    await one.set("/down", { html: "before" }, ["down"]);
    assert.ok(await two.get("/down"));
    redis.kill("SIGKILL");
    await sleep(300);
    assert.ok(await two.get("/down"), "the local copy is served while Redis is down");
    assert.ok(await one.get("/down"));
    await sleep(2);
    const started = Date.now();
    await one.expireTags(["down"]);
    assert.ok(Date.now() - started < 600, "a write is acknowledged without waiting for Redis");
    assert.equal(await one.get("/down"), null, "the writer sees its own expiration at once");
    assert.equal(warnings.length, 1);
    await startRedis();
    for (let i = 0; i < 60 && !(one.ready && two.ready); i++) await sleep(100);
    assert.ok(one.ready && two.ready);
    await sleep(200);
    // Redis came back empty: every instance renders afresh, and the expiration made meanwhile is there.
    assert.equal(await two.get("/down"), null);
    const marks = spawnSync("redis-cli", ["-s", socketPath, "zscore", "gazette:marks", "e:down"]).stdout.toString().trim();
    assert.ok(Number(marks) >= started);
    assert.equal(warnings.length, 1, "one warning per outage");
    assert.equal(infos.length, 1);
  });
});
