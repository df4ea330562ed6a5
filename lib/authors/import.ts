// Author profiles (bylines) brought in from elsewhere (the WordPress importer's authors,
// lib/wordpress/import-authors.ts): the import's entry into the author profiles' write path. The
// profile gets a handle by the rule every profile follows (./handles.ts) and the form's limits, its
// audit event in the same transaction, and its page (/authors/<handle>, which a reader may have
// been shown as missing) expires. No "server-only": the command line imports too
// (docs/decisions/045-imports-through-the-domains.md).
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { db, type Prisma } from "@/lib/db";
import { importAuditDetail, type ImportActor } from "@/lib/import-actor";
import { uniqueAuthorHandle } from "./handles";
import { AUTHOR_FIELD_MAX } from "./limits";

export type ImportedAuthor = {
  /** What the handle is made from (a login, a name): made a handle, and unique. */
  wantedHandle: string;
  displayName: string;
  /** The account the byline belongs to (an invited author), or null for a byline only. */
  userId: string | null;
  /** Where it comes from, for the audit log. */
  source: string;
};

/**
 * Create an imported author profile. `alongside` runs in the same transaction (the importer
 * remembers where the author came from there, so a re-run never creates it twice).
 */
export async function importAuthorProfile(
  actor: ImportActor,
  author: ImportedAuthor,
  alongside?: (tx: Prisma.TransactionClient, authorId: string) => Promise<unknown>,
): Promise<{ id: string; handle: string }> {
  const displayName = author.displayName.trim().slice(0, AUTHOR_FIELD_MAX.displayName) || "Author";
  const handle = await uniqueAuthorHandle(author.wantedHandle, displayName);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.author.create({ data: { handle, displayName, userId: author.userId }, select: { id: true, handle: true } });
    await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "author.import", entityType: "author", entityId: row.id, detail: importAuditDetail(`${handle}: ${displayName}`, author.source, actor) } });
    await alongside?.(tx, row.id);
    return row;
  });
  // A new profile is on its own page only (its articles expire the lists when they come).
  expireTags([cacheTags.author(created.handle)]);
  return created;
}
