// The data half of the body-document migration (docs/decisions/019-rich-text-editor.md): every
// Markdown body left in the database (articles, their revisions, autosaved editor fields) becomes a
// body document, and every article's plain text ("bodyText", which search indexes) is filled in.
// Runs (with DATABASE_URL set by scripts/lib/database.ts) after `prisma migrate deploy` in setup, `npm run db:migrate` and the test server; does nothing
// once everything is converted, so it is safe to run on every start. A row changed by someone else
// while it runs is left for the next run (each update names the body it converted).
import { db } from "../lib/db";
import { looksLikeDocumentJson } from "../lib/content/document";
import { bodyColumns, readStoredBody } from "../lib/content/stored-body";

const BATCH = 200;

/** The stored columns for a body in either format, or null when nothing needs writing. */
export function convertedArticleBody(row: { body: string; bodyText: string }): { body: string; bodyText: string } | null {
  const columns = bodyColumns(readStoredBody(row.body));
  return columns.body === row.body && columns.bodyText === row.bodyText ? null : columns;
}

async function convertArticles(): Promise<number> {
  let changed = 0;
  let cursor: string | undefined;
  for (;;) {
    // Rows still in Markdown, or converted but without their text (an empty body has empty text).
    const rows = await db.article.findMany({
      where: { OR: [{ bodyText: "" }, { NOT: { body: { startsWith: '{"type":"doc"' } } }] },
      select: { id: true, body: true, bodyText: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return changed;
    for (const row of rows) {
      const columns = convertedArticleBody(row);
      if (columns) changed += (await db.article.updateMany({ where: { id: row.id, body: row.body }, data: columns })).count;
    }
    cursor = rows.at(-1)!.id;
  }
}

async function convertRevisions(): Promise<number> {
  let changed = 0;
  let cursor: string | undefined;
  for (;;) {
    const rows = await db.articleRevision.findMany({
      where: { NOT: { body: { startsWith: '{"type":"doc"' } } },
      select: { id: true, body: true },
      orderBy: { id: "asc" },
      take: BATCH,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (rows.length === 0) return changed;
    for (const row of rows) {
      if (looksLikeDocumentJson(row.body)) continue;
      const { body } = bodyColumns(readStoredBody(row.body));
      changed += (await db.articleRevision.updateMany({ where: { id: row.id, body: row.body }, data: { body } })).count;
    }
    cursor = rows.at(-1)!.id;
  }
}

async function convertAutosaves(): Promise<number> {
  let changed = 0;
  const rows = await db.articleAutosave.findMany({ select: { key: true, data: true } });
  for (const row of rows) {
    let fields: Record<string, unknown>;
    try {
      fields = JSON.parse(row.data);
    } catch {
      continue;
    }
    if (typeof fields.body !== "string" || looksLikeDocumentJson(fields.body)) continue;
    const data = JSON.stringify({ ...fields, body: bodyColumns(readStoredBody(fields.body)).body });
    changed += (await db.articleAutosave.updateMany({ where: { key: row.key, data: row.data }, data: { data } })).count;
  }
  return changed;
}

async function main() {
  const articles = await convertArticles();
  const revisions = await convertRevisions();
  const autosaves = await convertAutosaves();
  if (articles + revisions + autosaves > 0) {
    console.log(`convert-bodies: ${articles} article bodies, ${revisions} revisions and ${autosaves} autosaves converted to body documents.`);
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main()
    .then(() => db.$disconnect())
    .catch(async (error) => {
      console.error(error);
      await db.$disconnect();
      process.exit(1);
    });
}
