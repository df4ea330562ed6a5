import "server-only";
import { db } from "@/lib/db";

/** Send a failed or waiting message again at the next round of the worker. */
export async function retryOutboxMessage(id: string): Promise<boolean> {
  const updated = await db.outboxMessage.updateMany({
    where: { id, status: { in: ["FAILED", "PENDING"] } },
    data: { status: "PENDING", nextAttemptAt: new Date(), attempts: 0, lastError: null },
  });
  return updated.count > 0;
}
