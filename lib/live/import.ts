// Live coverage brought in from elsewhere (the WordPress importer: Automattic Liveblog posts,
// docs/decisions/041-liveblog-import-export.md), written with the same numbered history, audit events
// (./history.ts) and cache expiry (./expiry.ts) as the desk's own changes, at the times the source
// gives. No "server-only": the command line imports too. Permissions are the importer's (an
// administrator or the command line), not the desk's.
import type { BodyDocument } from "@/lib/content/document";
import { bodyColumns } from "@/lib/content/stored-body";
import { db, type Prisma } from "@/lib/db";
import { expireLiveCoverageOf } from "./expiry";
import { recordChange } from "./history";

export type ImportedLiveText = { headline: string; body: BodyDocument; keyEvent: boolean; at: Date };

export type ImportedLiveUpdate = {
  /** The poster when they have a login here, else null. */
  authorId: string | null;
  /** The byline shown (an imported author profile), or null. */
  bylineId: string | null;
  /** The first text, then each edit in order: one update, with each edit in its history. */
  versions: [ImportedLiveText, ...ImportedLiveText[]];
};

/** Open the article's coverage at `startedAt`, unless it has some already. */
export async function importLiveCoverage(articleId: string, coverage: { startedAt: Date }, actor: { id: string } | null): Promise<void> {
  const existing = await db.liveCoverage.findUnique({ where: { articleId }, select: { endedAt: true } });
  if (!existing) {
    await db.$transaction(async (tx) => {
      await tx.liveCoverage.create({ data: { articleId, startedAt: coverage.startedAt }, select: { articleId: true } });
      await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "live.start", entityType: "article", entityId: articleId, detail: "imported" } });
    });
  }
  await expireLiveCoverageOf(articleId);
}

/** One update with its edits, each a numbered change at its own time. Returns the update's id. */
export async function importLiveUpdate(
  articleId: string,
  update: ImportedLiveUpdate,
  actor: { id: string } | null,
  /** Written in the same transaction (the importer remembers where the update came from). */
  onCreated?: (tx: Prisma.TransactionClient, id: string) => Promise<unknown>,
): Promise<string> {
  const [first, ...edits] = update.versions;
  const id = await db.$transaction(async (tx) => {
    const created = await tx.liveUpdate.create({
      data: {
        articleId,
        authorId: update.authorId,
        bylineId: update.bylineId,
        headline: first.headline,
        ...bodyColumns(first.body),
        keyEvent: first.keyEvent,
        createdAt: first.at,
        updatedAt: first.at,
      },
      select: { id: true },
    });
    await recordChange(tx, actor, articleId, { kind: "post", updateId: created.id, at: first.at });
    for (const edit of edits) {
      await tx.liveUpdate.update({
        where: { id: created.id },
        data: { headline: edit.headline, ...bodyColumns(edit.body), keyEvent: edit.keyEvent, updatedAt: edit.at, version: { increment: 1 } },
        select: { id: true },
      });
      await recordChange(tx, actor, articleId, { kind: "edit", updateId: created.id, at: edit.at });
    }
    await onCreated?.(tx, created.id);
    return created.id;
  });
  await expireLiveCoverageOf(articleId);
  return id;
}

/** Close imported coverage at the time the source ended it (WordPress's "archive"): once, after its updates. */
export async function endImportedLiveCoverage(articleId: string, endedAt: Date, actor: { id: string } | null): Promise<void> {
  const ended = await db.$transaction(async (tx) => {
    const changed = await tx.liveCoverage.updateMany({ where: { articleId, endedAt: null }, data: { endedAt } });
    if (changed.count === 0) return false;
    await recordChange(tx, actor, articleId, { kind: "end", updateId: null, at: endedAt });
    return true;
  });
  if (ended) await expireLiveCoverageOf(articleId);
}
