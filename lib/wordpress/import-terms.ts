// Categories (sections, with their tree) and tags, written through the taxonomy's import entry
// (lib/taxonomy/import.ts: the audit event and the expiry go with the write). Each belongs to one
// edition: its Polylang language's, else the default (run.editions); a post of another edition that
// uses it gets a copy in its own edition, with the same address there
// (docs/decisions/057-polylang-editions.md).
import { createHash } from "node:crypto";
import { slugify } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { findTermBySlug, importCategoryParents, importTerm, type ImportedTerm } from "@/lib/taxonomy/import";
import type { TaxonomyKind } from "@/lib/taxonomy/schemas";
import { htmlToPlainText, htmlToSingleLine, toSingleLine } from "./html-to-document";
import { termKey, type ImportEdition } from "./import-editions";
import { decodeSlug } from "./import-mapping";
import type { ImportRun } from "./import-run";
import type { WxrCategory } from "./wxr-reader";

/**
 * The term with this slug and whether this import creates it: through the taxonomy's import entry,
 * or in a dry run the site's own term (or a stand-in id), nothing written.
 */
async function termFor(run: ImportRun, kind: TaxonomyKind, term: ImportedTerm & { editionId: string }): Promise<{ id: string; created: boolean }> {
  if (!run.dryRun) return importTerm(run.actor, kind, term);
  // An edition this dry run would make has no terms yet.
  const existing = term.editionId.startsWith("dry-run:") ? null : await findTermBySlug(kind, term.slug, term.editionId);
  return { id: existing?.id ?? `dry-run:${term.editionId}:${term.slug}`, created: !existing };
}

/** A category's Gazette slug, the same in every edition it is in. */
function categorySlug(category: WxrCategory, externalId: string): { name: string; slug: string } {
  const nicename = decodeSlug(category.nicename);
  const name = htmlToSingleLine(category.name, 100) || toSingleLine(nicename, 100) || "Category";
  return { name, slug: slugify(nicename) || slugify(name) || `category-${externalId}` };
}

/** Count a term as created (or, on a dry run, to be created) or there already: one count for both runs. */
function tally(count: { created: number; existing: number }, created: boolean): void {
  if (created) count.created++;
  else count.existing++;
}

export async function importCategories(run: ImportRun, categories: WxrCategory[]) {
  for (const category of categories) {
    const nicename = decodeSlug(category.nicename);
    const externalId = category.termId || nicename;
    if (!externalId) continue;
    run.report.categories.found++;
    const edition = run.editions.forTerm(category.termId);
    let id = await run.remembered("category", externalId);
    let created = false;
    if (!id) {
      const { name, slug } = categorySlug(category, externalId);
      ({ id, created } = await termFor(run, "category", { slug, name, description: htmlToPlainText(category.description), source: run.source, editionId: edition.id }));
      if (!run.dryRun) await run.remember(db, "category", externalId, id, nicename);
    }
    tally(run.report.categories, created);
    run.categoryIds.set(termKey(edition, nicename), id);
  }
  if (run.dryRun) return;
  // The tree, once every category exists (a child may come before its parent in the file), within
  // one edition: Polylang gives a child its parent's language.
  const links: { id: string; parentId: string }[] = [];
  for (const category of categories) {
    const edition = run.editions.forTerm(category.termId);
    const parentId = run.categoryIds.get(termKey(edition, decodeSlug(category.parent)));
    const id = run.categoryIds.get(termKey(edition, decodeSlug(category.nicename)));
    if (parentId && id && parentId !== id) links.push({ id, parentId });
  }
  await importCategoryParents(run.actor, links, run.source);
}

/**
 * The section a post of `edition` is filed in, by the category's nicename: the category itself when it
 * belongs to that edition, else its copy there (made now: a category Polylang left without a
 * language, or one posts of two languages share, is split per edition). Null for an unknown category.
 */
export async function categoryForPost(run: ImportRun, nicename: string, edition: ImportEdition): Promise<string | null> {
  const cached = run.categoryIds.get(termKey(edition, nicename));
  if (cached) return cached;
  const candidates = run.survey.categories.filter((category) => decodeSlug(category.nicename) === nicename);
  const category = candidates.find((candidate) => run.editions.forTerm(candidate.termId).id === edition.id) ?? candidates[0];
  if (!category) return null;
  const base = category.termId || nicename;
  const externalId = run.editions.externalId(base, edition, run.editions.forTerm(category.termId));
  let id = await run.remembered("category", externalId);
  if (!id) {
    const { name, slug } = categorySlug(category, base);
    let created: boolean;
    ({ id, created } = await termFor(run, "category", { slug, name, description: htmlToPlainText(category.description), source: run.source, editionId: edition.id }));
    if (created) run.report.editions.termsCopied++;
    if (!run.dryRun) await run.remember(db, "category", externalId, id, nicename);
  }
  run.categoryIds.set(termKey(edition, nicename), id);
  return id;
}

/**
 * A topic in an edition: the file's own tags (`countIt`) in their language's edition, and the tags a
 * post names in the post's edition (a copy there when the tag belongs to another).
 */
export async function importTag(run: ImportRun, tag: { termId: string; slug: string; name: string }, countIt: boolean, inEdition?: ImportEdition): Promise<string | null> {
  const slugKey = decodeSlug(tag.slug) || decodeSlug(tag.name);
  // The file's tag of this slug, when a post names one: its id and its edition.
  const known = tag.termId ? tag : run.survey.tags.find((candidate) => decodeSlug(candidate.slug) === slugKey);
  const home = run.editions.forTerm(known?.termId ?? "");
  const edition = inEdition ?? home;
  const cached = run.tagIds.get(termKey(edition, slugKey));
  if (cached) return cached;
  const externalId = run.editions.externalId(known?.termId || `slug:${slugKey}`, edition, home);
  if (countIt) run.report.tags.found++;
  let id = await run.remembered("tag", externalId);
  let created = false;
  if (!id) {
    const name = htmlToSingleLine(tag.name, 100) || toSingleLine(slugKey, 100) || "Tag";
    // A name with no Latin letters or digits (新聞) still needs an address of its own.
    const slug = slugify(slugKey) || slugify(name) || (slugKey ? `tag-${createHash("sha1").update(slugKey).digest("hex").slice(0, 10)}` : "");
    if (!slug) return null;
    ({ id, created } = await termFor(run, "tag", { slug, name, source: run.source, editionId: edition.id }));
    if (created && edition.id !== home.id && known) run.report.editions.termsCopied++;
    if (!run.dryRun) await run.remember(db, "tag", externalId, id, slugKey);
  }
  if (countIt) tally(run.report.tags, created);
  run.tagIds.set(termKey(edition, slugKey), id);
  return id;
}
