// Both drivers answer the same way, the S3 one against a real S3-compatible server (s3rver).
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { startS3TestServer, type S3TestServer } from "../../../scripts/lib/s3-test-server";
import { parseEnv } from "../../env";
import { keyFromUrl, localStorage, publicMediaUrl, s3Storage, StorageUnavailableError, storageFromEnv, type MediaStorage } from "./index";

Object.assign(process.env, { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" });

let s3: S3TestServer;
let folder: string;
before(async () => {
  s3 = await startS3TestServer({ port: 0 });
  folder = await mkdtemp(path.join(tmpdir(), "gazette-local-media-"));
});
after(async () => {
  await s3.stop();
  await rm(folder, { recursive: true, force: true });
});

async function keys(storage: MediaStorage, prefix = "") {
  const found: string[] = [];
  for await (const object of storage.list(prefix)) found.push(`${object.key}:${object.size}`);
  return found.sort();
}

for (const kind of ["local", "s3"] as const) {
  describe(`${kind} media storage`, () => {
    const storage = () => (kind === "local" ? localStorage(folder) : storageFromEnv(parseEnv({ ...s3.env })));

    it("stores, reads, sizes, lists and deletes objects", async () => {
      const store = storage();
      assert.equal(store.kind, kind);
      await store.put("2026/12/a-400.webp", Buffer.from("four"), "image/webp");
      await store.put("2026/12/a.jpg", Buffer.from("jpeg bytes"), "image/jpeg");
      await store.put("originals/2026/12/a.jpg", Buffer.from("original"), "image/jpeg");
      assert.equal((await store.get("2026/12/a.jpg"))?.toString(), "jpeg bytes");
      assert.equal((await store.head("2026/12/a-400.webp"))?.size, 4);
      assert.deepEqual(await keys(store), ["2026/12/a-400.webp:4", "2026/12/a.jpg:10", "originals/2026/12/a.jpg:8"]);
      assert.deepEqual(await keys(store, "originals"), ["originals/2026/12/a.jpg:8"]);
      await store.delete(["2026/12/a.jpg", "2026/12/a-400.webp", "2026/12/never-there.png"]);
      assert.equal(await store.get("2026/12/a.jpg"), null);
      assert.equal(await store.head("2026/12/a-400.webp"), null);
      assert.deepEqual(await keys(store), ["originals/2026/12/a.jpg:8"]);
    });

    it("refuses keys that leave the store", async () => {
      for (const key of ["../etc/passwd", "/abs", "a/../../b", "a//b", ""]) {
        await assert.rejects(storage().put(key, Buffer.from("x"), "image/png"), /Not a media key/, key);
      }
    });
  });
}

describe("an S3 store that does not answer", () => {
  it("says so in words for the editor, quickly", async () => {
    const store = s3Storage({ bucket: "gazette-media", region: "us-east-1", endpoint: "http://127.0.0.1:9", forcePathStyle: true });
    const started = Date.now();
    await assert.rejects(store.put("2026/12/x.jpg", Buffer.from("x"), "image/jpeg"), (error: Error) => error instanceof StorageUnavailableError && /image store is not answering/.test(error.message));
    assert.ok(Date.now() - started < 15_000);
  });

  it("a missing bucket is an outage, not a missing object", async () => {
    const store = s3Storage({ bucket: "no-such-bucket", region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true });
    await assert.rejects(store.get("2026/12/x.jpg"), StorageUnavailableError);
  });
});

describe("media configuration", () => {
  it("refuses an incomplete S3 configuration with the missing variable's name", () => {
    assert.throws(() => parseEnv({ MEDIA_STORAGE: "s3" }), /S3_BUCKET[\s\S]*S3_REGION/);
    assert.throws(() => parseEnv({ MEDIA_STORAGE: "s3", S3_BUCKET: "b", S3_REGION: "r", AWS_ACCESS_KEY_ID: "k" }), /AWS_SECRET_ACCESS_KEY/);
    assert.throws(() => parseEnv({ MEDIA_STORAGE: "ftp" }), /MEDIA_STORAGE must be local or s3/);
    assert.throws(() => parseEnv({ MEDIA_STORAGE: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_ENDPOINT: "not an address" }), /S3_ENDPOINT/);
    assert.equal(parseEnv({}).MEDIA_STORAGE, "local");
    assert.equal(parseEnv({ MEDIA_STORAGE: "s3", S3_BUCKET: "b", S3_REGION: "r", S3_FORCE_PATH_STYLE: "true" }).S3_FORCE_PATH_STYLE, true);
  });

  it("gives readers the CDN's address when there is one, never for originals", () => {
    assert.equal(publicMediaUrl("/uploads/2026/12/a.jpg", "https://media.example.com"), "https://media.example.com/2026/12/a.jpg");
    assert.equal(publicMediaUrl("/uploads/2026/12/a.jpg", undefined), "/uploads/2026/12/a.jpg");
    assert.equal(publicMediaUrl("/uploads/originals/2026/12/a.jpg", "https://media.example.com"), "/uploads/originals/2026/12/a.jpg");
    assert.equal(publicMediaUrl("https://elsewhere.example/a.jpg", "https://media.example.com"), "https://elsewhere.example/a.jpg");
    assert.equal(keyFromUrl("/uploads/2026/12/a.jpg"), "2026/12/a.jpg");
    assert.equal(keyFromUrl("/uploads/../x"), null);
  });
});
