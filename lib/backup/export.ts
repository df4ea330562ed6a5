// `npm run export -- backup.tar.gz`: every exported model through the Prisma client, a page of rows at
// a time (keyset paging by primary key: memory stays one page whatever the table's size), streamed to
// one JSON Lines file per model, plus the upload folder, into a tar.gz (format: lib/backup/format.ts).
import { createHash } from "node:crypto";
import { createReadStream, createWriteStream, type WriteStream } from "node:fs";
import { lstat, mkdir, mkdtemp, readdir, readFile, rename, rm, symlink, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { once } from "node:events";
import * as tar from "tar";
import { afterKey, delegateOf, type AnyClient } from "./delegate";
import { FORMAT_NAME, FORMAT_VERSION, MANIFEST_FILE, UPLOADS_INDEX_FILE, dataFileOf, encodeRow, type Manifest, type ModelEntry } from "./format";
import { EXCLUDED_MODELS, SCHEMA_PATH, exportedModels, migrationNames, type BackupModel } from "./schema";

export type ExportOptions = {
  /** The .tar.gz to write (written beside as .partial, then renamed: never a half file under this name). */
  file: string;
  /** The upload folder (UPLOAD_DIR); a missing folder is an empty one. */
  uploadDir: string;
  /** Rows per query. */
  pageSize?: number;
  /** Progress lines (model and rows), for the terminal. */
  log?: (line: string) => void;
  now?: Date;
};

/** Write stream with backpressure and a running SHA-256. */
class HashedWriter {
  private readonly hash = createHash("sha256");
  bytes = 0;
  constructor(private readonly stream: WriteStream) {}
  async write(text: string) {
    const chunk = Buffer.from(text, "utf8");
    this.hash.update(chunk);
    this.bytes += chunk.length;
    if (!this.stream.write(chunk)) await once(this.stream, "drain");
  }
  async close(): Promise<string> {
    this.stream.end();
    await once(this.stream, "finish");
    return this.hash.digest("hex");
  }
}

async function exportModel(client: AnyClient, model: BackupModel, file: string, pageSize: number): Promise<ModelEntry> {
  if (model.primaryKey.length === 0) throw new Error(`${model.name} has no primary key: a backup cannot page through it.`);
  const delegate = delegateOf(client, model);
  const writer = new HashedWriter(createWriteStream(file));
  const select = Object.fromEntries(model.fields.map((field) => [field.name, true as const]));
  const orderBy = model.primaryKey.map((field) => ({ [field]: "asc" }));
  let rows = 0;
  let last: Record<string, unknown> | null = null;
  for (;;) {
    const page: Record<string, unknown>[] = await delegate.findMany({ select, orderBy, take: pageSize, ...(last ? { where: afterKey(model.primaryKey, last) } : {}) });
    for (const row of page) await writer.write(encodeRow(model, row) + "\n");
    rows += page.length;
    if (page.length < pageSize) break;
    last = page.at(-1)!;
  }
  const sha256 = await writer.close();
  return { name: model.name, file: path.posix.join("data", `${model.name}.jsonl`), rows, bytes: writer.bytes, sha256, fields: model.fields.map((field) => field.name) };
}

/** Every regular file under `dir`, as paths relative to it with "/", sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (relative: string) => {
    let entries;
    try {
      entries = await readdir(path.join(dir, relative), { withFileTypes: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT" && relative === "") return;
      throw error;
    }
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  await walk("");
  return out;
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash("sha256");
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function exportBackup(client: AnyClient, options: ExportOptions): Promise<Manifest> {
  const pageSize = options.pageSize ?? 200;
  const log = options.log ?? (() => {});
  const staging = await mkdtemp(path.join(tmpdir(), "gazette-export-"));
  const partial = `${options.file}.partial`;
  try {
    await mkdir(path.join(staging, "data"));
    const models: ModelEntry[] = [];
    for (const model of exportedModels()) {
      const entry = await exportModel(client, model, path.join(staging, dataFileOf(model.name)), pageSize);
      log(`${model.name}: ${entry.rows} rows`);
      models.push(entry);
    }

    const uploadDir = path.resolve(options.uploadDir);
    const uploads = await listFiles(uploadDir);
    const index = new HashedWriter(createWriteStream(path.join(staging, UPLOADS_INDEX_FILE)));
    let uploadBytes = 0;
    for (const relative of uploads) {
      const full = path.join(uploadDir, ...relative.split("/"));
      const { size } = await lstat(full);
      uploadBytes += size;
      await index.write(JSON.stringify({ path: `uploads/${relative}`, bytes: size, sha256: await sha256File(full) }) + "\n");
    }
    const indexSha = await index.close();
    log(`uploads: ${uploads.length} files, ${uploadBytes} bytes`);

    const migrations = migrationNames();
    const manifest: Manifest = {
      format: FORMAT_NAME,
      formatVersion: FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      schema: {
        migration: migrations.at(-1) ?? "none",
        schemaSha256: createHash("sha256").update(await readFile(SCHEMA_PATH)).digest("hex"),
      },
      models,
      excluded: Object.entries(EXCLUDED_MODELS).map(([name, reason]) => ({ name, reason })),
      uploads: { index: UPLOADS_INDEX_FILE, files: uploads.length, bytes: uploadBytes, sha256: indexSha },
    };
    await writeFile(path.join(staging, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");

    // The upload folder is reached through a link in the staging folder, so the archive names its
    // files uploads/… without copying them; only the files in the index are packed.
    if (uploads.length > 0) await symlink(uploadDir, path.join(staging, "uploads"), "dir");
    await mkdir(path.dirname(path.resolve(options.file)), { recursive: true });
    await tar.create({ gzip: { level: 6 }, file: partial, cwd: staging, portable: true }, [
      MANIFEST_FILE,
      ...models.map((entry) => entry.file),
      UPLOADS_INDEX_FILE,
      ...uploads.map((relative) => `uploads/${relative}`),
    ]);
    await rename(partial, options.file);
    return manifest;
  } finally {
    await rm(partial, { force: true });
    await rm(staging, { recursive: true, force: true });
  }
}
