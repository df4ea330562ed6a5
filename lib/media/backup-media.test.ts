// Backup and restore with media in a bucket (a real s3rver): the export sees the bucket's objects as a
// folder; a restore's folder ends up in the bucket, checked.
import assert from "node:assert/strict";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { after, before, it } from "node:test";
import { startS3TestServer, type S3TestServer } from "../../scripts/lib/s3-test-server";
import { parseEnv } from "../env";
import { withMediaForExport, withMediaForRestore } from "./backup-media";
import { storageFromEnv } from "./storage";

let s3: S3TestServer;
before(async () => {
  s3 = await startS3TestServer({ port: 0 });
});
after(() => s3.stop());

it("exports the bucket's media through a scratch folder and restores a folder into the bucket", async () => {
  Object.assign(process.env, { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" });
  const env = parseEnv({ ...s3.env });
  const bucket = storageFromEnv(env);
  await bucket.put("2026/12/x.jpg", Buffer.from("reader copy"), "image/jpeg");
  await bucket.put("originals/2026/12/x.jpg", Buffer.from("original"), "image/jpeg");
  const seen = await withMediaForExport(env, async (folder) => [await readFile(path.join(folder, "2026", "12", "x.jpg"), "utf8"), await readFile(path.join(folder, "originals", "2026", "12", "x.jpg"), "utf8")]);
  assert.deepEqual(seen, ["reader copy", "original"]);

  await bucket.delete(["2026/12/x.jpg", "originals/2026/12/x.jpg"]);
  await withMediaForRestore(env, async (folder) => {
    await mkdir(path.join(folder, "2026", "12"), { recursive: true });
    await writeFile(path.join(folder, "2026", "12", "x.jpg"), "reader copy");
  });
  assert.equal((await bucket.get("2026/12/x.jpg"))?.toString(), "reader copy");
});
