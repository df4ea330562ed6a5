// Keeping the outbox small. Delivered messages are the record of what was sent for a while, then
// go; messages waiting or failed stay (they are work, or an administrator's to look at). Single-use
// links go once used, or once expired for as long as a delivered message is kept: until then an
// administrator still sees an expired invitation as open and can send a new one. docs/decisions/018-mail.md
import { db } from "@/lib/db";

const DAY_MS = 24 * 60 * 60 * 1000;
// Under SQLite's 999 bound parameters per statement (the ids, and the conditions).
const CHUNK = 500;

/** Delete in chunks, so that no single statement holds SQLite's write lock for long. */
async function deleteInChunks(find: () => Promise<{ id: string }[]>, remove: (ids: string[]) => Promise<{ count: number }>): Promise<number> {
  let removed = 0;
  for (;;) {
    const rows = await find();
    if (rows.length === 0) return removed;
    removed += (await remove(rows.map((row) => row.id))).count;
    if (rows.length < CHUNK) return removed;
    await new Promise((resolve) => setImmediate(resolve));
  }
}

export async function pruneOutbox(retentionDays: number, now = new Date()): Promise<{ messages: number; tokens: number }> {
  const cutoff = new Date(now.getTime() - retentionDays * DAY_MS);
  const messages = await deleteInChunks(
    () => db.outboxMessage.findMany({ where: { status: "SENT", sentAt: { lt: cutoff } }, select: { id: true }, take: CHUNK }),
    (ids) => db.outboxMessage.deleteMany({ where: { id: { in: ids }, status: "SENT" } }),
  );
  const spent = { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: cutoff } }] };
  const tokens = await deleteInChunks(
    () => db.emailToken.findMany({ where: spent, select: { id: true }, take: CHUNK }),
    (ids) => db.emailToken.deleteMany({ where: { id: { in: ids }, ...spent } }),
  );
  return { messages, tokens };
}
