// The untouched original of an image, metadata and all, for staff who may upload (never readers:
// readers' copies are re-encoded without metadata, docs/decisions/038-media-storage.md).
import { guardedRoute, routeRefusal } from "@/lib/actions/route-guard";
import { readOriginal } from "@/lib/media/queries";

export const dynamic = "force-dynamic";

export const GET = guardedRoute<{ params: Promise<{ id: string }> }>("/dashboard/media/[id]/original", { permission: "media:upload" }, async (_request, { params }) => {
  const original = await readOriginal((await params).id);
  if (original === "unavailable") return routeRefusal(503, "The image store is not answering; try again in a moment.", { headers: { "Retry-After": "5" } });
  if (!original) return routeRefusal(404, "This image has no original kept.");
  return new Response(new Uint8Array(original.bytes), {
    headers: {
      "Content-Type": original.mime,
      "Content-Disposition": `attachment; filename="original-${original.filename.replace(/[^A-Za-z0-9._-]+/g, "_")}"`,
      "Cache-Control": "private, no-store",
      "X-Content-Type-Options": "nosniff",
    },
  });
});
