// The migrate command's core against a real S3-compatible server (s3rver): copies, resumes, checks.
import assert from "node:assert/strict";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, it } from "node:test";
import { startS3TestServer, type S3TestServer } from "../../scripts/lib/s3-test-server";
import { migrateMedia } from "./migrate";
import { localStorage, s3Storage } from "./storage";

Object.assign(process.env, { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" });
let s3: S3TestServer;
let folder: string;
before(async () => {
  s3 = await startS3TestServer({ port: 0 });
  folder = await mkdtemp(path.join(tmpdir(), "gazette-migrate-"));
});
after(async () => {
  await s3.stop();
  await rm(folder, { recursive: true, force: true });
});

it("copies a folder into the bucket once, checks each copy, goes on after a stop and repairs a damaged object", async () => {
  await mkdir(path.join(folder, "2026", "11"), { recursive: true });
  await mkdir(path.join(folder, "originals", "2026", "11"), { recursive: true });
  await writeFile(path.join(folder, "2026", "11", "a.jpg"), "jpeg a");
  await writeFile(path.join(folder, "2026", "11", "a-400.webp"), "webp a");
  await writeFile(path.join(folder, "originals", "2026", "11", "a.jpg"), "original a");
  await writeFile(path.join(folder, "2026", "11", "bad name!.png"), "skipped");
  const from = localStorage(folder);
  const to = s3Storage({ bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true });

  // As if a first run had stopped after one object, and another had been damaged (same key, other bytes).
  await to.put("2026/11/a.jpg", Buffer.from("jpeg a"), "image/jpeg");
  await to.put("2026/11/a-400.webp", Buffer.from("webp b"), "image/webp");
  const first = await migrateMedia(from, to);
  assert.deepEqual({ ...first, skipped: first.skipped.length }, { copied: 2, alreadyThere: 1, skipped: 1, failed: [] });
  assert.equal((await to.get("2026/11/a-400.webp"))?.toString(), "webp a", "the damaged copy (same size, other MD5) was replaced");
  assert.equal((await to.get("originals/2026/11/a.jpg"))?.toString(), "original a");

  const again = await migrateMedia(from, to);
  assert.deepEqual({ copied: again.copied, alreadyThere: again.alreadyThere }, { copied: 0, alreadyThere: 3 });
});
