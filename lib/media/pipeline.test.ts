// The one upload path, on both storages (the bucket is a real S3-compatible server, s3rver).
import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { startS3TestServer, type S3TestServer } from "../../scripts/lib/s3-test-server";
import { checkImageType, imageKeys, processAndStoreImage, responsiveSources, UploadError } from "./pipeline";
import { localStorage, s3Storage, StorageUnavailableError, type MediaStorage } from "./storage";
import { jpegWithGps, pngBomb } from "./test-images";

Object.assign(process.env, { AWS_ACCESS_KEY_ID: "S3RVER", AWS_SECRET_ACCESS_KEY: "S3RVER" });
const limits = { maxBytes: 5 * 1024 * 1024, maxPixels: 50_000_000 };

let s3: S3TestServer;
let folder: string;
before(async () => {
  s3 = await startS3TestServer({ port: 0 });
  folder = await mkdtemp(path.join(tmpdir(), "gazette-pipeline-"));
});
after(async () => {
  await s3.stop();
  await rm(folder, { recursive: true, force: true });
});

async function allKeys(storage: MediaStorage) {
  const keys: string[] = [];
  for await (const object of storage.list()) keys.push(object.key);
  return keys.sort();
}

for (const kind of ["local", "s3"] as const) {
  describe(`uploads into ${kind} storage`, () => {
    const storage = () => (kind === "local" ? localStorage(folder) : s3Storage({ bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true }));

    it("keeps readers' copies free of every metadata block, at every width and format, and the original for editors", async () => {
      const store = storage();
      const photo = await jpegWithGps(1600, 1000);
      const stored = await processAndStoreImage(store, photo, { ...limits, filename: "harbour.JPG", now: new Date("2026-12-06T10:00:00Z") });
      assert.match(stored.url, /^\/uploads\/2026\/12\/[0-9a-f-]{36}\.jpg$/);
      assert.equal(stored.mime, "image/jpeg");
      assert.deepEqual([stored.width, stored.height], [1600, 1000]);
      assert.equal(stored.variantWidths, "400,800,1200,1600");
      assert.match(stored.originalMetadata, /GPS location/);
      assert.match(stored.originalMetadata, /camera serial number/);
      assert.match(stored.originalMetadata, /XMP/);

      const keys = imageKeys(stored);
      assert.deepEqual(keys.slice().sort(), (await allKeys(store)).filter((key) => keys.includes(key)).sort(), "every key it names is there");
      assert.equal(keys.length, 1 + 4 * 3 - 1 + 1); // main, 4 widths × AVIF/WebP/JPEG less the main's twin, the original
      for (const key of keys.filter((key) => !key.startsWith("originals/"))) {
        const bytes = (await store.get(key))!;
        const metadata = await sharp(bytes).metadata();
        assert.equal(metadata.exif, undefined, `${key} has no EXIF`);
        assert.equal(metadata.xmp, undefined, `${key} has no XMP`);
        assert.equal(metadata.iptc, undefined, `${key} has no IPTC`);
        assert.equal(metadata.icc, undefined, `${key} has no ICC profile`);
        assert.ok(!bytes.includes(Buffer.from("SN-3019-7788")), `${key} has no serial number anywhere`);
      }
      const original = await sharp((await store.get(stored.originalKey))!).metadata();
      assert.ok(original.exif, "the original is kept as uploaded");

      const sources = responsiveSources(stored, (url) => `https://cdn.example${url}`)!;
      assert.equal(sources.sources[0]!.type, "image/avif");
      assert.match(sources.sources[0]!.srcSet, /-400\.avif 400w, .*-1600\.avif 1600w$/);
      assert.match(sources.srcSet, /^https:\/\/cdn\.example\/uploads\/.*-400\.jpg 400w/);
      assert.ok(sources.srcSet.endsWith(`https://cdn.example${stored.url} 1600w`));

      await store.delete(keys);
      assert.deepEqual((await allKeys(store)).filter((key) => keys.includes(key)), [], "deleting an image deletes its variants and original");
    });

    it("refuses a decompression bomb from its header, before decoding it", async () => {
      const started = process.memoryUsage().rss;
      await assert.rejects(processAndStoreImage(storage(), pngBomb(50_000), { ...limits, filename: "innocent.png" }), (error: Error) => error instanceof UploadError && /declares 50,000 × 50,000 pixels; images can be at most 50 megapixels/.test(error.message));
      assert.ok(process.memoryUsage().rss - started < 200 * 1024 * 1024, "nothing was decoded");
    });
  });
}

describe("an image's type", () => {
  it("comes from its bytes; a name that lies is refused in words", async () => {
    const png = await sharp({ create: { width: 4, height: 4, channels: 3, background: "#123456" } }).png().toBuffer();
    assert.equal(await checkImageType(png, "chart.png"), "image/png");
    assert.equal(await checkImageType(png, "blob"), "image/png");
    await assert.rejects(checkImageType(png, "chart.jpg"), /“chart\.jpg” is named as a JPEG image but its contents are a PNG image/);
    await assert.rejects(checkImageType(Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n"), "scan.jpg"), /“scan\.jpg” is not really a JPEG image, whatever its name says: its contents are PDF/);
    await assert.rejects(checkImageType(Buffer.from("<script>alert(1)</script>"), "x.png"), /not really a PNG image/);
    await assert.rejects(checkImageType(Buffer.from("hello"), "notes.txt"), /“notes\.txt” is not an image/);
  });

  it("refuses empty and oversized files with their sizes", async () => {
    await assert.rejects(processAndStoreImage(localStorage(folder), Buffer.alloc(0), limits), /empty/);
    await assert.rejects(processAndStoreImage(localStorage(folder), Buffer.alloc(2 * 1024 * 1024, 1), { ...limits, maxBytes: 1024 * 1024 }), /at most 1 MB; this one is 2\.0 MB/);
  });
});

describe("a storage outage", () => {
  it("is reported as such and leaves nothing half-written", async () => {
    const store = s3Storage({ bucket: "no-such-bucket", region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true });
    await assert.rejects(processAndStoreImage(store, await jpegWithGps(500, 300), limits), StorageUnavailableError);
  });
});
