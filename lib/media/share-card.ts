// The share card of an article with a library photograph: the photograph cut to a large card's
// 1200 × 630 around its focal point, so what the editor marked as the point of interest is what a
// reader sees in a feed (platforms would otherwise centre-crop the hero's own shape). Made from the
// largest stored copy, on the first request, and cached with the article (docs/decisions/042-fleet-bucket-and-focal-crops.md).
import sharp from "sharp";
import { SHARE_IMAGE_SIZE } from "@/lib/seo/share-metadata";
import { keyFromUrl, mediaStorage, type MediaStorage } from "./storage";

type Size = { width: number; height: number };

/**
 * Where to cut a `target`-sized window from `source` scaled to cover it, with the focal point (percent
 * from the left and top) as near the window's centre as the image's edges allow.
 */
export function focalCrop(source: Size, target: Size, focal: { x: number; y: number }): Size & { left: number; top: number } {
  const scale = Math.max(target.width / source.width, target.height / source.height);
  const width = Math.max(target.width, Math.round(source.width * scale));
  const height = Math.max(target.height, Math.round(source.height * scale));
  const clamp = (value: number, max: number) => Math.min(Math.max(Math.round(value), 0), max);
  return {
    width,
    height,
    left: clamp((focal.x / 100) * width - target.width / 2, width - target.width),
    top: clamp((focal.y / 100) * height - target.height / 2, height - target.height),
  };
}

/** The image's bytes cut to `target` around the focal point, as a JPEG without metadata. */
export async function cropAroundFocalPoint(bytes: Buffer, focal: { x: number; y: number }, target: Size = SHARE_IMAGE_SIZE): Promise<Buffer> {
  const image = sharp(bytes, { limitInputPixels: 50_000_000 });
  const { width, height } = await image.metadata();
  if (!width || !height) throw new Error("share card: the stored image has no size");
  const crop = focalCrop({ width, height }, target, focal);
  return image
    .resize(crop.width, crop.height)
    .extract({ left: crop.left, top: crop.top, width: target.width, height: target.height })
    .jpeg({ quality: 82, mozjpeg: true })
    .toBuffer();
}

/** The share card of a library image (its largest stored copy), or null when the storage has no such object. */
export async function shareCardOf(image: { url: string; focalX: number; focalY: number }, storage: MediaStorage = mediaStorage()): Promise<Buffer | null> {
  const key = keyFromUrl(image.url);
  const bytes = key && (await storage.get(key));
  return bytes ? cropAroundFocalPoint(bytes, { x: image.focalX, y: image.focalY }) : null;
}
