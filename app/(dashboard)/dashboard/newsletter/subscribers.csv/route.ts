// GET /dashboard/newsletter/subscribers.csv — every subscriber, for administrators only.
import { guardedRoute } from "@/lib/actions/route-guard";
import { allSubscribers } from "@/lib/newsletter/queries";
import { csvCell } from "@/lib/newsletter/schemas";

// The guard refuses before any byte is sent; the query checks the permission again on its own.
export const GET = guardedRoute("/dashboard/newsletter/subscribers.csv", { permission: "settings:manage" }, async () => {
  const rows = allSubscribers();
  const encoder = new TextEncoder();
  const first = await rows.next();
  const stream = new ReadableStream({
    async start(controller) {
      controller.enqueue(encoder.encode("email,frequency,confirmed_at,subscribed_at\n"));
      let current = first;
      while (!current.done && current.value) {
        const row = current.value;
        controller.enqueue(encoder.encode([csvCell(row.email), csvCell(row.frequency), csvCell(row.confirmedAt?.toISOString() ?? ""), csvCell(row.createdAt.toISOString())].join(",") + "\n"));
        current = await rows.next();
      }
      controller.close();
    },
  });
  return new Response(stream, {
    headers: { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": 'attachment; filename="subscribers.csv"', "Cache-Control": "private, no-store" },
  });
});
