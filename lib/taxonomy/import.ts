// Sections and topics brought in from elsewhere (the WordPress importer, lib/wordpress/import-terms.ts):
// the import's entry into the taxonomy's write path. A term whose slug is taken already is the same
// term (an import joins the site's "Politics" rather than making "politics-2"); a new one is written
// with its audit event, and the pages that list terms expire, as the dashboard's "Add" does
// (./mutations.ts). No "server-only": the command line imports too
// (docs/decisions/045-imports-through-the-domains.md).
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { defaultEditionId } from "@/lib/editions/owner";
import { importAuditDetail, type ImportActor } from "@/lib/import-actor";
import type { TaxonomyKind } from "./schemas";

export type ImportedTerm = {
  /** A slug already made (lib/content/slug.ts's slugify); the caller gives a fallback for names without one. */
  slug: string;
  name: string;
  /** Sections only. */
  description?: string;
  /** Where it comes from, for the audit log. */
  source: string;
  /** The edition it belongs to; the default edition when not given. */
  editionId?: string;
};

/** The edition's term with this slug, if it has one (what an import joins rather than duplicates). */
export async function findTermBySlug(kind: TaxonomyKind, slug: string, editionId?: string): Promise<{ id: string } | null> {
  const where = { where: { editionId_slug: { editionId: editionId ?? (await defaultEditionId()), slug } }, select: { id: true } };
  return kind === "category" ? db.category.findUnique(where) : db.tag.findUnique(where);
}

/** The term with this slug (found, or created now), and whether this import created it. */
export async function importTerm(
  actor: ImportActor,
  kind: TaxonomyKind,
  term: ImportedTerm,
): Promise<{ id: string; created: boolean }> {
  const { slug } = term;
  const editionId = term.editionId ?? (await defaultEditionId());
  const existing = await findTermBySlug(kind, slug, editionId);
  if (existing) return { id: existing.id, created: false };
  const name = term.name.trim().slice(0, 100) || slug;
  const id = await db.$transaction(async (tx) => {
    const created =
      kind === "category"
        ? await tx.category.create({ data: { slug, name, editionId, description: (term.description ?? "").slice(0, 1_000) }, select: { id: true } })
        : await tx.tag.create({ data: { slug, name, editionId }, select: { id: true } });
    await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: `${kind}.import`, entityType: kind, entityId: created.id, detail: importAuditDetail(name, term.source, actor) } });
    return created.id;
  });
  // A new term has no articles yet: the lists that show terms (the masthead's sections) and its own page.
  expireTags(kind === "category" ? [cacheTags.categories(), cacheTags.category(slug)] : [cacheTags.tag(slug)]);
  return { id, created: true };
}

/**
 * Put imported sections in their tree, once all exist (a child may come before its parent in the
 * source). A section that has a parent already keeps it: an import never moves the site's sections.
 */
export async function importCategoryParents(actor: ImportActor, links: { id: string; parentId: string }[], source: string): Promise<void> {
  const placed: string[] = [];
  for (const { id, parentId } of links) {
    if (id === parentId) continue;
    const changed = await db.category.updateMany({ where: { id, parentId: null }, data: { parentId } });
    if (changed.count) placed.push(id);
  }
  if (!placed.length) return;
  await db.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "category.import-tree", entityType: "category", entityId: placed[0]!, detail: importAuditDetail(`${placed.length} sections placed under their parents`, source, actor) } });
  const slugs = await db.category.findMany({ where: { id: { in: placed } }, select: { slug: true } });
  expireTags([cacheTags.categories(), ...slugs.map(({ slug }) => cacheTags.category(slug))]);
}
