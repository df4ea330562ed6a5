// Categories (sections, with their tree) and tags, written through the taxonomy's import entry
// (lib/taxonomy/import.ts: the audit event and the expiry go with the write).
import { createHash } from "node:crypto";
import { slugify } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { findTermBySlug, importCategoryParents, importTerm, type ImportedTerm } from "@/lib/taxonomy/import";
import type { TaxonomyKind } from "@/lib/taxonomy/schemas";
import { htmlToPlainText, htmlToSingleLine, toSingleLine } from "./html-to-document";
import { decodeSlug } from "./import-mapping";
import type { ImportRun } from "./import-run";
import type { WxrCategory } from "./wxr-reader";

/**
 * The term with this slug and whether this import creates it: through the taxonomy's import entry,
 * or in a dry run the site's own term (or a stand-in id), nothing written.
 */
async function termFor(run: ImportRun, kind: TaxonomyKind, term: ImportedTerm): Promise<{ id: string; created: boolean }> {
  if (!run.dryRun) return importTerm(run.actor, kind, term);
  const existing = await findTermBySlug(kind, term.slug);
  return { id: existing?.id ?? `dry-run:${term.slug}`, created: !existing };
}

/** Count a term as created (or, on a dry run, to be created) or there already: one count for both runs. */
function tally(count: { created: number; existing: number }, created: boolean): void {
  if (created) count.created++;
  else count.existing++;
}

export async function importCategories(run: ImportRun, categories: WxrCategory[]) {
  const byNicename = new Map<string, string>();
  for (const category of categories) {
    const nicename = decodeSlug(category.nicename);
    const externalId = category.termId || nicename;
    if (!externalId) continue;
    run.report.categories.found++;
    let id = await run.remembered("category", externalId);
    let created = false;
    if (!id) {
      const name = htmlToSingleLine(category.name, 100) || toSingleLine(nicename, 100) || "Category";
      const slug = slugify(nicename) || slugify(name) || `category-${externalId}`;
      ({ id, created } = await termFor(run, "category", { slug, name, description: htmlToPlainText(category.description), source: run.source }));
      if (!run.dryRun) await run.remember(db, "category", externalId, id, nicename);
    }
    tally(run.report.categories, created);
    byNicename.set(nicename, id);
    run.categoryIds.set(nicename, id);
  }
  if (run.dryRun) return;
  // The tree, once every category exists (a child may come before its parent in the file).
  const links: { id: string; parentId: string }[] = [];
  for (const category of categories) {
    const parentId = byNicename.get(decodeSlug(category.parent));
    const id = byNicename.get(decodeSlug(category.nicename));
    if (parentId && id && parentId !== id) links.push({ id, parentId });
  }
  await importCategoryParents(run.actor, links, run.source);
}

export async function importTag(run: ImportRun, tag: { termId: string; slug: string; name: string }, countIt: boolean): Promise<string | null> {
  const slugKey = decodeSlug(tag.slug) || decodeSlug(tag.name);
  const cached = run.tagIds.get(slugKey);
  if (cached) return cached;
  const externalId = tag.termId || `slug:${slugKey}`;
  if (countIt) run.report.tags.found++;
  let id = await run.remembered("tag", externalId);
  let created = false;
  if (!id) {
    const name = htmlToSingleLine(tag.name, 100) || toSingleLine(slugKey, 100) || "Tag";
    // A name with no Latin letters or digits (新聞) still needs an address of its own.
    const slug = slugify(slugKey) || slugify(name) || (slugKey ? `tag-${createHash("sha1").update(slugKey).digest("hex").slice(0, 10)}` : "");
    if (!slug) return null;
    ({ id, created } = await termFor(run, "tag", { slug, name, source: run.source }));
    if (!run.dryRun) await run.remember(db, "tag", externalId, id, slugKey);
  }
  if (countIt) tally(run.report.tags, created);
  run.tagIds.set(slugKey, id);
  return id;
}
