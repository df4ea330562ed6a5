import "server-only";
import { db } from "@/lib/db";

/** Send a failed or waiting message again at the next round of the worker, as `actor` (audited). */
export async function retryOutboxMessage(actor: { id: string }, id: string): Promise<boolean> {
  return db.$transaction(async (tx) => {
    const updated = await tx.outboxMessage.updateMany({
      where: { id, status: { in: ["FAILED", "PENDING"] } },
      data: { status: "PENDING", nextAttemptAt: new Date(), attempts: 0, lastError: null },
    });
    if (updated.count === 0) return false;
    await tx.auditEvent.create({ data: { actorId: actor.id, action: "mail.retry", entityType: "outbox-message", entityId: id } });
    return true;
  });
}
