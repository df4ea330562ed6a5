// Importing a WordPress export (WXR) into Gazette: authors (bylines), categories with their tree,
// tags, posts with their comments and images. Two streaming passes over the file
// (docs/decisions/023-wordpress-import.md): the first checks that the whole file is well-formed and
// collects the small things (authors, terms, attachments) while writing nothing, so a malformed file
// stops with its line and column before the database is touched; the second converts and writes one
// post at a time (the post, its bylines, tags and comments in one transaction). Every WordPress id
// is remembered in ImportedItem, so a second run creates nothing twice and an interrupted run
// resumes where it stopped. `dryRun` reads the database but writes nothing (no files either).
// A site made multilingual with Polylang arrives as editions, its posts in their language's edition
// and its translations linked (./import-editions.ts, docs/decisions/057-polylang-editions.md).
// No "server-only" here: the command line (scripts/import-wordpress.ts) runs this too.
import { access, realpath, stat } from "node:fs/promises";
import { db } from "@/lib/db";
import { importAuthor } from "./import-authors";
import { PolylangSurvey, importEditions, linkTranslations } from "./import-editions";
import { importItem } from "./import-posts";
import { ImportCancelledError, ImportRun, type Attachment, type ImportOptions, type ImportReport, type Survey } from "./import-run";
import { importCategories, importTag } from "./import-terms";
import { htmlToPlainText, htmlToSingleLine, toSingleLine } from "./html-to-document";
import { readWxr, type WxrAuthor, type WxrCategory, type WxrTag } from "./wxr-reader";

export type { ImportKind, ImportOptions, ImportProgress, ImportReport } from "./import-run";
export { ImportCancelledError } from "./import-run";

async function survey(file: string, onProgress?: (done: number) => void, signal?: AbortSignal): Promise<Survey> {
  const authors: WxrAuthor[] = [];
  const categories: WxrCategory[] = [];
  const tags: WxrTag[] = [];
  const attachments = new Map<string, Attachment>();
  const attachmentsByParent = new Map<string, string[]>();
  const polylang = new PolylangSurvey();
  let items = 0;
  const { channel, invalidCharacters } = await readWxr(file, {
    author: (author) => void authors.push(author),
    category: (category) => void categories.push(category),
    tag: (tag) => void tags.push(tag),
    term: (term) => polylang.term(term),
    item: (item) => {
      if (signal?.aborted) throw new ImportCancelledError();
      items++;
      polylang.item(item);
      if (items % 500 === 0) onProgress?.(items);
      if (item.postType !== "attachment" || !item.postId) return;
      const url = (item.attachmentUrl || item.link).trim();
      attachments.set(item.postId, {
        id: item.postId,
        url,
        title: htmlToSingleLine(item.title, 300),
        alt: toSingleLine(item.meta._wp_attachment_image_alt ?? "", 300),
        caption: htmlToPlainText(item.excerpt).slice(0, 1_000),
        parent: item.postParent.trim(),
      });
      if (item.postParent && item.postParent !== "0") {
        const list = attachmentsByParent.get(item.postParent) ?? [];
        list.push(item.postId);
        attachmentsByParent.set(item.postParent, list);
      }
    },
  });
  return { channel, authors, categories, tags, attachments, attachmentsByParent, polylang, items, invalidCharacters };
}

/** Editions (Polylang's languages), authors, categories (with their tree) and tags, before the posts that use them. */
async function importTerms(run: ImportRun) {
  run.editions = await importEditions(run);
  for (const author of run.survey.authors) await importAuthor(run, author);
  await importCategories(run, run.survey.categories);
  for (const tag of run.survey.tags) await importTag(run, tag, true);
}

/** Import a WXR file. Throws WxrSyntaxError (nothing written) when the file is malformed. */
export async function importWordPress(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  await access(/*turbopackIgnore: true*/ file);
  const found = await survey(file, (done) => options.onProgress?.({ phase: "checking", done, total: 0 }), options.signal);
  let uploadsDir: string | null = null;
  if (options.uploadsDir) {
    const info = await stat(/*turbopackIgnore: true*/ options.uploadsDir).catch(() => null);
    if (!info?.isDirectory()) throw new Error(`--uploads ${options.uploadsDir} is not a folder.`);
    uploadsDir = await realpath(/*turbopackIgnore: true*/ options.uploadsDir);
  }
  const importer = new ImportRun(file, found, { ...options, uploadsDir });
  const importedAt = new Date();
  // No expiry at the end: each write expires its own pages through its domain's import entry
  // (docs/decisions/045-imports-through-the-domains.md), so a cancelled or stopped import's too.
  await importTerms(importer);
  let done = 0;
  await readWxr(file, {
    item: async (item) => {
      importer.throwIfCancelled();
      await importItem(importer, item);
      done++;
      options.onProgress?.({ phase: "importing", done, total: found.items });
    },
  });
  // Once every post of a group is in: Polylang's groups as linked versions.
  await linkTranslations(importer, importedAt);
  const seconds = (Date.now() - started) / 1000;
  importer.report.seconds = Math.round(seconds * 10) / 10;
  importer.report.itemsPerSecond = Math.round(found.items / Math.max(seconds, 0.001));
  if (!options.dryRun) {
    const { report } = importer;
    await db.auditEvent.create({
      data: {
        actorId: options.actorId ?? null,
        action: "wordpress.import",
        entityType: "import",
        entityId: report.source.slice(0, 200),
        detail: `${report.posts.created} posts, ${report.comments.created} comments${options.actorId ? "" : " (command line)"}`,
      },
    });
  }
  return importer.report;
}
