// GET /dashboard/newsletter/subscribers.csv — every subscriber, for administrators only.
import { AuthorizationError } from "@/lib/auth/session";
import { allSubscribers } from "@/lib/newsletter/queries";
import { csvCell } from "@/lib/newsletter/schemas";

export async function GET() {
  const rows = allSubscribers();
  const encoder = new TextEncoder();
  let first: IteratorResult<Awaited<ReturnType<typeof rows.next>>["value"]>;
  try {
    // The permission check runs on the first read: refuse before any byte is sent.
    first = await rows.next();
  } catch (error) {
    if (error instanceof AuthorizationError) return new Response("Forbidden\n", { status: 403 });
    throw error;
  }
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
}
