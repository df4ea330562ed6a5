// The untouched original of an image, metadata and all, for staff who may upload (never readers:
// readers' copies are re-encoded without metadata, docs/decisions/038-media-storage.md).
import { AuthorizationError, requirePermission } from "@/lib/auth/session";
import { readOriginal } from "@/lib/media/queries";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  try {
    await requirePermission("media:upload");
  } catch (error) {
    if (error instanceof AuthorizationError) return new Response(error.message, { status: error.reason === "unauthenticated" ? 401 : 403, headers: { "Cache-Control": "private, no-store" } });
    throw error;
  }
  const original = await readOriginal((await params).id);
  if (original === "unavailable") return new Response("The image store is not answering; try again in a moment.", { status: 503, headers: { "Retry-After": "5", "Cache-Control": "no-store" } });
  if (!original) return new Response("This image has no original kept.", { status: 404, headers: { "Cache-Control": "private, no-store" } });
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      "Content-Type": original.mime,
      "Content-Disposition": `attachment; filename="original-${original.filename.replace(/[^A-Za-z0-9._-]+/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
