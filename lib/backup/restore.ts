// `npm run restore -- backup.tar.gz [--replace]`: a backup (lib/backup/format.ts) into the database of
// DATABASE_URL, SQLite or PostgreSQL. Two steps, so that a bad file writes nothing:
//   1. openBackup: unpack into a temporary folder and check everything against the manifest (format,
//      version, schema, every file's size and SHA-256, every row count, every upload).
//   2. restoreBackup: refuse a database that has rows (unless replace), then in one transaction insert
//      every model in foreign key order, in batches, and point rows at their own kind (Reply.parentId)
//      in a second pass; then copy the uploads.
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { copyFile, mkdir, mkdtemp, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import * as tar from "tar";
import { expireEverything } from "@/lib/cache/tags";
import { MIGRATION_DEFAULT_EDITION } from "@/lib/editions/default-edition";
import { defaultEditionId } from "@/lib/editions/owner";
import { delegateOf, whereKey, type AnyClient } from "./delegate";
import {
  BackupFormatError,
  MANIFEST_FILE,
  MANIFEST_MAX_BYTES,
  UPLOADS_INDEX_FILE,
  decodeRow,
  incompatibility,
  rowProblem,
  parseManifest,
  type Manifest,
  type ModelEntry,
} from "./format";
import { allModels, deferredFields, exportedModels, insertionOrder, migrationNames, type BackupModel } from "./schema";

/** A staff account a restore would create, shown before anything is written. */
export type StaffAccount = { email: string; name: string; role: string; active: boolean };

export class RestoreRefusedError extends Error {}

export type OpenedBackup = {
  manifest: Manifest;
  /** The unpacked, checked backup. */
  dir: string;
  uploads: { path: string; bytes: number; sha256: string }[];
  /** Every User row of the backup: who will be able to sign in, and as what. */
  staff: StaffAccount[];
  close(): Promise<void>;
};

/**
 * The longest line a data file may have: a row with the longest body a document may have, escaped,
 * fits many times over. A longer one is refused as it is read, so memory stays bounded whatever
 * the file holds (readline would have kept a 300 MB line whole).
 */
export const MAX_LINE_BYTES = 64 * 1024 * 1024;

/** What a backup may unpack to, by the sizes its entries declare: an archive bomb stops here. */
export const DEFAULT_MAX_UNPACKED_BYTES = 64 * 1024 ** 3;

/** The lines of `file` (empty ones skipped), each at most `maxBytes`; a longer one throws. */
export async function* boundedLines(file: string, label: string, maxBytes = MAX_LINE_BYTES): AsyncGenerator<{ line: string; number: number }> {
  let parts: Buffer[] = [];
  let length = 0;
  let number = 0;
  const tooLong = () => new BackupFormatError(`${label} line ${number + 1} is longer than ${Math.round(maxBytes / 1024 / 1024)} MB: this is not a row Gazette wrote. Nothing was restored.`);
  for await (const chunk of createReadStream(file)) {
    let buffer = chunk as Buffer;
    for (let newline = buffer.indexOf(10); newline !== -1; newline = buffer.indexOf(10)) {
      if (length + newline > maxBytes) throw tooLong();
      parts.push(buffer.subarray(0, newline));
      const line = Buffer.concat(parts).toString("utf8");
      parts = [];
      length = 0;
      number++;
      if (line) yield { line, number };
      buffer = buffer.subarray(newline + 1);
    }
    if (length + buffer.length > maxBytes) throw tooLong();
    if (buffer.length) {
      parts.push(buffer);
      length += buffer.length;
    }
  }
  if (length) {
    number++;
    yield { line: Buffer.concat(parts).toString("utf8"), number };
  }
}

/** Remove the temporary folder even while a failed extraction's last writes settle. */
async function removeFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 });
}

const SAFE_PATH = /^(manifest\.json|uploads-index\.jsonl|data\/[A-Za-z0-9_]+\.jsonl|uploads\/[^\0]+)$/;

function isSafeUploadPath(candidate: string): boolean {
  return candidate.startsWith("uploads/") && !candidate.split("/").some((part) => part === "" || part === "." || part === "..") && !candidate.includes("\\");
}

/** SHA-256, size and number of lines of a file, streamed. */
async function digest(file: string): Promise<{ sha256: string; bytes: number; lines: number }> {
  const hash = createHash("sha256");
  let bytes = 0;
  let lines = 0;
  for await (const chunk of createReadStream(file)) {
    const buffer = chunk as Buffer;
    hash.update(buffer);
    bytes += buffer.length;
    for (let index = buffer.indexOf(10); index !== -1; index = buffer.indexOf(10, index + 1)) lines++;
  }
  return { sha256: hash.digest("hex"), bytes, lines };
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    (info) => info.isFile(),
    () => false,
  );
}

/** Unpack and check a backup. Throws BackupFormatError, with one sentence for the person, on anything wrong. */
export async function openBackup(file: string, options: { maxUnpackedBytes?: number } = {}): Promise<OpenedBackup> {
  if (!(await exists(file))) throw new BackupFormatError(`${file}: no such file.`);
  const maxUnpacked = options.maxUnpackedBytes ?? DEFAULT_MAX_UNPACKED_BYTES;
  const dir = await mkdtemp(path.join(tmpdir(), "gazette-restore-"));
  const close = () => removeFolder(dir);
  try {
    let unpacked = 0;
    let tooLarge = false;
    try {
      await tar.extract({
        file,
        cwd: dir,
        strict: true,
        // Only what a backup holds, only plain files and folders: no links, nothing outside the folder.
        filter: (entryPath, entry) => {
          const type = "type" in entry ? entry.type : "File";
          const clean = entryPath.replace(/^\.\//, "").replace(/\/$/, "");
          if (type === "Directory") return clean === "data" || clean === "uploads" || isSafeUploadPath(clean);
          const wanted = type === "File" && SAFE_PATH.test(clean) && (!clean.startsWith("uploads/") || isSafeUploadPath(clean));
          if (!wanted) return false;
          unpacked += "size" in entry && typeof entry.size === "number" ? entry.size : 0;
          if (unpacked > maxUnpacked) tooLarge = true;
          return !tooLarge;
        },
      });
    } catch (error) {
      throw new BackupFormatError(`${file} is not a readable Gazette backup (a .tar.gz file): ${(error as Error).message.replace(/\.$/, "")}. Nothing was restored.`);
    }
    const limit = maxUnpacked >= 1024 ** 3 ? `${Math.round(maxUnpacked / 1024 ** 3)} GB` : `${Math.round(maxUnpacked / 1024 ** 2)} MB`;
    if (tooLarge) throw new BackupFormatError(`${file} would unpack to more than ${limit}: this is not a backup Gazette wrote. Nothing was restored.`);

    const manifestPath = path.join(dir, MANIFEST_FILE);
    if (!(await exists(manifestPath))) throw new BackupFormatError(`${file} is not a Gazette backup: it has no manifest.json.`);
    if ((await stat(manifestPath)).size > MANIFEST_MAX_BYTES) throw new BackupFormatError(`${file} is not a Gazette backup: its manifest.json is too large.`);
    const manifest = parseManifest(await readFile(manifestPath, "utf8"));

    const problem = incompatibility(manifest, allModels(), migrationNames());
    if (problem) throw new BackupFormatError(problem);

    const damaged = (what: string) => new BackupFormatError(`${file} is damaged: ${what}. Nothing was restored.`);
    for (const entry of manifest.models) {
      if (entry.file !== `data/${entry.name}.jsonl`) throw damaged(`the manifest names ${entry.file} for ${entry.name}`);
      const full = path.join(dir, entry.file);
      if (!(await exists(full))) throw damaged(`${entry.file} is missing`);
      const found = await digest(full);
      if (found.bytes !== entry.bytes || found.sha256 !== entry.sha256) throw damaged(`${entry.file} does not match its checksum`);
      if (found.lines !== entry.rows) throw damaged(`${entry.file} has ${found.lines} rows, the manifest says ${entry.rows}`);
    }

    // Every value checked against the schema before anything is written: a bad enum, a date that is
    // not one, a required field left empty is named with its file and line, not found by the database.
    const staff: StaffAccount[] = [];
    const byName = new Map(allModels().map((model) => [model.name, model]));
    for (const entry of manifest.models) {
      const model = byName.get(entry.name)!;
      for await (const { line, number } of boundedLines(path.join(dir, entry.file), entry.file)) {
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          throw damaged(`${entry.file} line ${number} is not JSON`);
        }
        const problem = rowProblem(model, json);
        if (problem) throw damaged(`${entry.file} line ${number}: ${problem}`);
        if (model.name === "User") {
          const row = json as Record<string, unknown>;
          staff.push({ email: String(row.email ?? ""), name: String(row.name ?? ""), role: String(row.role ?? "AUTHOR"), active: row.active !== false });
        }
      }
    }

    const indexPath = path.join(dir, manifest.uploads.index);
    if (manifest.uploads.index !== UPLOADS_INDEX_FILE || !(await exists(indexPath))) throw damaged(`${UPLOADS_INDEX_FILE} is missing`);
    const indexDigest = await digest(indexPath);
    if (indexDigest.sha256 !== manifest.uploads.sha256) throw damaged(`${UPLOADS_INDEX_FILE} does not match its checksum`);
    const uploads: OpenedBackup["uploads"] = [];
    for await (const { line, number } of boundedLines(indexPath, UPLOADS_INDEX_FILE, 64 * 1024)) {
      let upload: OpenedBackup["uploads"][number];
      try {
        upload = JSON.parse(line) as OpenedBackup["uploads"][number];
      } catch {
        throw damaged(`${UPLOADS_INDEX_FILE} line ${number} is not JSON`);
      }
      if (typeof upload?.path !== "string") throw damaged(`${UPLOADS_INDEX_FILE} line ${number} names no file`);
      if (!isSafeUploadPath(upload.path)) throw damaged(`the upload index names ${JSON.stringify(upload.path)}`);
      const full = path.join(dir, ...upload.path.split("/"));
      if (!(await exists(full))) throw damaged(`${upload.path} is missing`);
      const found = await digest(full);
      if (found.bytes !== upload.bytes || found.sha256 !== upload.sha256) throw damaged(`${upload.path} does not match its checksum`);
      uploads.push(upload);
    }
    if (uploads.length !== manifest.uploads.files) throw damaged(`it has ${uploads.length} uploaded files, the manifest says ${manifest.uploads.files}`);
    return { manifest, dir, uploads, staff, close };
  } catch (error) {
    // The sentence about the file, not one about cleaning up after it.
    await close().catch(() => undefined);
    throw error;
  }
}

/**
 * Rows the migrations themselves insert (the default edition, docs/decisions/047-editions.md): a
 * database holding only these is empty. A backup that has their table replaces them; one made before
 * the table existed keeps them (they are put back after --replace).
 */
export const ROWS_FROM_MIGRATIONS: Record<string, Record<string, unknown>[]> = {
  Edition: [{ ...MIGRATION_DEFAULT_EDITION }],
};

/**
 * Required fields that later migrations added, for backups made before them: what the migration gave
 * the rows it found. Content made before editions belongs to the default edition
 * (docs/decisions/054-content-belongs-to-an-edition.md), which restore has written by then (Edition
 * comes before the tables that point at it).
 */
const IN_DEFAULT_EDITION = ["Article", "Category", "Tag", "SitePage", "SlugRedirect", "FrontPageVersion"];

async function fieldsAddedLater(tx: AnyClient, model: BackupModel): Promise<Record<string, unknown>> {
  if (!IN_DEFAULT_EDITION.includes(model.name)) return {};
  return { editionId: await defaultEditionId(tx as unknown as Parameters<typeof defaultEditionId>[0]) };
}

function notFromMigrations(model: BackupModel): { where?: Record<string, unknown> } {
  const rows = ROWS_FROM_MIGRATIONS[model.name];
  return rows ? { where: { id: { notIn: rows.map((row) => row.id) } } } : {};
}

/** Models that have rows, with their counts: a restore needs none (or --replace). */
export async function modelsWithRows(client: AnyClient): Promise<{ name: string; rows: number }[]> {
  const found: { name: string; rows: number }[] = [];
  for (const model of allModels()) {
    const rows = await delegateOf(client, model).count(notFromMigrations(model));
    if (rows > 0) found.push({ name: model.name, rows });
  }
  return found;
}

type TransactionClient = AnyClient & {
  $transaction<T>(work: (tx: AnyClient) => Promise<T>, options?: { timeout?: number; maxWait?: number }): Promise<T>;
};

export type RestoreOptions = {
  replace?: boolean;
  uploadDir: string;
  /** Rows per insert (fewer when rows are large: a batch stays under BATCH_BYTES). */
  batchSize?: number;
  log?: (line: string) => void;
};

// Measured at 10,000 articles and 50,000 replies into PostgreSQL: 200-row batches peaked near twice
// the heap of 50-row ones for no gain in time; 100 rows or 1 MB, whichever comes first.
const BATCH_BYTES = 1024 * 1024;

async function* lines(file: string): AsyncGenerator<string> {
  for await (const { line } of boundedLines(file, path.basename(file))) yield line;
}

async function insertModel(tx: AnyClient, model: BackupModel, file: string, batchSize: number): Promise<{ rows: number; deferred: boolean }> {
  const delegate = delegateOf(tx, model);
  const deferred = deferredFields(model);
  const backfill = Object.entries(await fieldsAddedLater(tx, model));
  let batch: Record<string, unknown>[] = [];
  let batchBytes = 0;
  let rows = 0;
  let needsSecondPass = false;
  const flush = async () => {
    if (batch.length === 0) return;
    await delegate.createMany({ data: batch });
    rows += batch.length;
    batch = [];
    batchBytes = 0;
  };
  for await (const line of lines(file)) {
    const row = decodeRow(model, line);
    for (const [field, value] of backfill) if (!(field in row)) row[field] = value;
    for (const field of deferred) {
      if (row[field] !== null && row[field] !== undefined) needsSecondPass = true;
      row[field] = null;
    }
    batch.push(row);
    batchBytes += line.length;
    if (batch.length >= batchSize || batchBytes >= BATCH_BYTES) await flush();
  }
  await flush();
  return { rows, deferred: needsSecondPass };
}

/** Second pass: rows that point at rows of their own model (a reply's parent), now that all exist. */
async function linkModel(tx: AnyClient, model: BackupModel, file: string): Promise<number> {
  const delegate = delegateOf(tx, model);
  const deferred = deferredFields(model);
  // Prisma would stamp @updatedAt fields with the time of this update: give them back their own.
  const keep = model.fields.filter((field) => field.isUpdatedAt).map((field) => field.name);
  let linked = 0;
  for await (const line of lines(file)) {
    const row = decodeRow(model, line);
    if (deferred.every((field) => row[field] === null || row[field] === undefined)) continue;
    const data: Record<string, unknown> = {};
    for (const field of [...deferred, ...keep]) data[field] = row[field];
    await delegate.update({ where: whereKey(model.primaryKey, row), data });
    linked++;
  }
  return linked;
}

export type RestoreSummary = { rows: Record<string, number>; uploads: number };

/** Restore an opened backup. Throws RestoreRefusedError when the database has rows and replace is not set. */
export async function restoreBackup(client: TransactionClient, backup: OpenedBackup, options: RestoreOptions): Promise<RestoreSummary> {
  const log = options.log ?? (() => {});
  const batchSize = options.batchSize ?? 100;
  const entries = new Map<string, ModelEntry>(backup.manifest.models.map((entry) => [entry.name, entry]));

  const present = await modelsWithRows(client);
  if (present.length > 0 && !options.replace) {
    const list = present.map((model) => `${model.name}: ${model.rows}`).join(", ");
    throw new RestoreRefusedError(
      `The database is not empty (${list}). Restore into an empty database, or pass --replace to delete everything in it first.`,
    );
  }

  const summary: RestoreSummary = { rows: {}, uploads: 0 };
  await client.$transaction(
    async (tx) => {
      if (present.length > 0) {
        // Children first, so that no foreign key objects.
        for (const model of [...insertionOrder(allModels())].reverse()) await delegateOf(tx, model).deleteMany({});
        log(`emptied the database (${present.map((model) => model.name).join(", ")})`);
      }
      for (const model of exportedModels()) {
        const rows = ROWS_FROM_MIGRATIONS[model.name];
        if (!rows) continue;
        if (entries.has(model.name)) await delegateOf(tx, model).deleteMany({});
        else if (present.length > 0) await delegateOf(tx, model).createMany({ data: rows });
      }
      const toLink: BackupModel[] = [];
      for (const model of exportedModels()) {
        const entry = entries.get(model.name);
        if (!entry) continue;
        const result = await insertModel(tx, model, path.join(backup.dir, entry.file), batchSize);
        if (result.rows !== entry.rows) throw new Error(`${model.name}: wrote ${result.rows} rows, the backup has ${entry.rows}.`);
        summary.rows[model.name] = result.rows;
        if (result.deferred) toLink.push(model);
        log(`${model.name}: ${result.rows} rows`);
      }
      for (const model of toLink) {
        const linked = await linkModel(tx, model, path.join(backup.dir, entries.get(model.name)!.file));
        log(`${model.name}: ${linked} rows linked to their parent`);
      }
      // Inside the transaction: if a file cannot be written, no row is kept either (a copied file
      // without its rows is harmless; rows without their images are not).
      const uploadDir = path.resolve(options.uploadDir);
      for (const upload of backup.uploads) {
        const target = path.join(uploadDir, ...upload.path.slice("uploads/".length).split("/"));
        await mkdir(path.dirname(target), { recursive: true });
        await copyFile(path.join(backup.dir, ...upload.path.split("/")), target);
        summary.uploads++;
      }
      log(`uploads: ${summary.uploads} files into ${uploadDir}`);
    },
    { timeout: 6 * 60 * 60_000, maxWait: 60_000 },
  );
  // Anything on any page may have changed (from the command line: sent to the running site).
  expireEverything();
  return summary;
}
