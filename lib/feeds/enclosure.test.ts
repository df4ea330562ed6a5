import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { imageEnclosure, imageMimeType } from "./enclosure";

describe("imageEnclosure", () => {
  const url = "https://news.example/uploads/abc.jpg";

  it("takes the type and the byte length from the media record", () => {
    assert.deepEqual(imageEnclosure(url, { mime: "image/jpeg", byteSize: 48_213 }, null), { url, type: "image/jpeg", length: 48_213 });
  });

  it("uses the stored file's size when the record has none", () => {
    assert.deepEqual(imageEnclosure(url, { mime: "image/jpeg", byteSize: null }, 1234), { url, type: "image/jpeg", length: 1234 });
    assert.deepEqual(imageEnclosure(url, undefined, 99), { url, type: "image/jpeg", length: 99 });
  });

  it("never says image/jpg, which is not a registered type", () => {
    assert.equal(imageMimeType("image/jpg", url), "image/jpeg");
    assert.equal(imageMimeType(null, url), "image/jpeg");
    assert.equal(imageMimeType(null, "https://x.example/a.JPEG?w=2"), "image/jpeg");
    assert.equal(imageMimeType("image/webp", url), "image/webp");
    assert.equal(imageMimeType(null, "https://x.example/a.png"), "image/png");
    assert.equal(imageMimeType(null, "https://x.example/image"), "application/octet-stream");
  });
});
