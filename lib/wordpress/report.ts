// The import report as people read it: in the terminal, and on the dashboard's import page.
import type { ImportReport } from "./import";
import { pluralize } from "@/lib/format-core";

/** The report as lines of text: counts per kind first, then what was skipped and what to look at. */
export function formatImportReport(report: ImportReport): string[] {
  const lines: string[] = [];
  const c = (entry: { found: number; created: number; existing: number }) =>
    `${entry.found} in the file, ${entry.created} ${report.dryRun ? "would be created" : "created"}, ${entry.existing} already there`;
  lines.push(`${report.dryRun ? "Dry run (nothing written): " : ""}${report.file} — “${report.siteTitle}”, WXR ${report.wxrVersion}, ${report.items} items in ${report.seconds} s (${report.itemsPerSecond} items/s)`);
  const { editions, translations } = report;
  if (editions.languages) {
    const names = (list: string[]) => (list.length ? ` (${list.join(", ")})` : "");
    const onto = editions.ontoDefault ? `; ${editions.ontoDefault.language} ${report.dryRun ? "would go" : "went"} into the default edition, ${editions.ontoDefault.edition}` : "";
    lines.push(
      `Editions: ${pluralize(editions.languages, "Polylang language", "Polylang languages")} in the file, ${editions.created.length} ${report.dryRun ? "would be created" : "created"}${names(editions.created)}, ${editions.existing.length} already there${names(editions.existing)}${onto}`,
    );
  }
  lines.push(`Authors: ${c(report.authors)}${report.authors.invited ? `, ${report.authors.invited} invited to the dashboard` : ""}`);
  lines.push(`Categories: ${c(report.categories)}`);
  lines.push(`Tags: ${c(report.tags)}`);
  lines.push(`Posts: ${c(report.posts)} (published ${report.posts.published}, scheduled ${report.posts.scheduled}, drafts ${report.posts.drafts}, in review ${report.posts.inReview})`);
  if (editions.languages) {
    lines.push(
      `Translations: ${pluralize(translations.linked, "story", "stories")} ${report.dryRun ? "would be linked" : "linked"} across editions (${pluralize(translations.articles, "article", "articles")}), ${translations.existing} already linked${editions.termsCopied ? `; ${pluralize(editions.termsCopied, "section or topic", "sections and topics")} ${report.dryRun ? "would be copied" : "copied"} into a second edition that uses ${editions.termsCopied === 1 ? "it" : "them"}` : ""}`,
    );
  }
  lines.push(`Pages: ${c(report.pages)}`);
  lines.push(`Comments: ${c(report.comments)} (approved ${report.comments.approved}, pending ${report.comments.pending}, spam ${report.comments.spam}, trash ${report.comments.trash})`);
  lines.push(
    `Live updates: ${c(report.liveUpdates)} (in ${pluralize(report.liveUpdates.coverage, "Liveblog post", "Liveblog posts")}; ${pluralize(report.liveUpdates.edits, "edit", "edits")} kept as history, ${report.liveUpdates.deleted} deleted on WordPress and left out)`,
  );
  lines.push(`Images: ${report.images.imported} ${report.dryRun ? "would be imported" : "imported"} into the media library, ${report.images.existing} already there, ${report.images.missing} not found (the article links to the old address)`);
  if (report.invalidCharacters) lines.push(`Characters: ${pluralize(report.invalidCharacters, "byte sequence was not valid UTF-8 and was", "byte sequences were not valid UTF-8 and were")} replaced with “�”`);
  const skipped = Object.entries(report.skipped);
  if (skipped.length) lines.push(`Skipped (not articles): ${skipped.map(([kind, n]) => pluralize(n, kind.replace(/\b(page|post|attachment|item)s\b/, "$1"), kind)).join(", ")}`);
  if (editions.refused.length) {
    lines.push("", "Polylang, not taken as it was:");
    for (const refused of editions.refused) lines.push(`  ${refused.subject}: ${refused.reason}`);
    if (editions.refusedLeftOut) lines.push(`  … and ${editions.refusedLeftOut} more`);
  }
  if (report.notes.length) {
    lines.push("", "Kept, but not exactly as on WordPress:");
    for (const note of report.notes) lines.push(`  post ${note.post} “${note.title}”: ${note.note}`);
    if (report.notesLeftOut) lines.push(`  … and ${report.notesLeftOut} more`);
  }
  if (report.addressesKept.length) {
    lines.push("", "Old addresses another site imported earlier keeps (they still lead to its articles):");
    for (const kept of report.addressesKept) lines.push(`  ${kept.address} stays with ${kept.site}`);
    if (report.addressesKeptLeftOut) lines.push(`  … and ${report.addressesKeptLeftOut} more`);
  }
  if (report.missingImages.length) {
    lines.push("", "Images not found (give --uploads a copy of wp-content/uploads):");
    for (const image of report.missingImages) lines.push(`  post ${image.post}: ${image.url}`);
    if (report.missingImagesLeftOut) lines.push(`  … and ${report.missingImagesLeftOut} more`);
  }
  return lines;
}
