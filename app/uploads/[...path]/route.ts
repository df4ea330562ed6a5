// Serves uploaded images from the media storage (UPLOAD_DIR or the bucket) when no CDN does
// (MEDIA_PUBLIC_URL unset). Names are random and never reused, so they cache forever. Originals
// (originals/…) are for editors only: /dashboard/media/<id>/original.
import { IMAGE_TYPES } from "@/lib/media/pipeline";
import { StorageUnavailableError, checkKey, mediaStorage } from "@/lib/media/storage";

const MIME_BY_EXTENSION = Object.fromEntries(Object.entries(IMAGE_TYPES).map(([mime, ext]) => [ext, mime]));

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const key = (await params).path.join("/");
  const mime = MIME_BY_EXTENSION[key.slice(key.lastIndexOf(".") + 1)];
  try {
    checkKey(key);
  } catch {
    return new Response("Not found", { status: 404 });
  }
  if (!mime || key.startsWith("originals/")) return new Response("Not found", { status: 404 });
  let bytes: Buffer | null;
  try {
    bytes = await mediaStorage().get(key);
  } catch (error) {
    if (error instanceof StorageUnavailableError) return new Response("The image store is not answering.", { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
    throw error;
  }
  if (!bytes) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(bytes), {
    headers: {
      "Content-Type": mime,
      "Content-Length": String(bytes.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
