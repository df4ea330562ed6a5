import assert from "node:assert/strict";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import sharp from "sharp";
import { focalCrop, shareCardOf } from "./share-card";
import { localStorage } from "./storage";

/** A square photograph, grey, with a red band along its bottom fifth: what the editor marked. */
function squareWithRedFoot(side = 1000): Promise<Buffer> {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}"><rect width="100%" height="100%" fill="#808080"/><rect y="${side * 0.8}" width="100%" height="${side * 0.2}" fill="#ff0000"/></svg>`;
  return sharp(Buffer.from(svg)).jpeg().toBuffer();
}

async function pixel(jpeg: Buffer, x: number, y: number): Promise<[number, number, number]> {
  const { data, info } = await sharp(jpeg).raw().toBuffer({ resolveWithObject: true });
  const at = (y * info.width + x) * info.channels;
  return [data[at]!, data[at + 1]!, data[at + 2]!];
}
const isRed = ([r, g, b]: number[]) => r! > 200 && g! < 60 && b! < 60;

describe("focalCrop", () => {
  it("centres the window on the focal point, within the image's edges", () => {
    assert.deepEqual(focalCrop({ width: 1000, height: 1000 }, { width: 1200, height: 630 }, { x: 50, y: 50 }), { width: 1200, height: 1200, left: 0, top: 285 });
    assert.deepEqual(focalCrop({ width: 1000, height: 1000 }, { width: 1200, height: 630 }, { x: 50, y: 90 }), { width: 1200, height: 1200, left: 0, top: 570 });
    assert.deepEqual(focalCrop({ width: 1000, height: 1000 }, { width: 1200, height: 630 }, { x: 50, y: 0 }).top, 0);
    // A wide panorama is cut left and right instead.
    assert.deepEqual(focalCrop({ width: 3000, height: 630 }, { width: 1200, height: 630 }, { x: 10, y: 50 }), { width: 3000, height: 630, left: 0, top: 0 });
    assert.deepEqual(focalCrop({ width: 3000, height: 630 }, { width: 1200, height: 630 }, { x: 60, y: 50 }).left, 1200);
  });
});

describe("shareCardOf", () => {
  const folders: string[] = [];
  after(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

  it("keeps the focal point in the 1200 × 630 card, which a centre crop would cut away", async () => {
    const folder = await mkdtemp(path.join(tmpdir(), "gazette-share-card-"));
    folders.push(folder);
    const storage = localStorage(folder);
    await storage.put("2026/12/square.jpg", await squareWithRedFoot(), "image/jpeg");
    const url = "/uploads/2026/12/square.jpg";

    const marked = (await shareCardOf({ url, focalX: 50, focalY: 90 }, storage))!;
    assert.deepEqual([(await sharp(marked).metadata()).width, (await sharp(marked).metadata()).height], [1200, 630]);
    // The focal point (90 % down the photograph: row 1,080 of 1,200 once scaled) is in the card, at
    // row 510, as far towards the middle as the photograph's bottom edge allows; the red band with it.
    assert.ok(isRed(await pixel(marked, 600, 510)), "the focal point is in the card");
    assert.ok(isRed(await pixel(marked, 600, 620)));
    assert.ok(!isRed(await pixel(marked, 600, 10)));

    // Centred (the default focal point), the band is cut away entirely.
    const centred = (await shareCardOf({ url, focalX: 50, focalY: 50 }, storage))!;
    for (const y of [10, 315, 620]) assert.ok(!isRed(await pixel(centred, 600, y)), `no red at y=${y} of a centre crop`);

    assert.equal(await shareCardOf({ url: "/uploads/2026/12/missing.jpg", focalX: 50, focalY: 50 }, storage), null);
  });
});
