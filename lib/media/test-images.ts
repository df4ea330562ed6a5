// Images the tests make (unit tests and Playwright specs alike): a photograph-like JPEG carrying GPS
// coordinates and a camera serial number, and a decompression bomb (a tiny PNG whose header declares
// an enormous size). Made here rather than committed, so each test says what it carries.
import { deflateSync } from "node:zlib";
import sharp from "sharp";

/** A JPEG of `width` × `height` with EXIF GPS position, camera make, model and serial, and XMP. */
export async function jpegWithGps(width = 1600, height = 1000): Promise<Buffer> {
  const gradient = Buffer.from(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs><linearGradient id="g"><stop offset="0" stop-color="#2a6f97"/><stop offset="1" stop-color="#f4a261"/></linearGradient></defs><rect width="100%" height="100%" fill="url(#g)"/><circle cx="${width / 3}" cy="${height / 2}" r="${height / 4}" fill="#264653"/></svg>`,
  );
  return sharp(gradient)
    .jpeg({ quality: 85 })
    .withExif({
      IFD0: { Make: "Nikon", Model: "Z 9", Artist: "Staff photographer", CameraSerialNumber: "SN-3019-7788" },
      IFD2: { BodySerialNumber: "SN-3019-7788", DateTimeOriginal: "2026:12:01 09:30:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 2600/100", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 3900/100" },
    })
    .withXmp('<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Staff photographer</dc:creator></rdf:Description></rdf:RDF></x:xmpmeta>')
    .toBuffer();
}

function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let bit = 0; bit < 8; bit++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG of a few hundred bytes whose header declares `side` × `side` pixels (a decompression bomb). */
export function pngBomb(side = 50_000): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(side, 0);
  header.writeUInt32BE(side, 4);
  header[8] = 8; // bit depth
  header[9] = 0; // greyscale
  // A few rows of zeros, compressed: the rest of the declared image would be decoded from nothing.
  const rows = deflateSync(Buffer.alloc((side + 1) * 4));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk("IHDR", header), chunk("IDAT", rows), chunk("IEND", Buffer.alloc(0))]);
}
