// Serves uploaded images from UPLOAD_DIR. Files are immutable (random names), so they cache forever.
import { readFile } from "node:fs/promises";
import path from "node:path";
import { IMAGE_TYPES, uploadDir } from "@/lib/uploads/store";

const MIME_BY_EXTENSION = Object.fromEntries(Object.entries(IMAGE_TYPES).map(([mime, ext]) => [ext, mime]));

export async function GET(_request: Request, { params }: { params: Promise<{ path: string[] }> }) {
  const parts = (await params).path;
  const root = uploadDir();
  const file = path.resolve(root, ...parts);
  const mime = MIME_BY_EXTENSION[path.extname(file).slice(1)];
  if (!file.startsWith(root + path.sep) || !mime) return new Response("Not found", { status: 404 });
  try {
    const bytes = await readFile(file);
    return new Response(bytes, {
      headers: {
        "Content-Type": mime,
        "Cache-Control": "public, max-age=31536000, immutable",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch {
    return new Response("Not found", { status: 404 });
  }
}
