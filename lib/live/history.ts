// The numbered history of live coverage (docs/decisions/037-live-coverage.md): each change takes the
// coverage's next number in the same transaction, keeps the update as readers see it after the change,
// and records an audit event. Shared by the desk's mutations and the WordPress import, so no
// "server-only" here (the command line imports too).
import type { Prisma } from "@/lib/db";
import { publicUpdateSelect, toPublicUpdate } from "./shape";

type Tx = Prisma.TransactionClient;
export type LiveChangeKind = "post" | "edit" | "delete" | "pin" | "unpin" | "end" | "resume";

async function nextSeq(tx: Tx, articleId: string): Promise<number> {
  // The row's write lock orders concurrent changes on PostgreSQL; SQLite has one writer.
  return (await tx.liveCoverage.update({ where: { articleId }, data: { seq: { increment: 1 } }, select: { seq: true } })).seq;
}

/** Number a change, keep what readers see after it, and audit it. `actor` null: an import from the command line. */
export async function recordChange(
  tx: Tx,
  actor: { id: string } | null,
  articleId: string,
  change: { kind: LiveChangeKind; updateId: string | null; correction?: boolean; note?: string; at?: Date },
): Promise<number> {
  const seq = await nextSeq(tx, articleId);
  const snapshot =
    change.updateId && change.kind !== "delete"
      ? JSON.stringify(toPublicUpdate(await tx.liveUpdate.findUniqueOrThrow({ where: { id: change.updateId }, select: publicUpdateSelect })))
      : "";
  await tx.liveUpdateChange.create({
    data: {
      articleId,
      updateId: change.updateId,
      seq,
      kind: change.kind,
      correction: change.correction ?? false,
      note: change.note ?? "",
      actorId: actor?.id ?? null,
      snapshot,
      ...(change.at ? { createdAt: change.at } : {}),
    },
  });
  await tx.auditEvent.create({
    data: {
      actorId: actor?.id ?? null,
      action: `live.${change.kind}${change.correction ? ".correction" : ""}`,
      entityType: change.updateId ? "live-update" : "article",
      entityId: change.updateId ?? articleId,
      detail: `${articleId} #${seq}${change.note ? `: ${change.note}` : ""}`.slice(0, 500),
    },
  });
  return seq;
}
