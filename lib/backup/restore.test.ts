// Export and restore on real SQLite databases, each a fresh file in a temporary folder with every
// migration applied (lib/db/scratch-database.ts): a backup exported from a newsroom's rows; a damaged,
// foreign or newer backup refused and nothing written (the database stays empty); a database with
// rows refused, then emptied with --replace; a restore giving back the rows exported, a reply linked
// to its parent though the parent comes later in the file. Hostile archives: one sentence each,
// nothing left in the temporary folder. The same on PostgreSQL: e2e/backup-restore.spec.ts.
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, createReadStream, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, test } from "node:test";
import * as tar from "tar";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchClient } from "@/lib/db/scratch-database";
import { exportBackup } from "./export";
import { BackupFormatError } from "./format";
import { ROWS_FROM_MIGRATIONS, RestoreRefusedError, openBackup, restoreBackup } from "./restore";
import { allModels } from "./schema";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-backup-unit-"));
// Restores in this process make their temporary folders here (os.tmpdir() reads TMPDIR on each call),
// so that the leftovers counted are this file's, not those of test files running beside it.
const restoreTmp = path.join(scratch, "tmp");
mkdirSync(restoreTmp);
process.env.TMPDIR = restoreTmp;

type Database = Awaited<ReturnType<typeof scratchClient>>;
type Db = Database["db"];
const databases: Database[] = [];
/** A fresh migrated database, closed and removed when the file's tests end. */
async function freshDatabase(): Promise<Db> {
  const database = await scratchClient();
  databases.push(database);
  return database.db;
}
after(async () => {
  for (const database of databases) await database.close();
  rmSync(scratch, { recursive: true, force: true });
});

const when = new Date("2026-11-27T18:45:00.123Z");

/**
 * An editor, their byline, one article and two replies. Export reads rows in primary key order, so
 * the answer ("answer" < "question") is written to the file before the reply it answers.
 */
async function fillNewsroom(db: Db): Promise<void> {
  const stamps = { createdAt: when, updatedAt: when };
  await db.user.create({ data: { id: "u1", email: "editor@example.com", name: "Editor", passwordHash: "$argon2id$x", role: "EDITOR", sessionsValidFrom: when, ...stamps } });
  await db.author.create({ data: { id: "a1", userId: "u1", handle: "editor", displayName: "Editor", ...stamps } });
  await db.article.create({ data: { id: "art1", slug: "s", editionId: "default-edition", title: "T", authorId: "a1", status: "PUBLISHED", publishedAt: when, ...stamps } });
  await db.reply.create({ data: { id: "question", articleId: "art1", authorName: "A", authorEmail: "a@example.net", body: "first", status: "APPROVED", ...stamps } });
  await db.reply.create({ data: { id: "answer", articleId: "art1", parentId: "question", authorName: "B", authorEmail: "b@example.net", body: "answer", status: "APPROVED", ...stamps } });
}

/** Every row of every model, in primary key order: what a person would compare between two databases. */
async function everyRow(db: Db): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const model of allModels()) {
    const delegate = (db as unknown as Record<string, { findMany(args: object): Promise<unknown[]> }>)[model.delegate]!;
    out[model.name] = await delegate.findMany({ orderBy: model.primaryKey.map((field) => ({ [field]: "asc" })) });
  }
  return out;
}

/** Rows in `db`, leaving out those the migrations insert (a migrated database is empty with them). */
async function rowCount(db: Db): Promise<number> {
  const fromMigrations = (name: string) => new Set((ROWS_FROM_MIGRATIONS[name] ?? []).map((row) => row.id));
  return Object.entries(await everyRow(db)).reduce((sum, [name, rows]) => sum + rows.filter((row) => !fromMigrations(name).has((row as { id?: unknown }).id)).length, 0);
}

let uploadFolders = 0;
/** What `npm run restore` does with a file: open it (every check), restore into `db`, remove the unpacked copy. */
async function restoreFile(db: Db, file: string, options: { replace?: boolean; batchSize?: number; uploadDir?: string } = {}) {
  const backup = await openBackup(file);
  try {
    return await restoreBackup(db, backup, { uploadDir: path.join(scratch, `restored-${++uploadFolders}`), ...options });
  } finally {
    await backup.close();
  }
}

const uploads = path.join(scratch, "uploads");
mkdirSync(path.join(uploads, "2026", "11"), { recursive: true });
writeFileSync(path.join(uploads, "2026", "11", "photo.jpg"), "not really a jpeg");
const good = path.join(scratch, "good.tar.gz");

let source: Db;
let manifest: Awaited<ReturnType<typeof exportBackup>>;
/** A migrated database that no refused file may write to: it is counted after each. */
let empty: Db;
before(async () => {
  source = await freshDatabase();
  await fillNewsroom(source);
  manifest = await exportBackup(source, { file: good, uploadDir: uploads });
  empty = await freshDatabase();
});

test("a backup of a database opens when every file matches the manifest", async () => {
  assert.equal(manifest.models.find((model) => model.name === "Reply")!.rows, 2);
  assert.ok(!manifest.models.some((model) => model.name === "UserSession"));
  const backup = await openBackup(good);
  try {
    assert.deepEqual(backup.uploads.map((upload) => upload.path), ["uploads/2026/11/photo.jpg"]);
    // The case the second pass is for: the answer is in the file before its parent.
    const replies = readFileSync(path.join(backup.dir, "data/Reply.jsonl"), "utf8").trim().split("\n").map((line) => JSON.parse(line) as { id: string; parentId: string | null });
    assert.deepEqual(replies.map((reply) => [reply.id, reply.parentId]), [["answer", "question"], ["question", null]]);
  } finally {
    await backup.close();
  }
});

/** The good backup unpacked, changed by `edit`, packed again. */
async function altered(name: string, edit: (dir: string) => void | Promise<void>): Promise<string> {
  const dir = mkdtempSync(path.join(scratch, "altered-"));
  await tar.extract({ file: good, cwd: dir });
  await edit(dir);
  const file = path.join(scratch, name);
  await tar.create({ gzip: true, file, cwd: dir }, ["manifest.json", "data", "uploads-index.jsonl", "uploads"]);
  return file;
}

const manifestEdit = (change: (manifest: Record<string, unknown>) => void) => (dir: string) => {
  const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
  change(manifest);
  writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
};

test("a damaged, foreign or newer backup is refused in one sentence, and nothing is written", async () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ["row.tar.gz", (dir) => writeFileSync(path.join(dir, "data/Reply.jsonl"), readFileSync(path.join(dir, "data/Reply.jsonl"), "utf8").replace("answer", "ANSWER")), /data\/Reply.jsonl does not match its checksum/],
    ["upload.tar.gz", (dir) => writeFileSync(path.join(dir, "uploads/2026/11/photo.jpg"), "swapped"), /uploads\/2026\/11\/photo.jpg does not match its checksum/],
    ["missing.tar.gz", (dir) => rmSync(path.join(dir, "data/Article.jsonl")), /data\/Article.jsonl is missing/],
    ["version.tar.gz", manifestEdit((manifest) => (manifest.formatVersion = 2)), /format version 2; this Gazette reads version 1/],
    ["newer.tar.gz", manifestEdit((manifest) => ((manifest.schema as { migration: string }).migration = "99991231000000_future")), /made by a newer Gazette/],
    ["foreign.tar.gz", manifestEdit((manifest) => (manifest.format = "ghost")), /not a Gazette backup/],
  ];
  for (const [name, edit, message] of cases) {
    const uploadDir = path.join(scratch, `refused-${name}`);
    await assert.rejects(restoreFile(empty, await altered(name, edit), { uploadDir }), (error: Error) => error instanceof BackupFormatError && message.test(error.message), name);
    assert.equal(await rowCount(empty), 0, name);
    assert.ok(!existsSync(uploadDir), name);
  }
  writeFileSync(path.join(scratch, "text.tar.gz"), "hello");
  await assert.rejects(restoreFile(empty, path.join(scratch, "text.tar.gz")), /is not a readable Gazette backup/);
  const truncated = readFileSync(good).subarray(0, 200);
  writeFileSync(path.join(scratch, "truncated.tar.gz"), truncated);
  await assert.rejects(restoreFile(empty, path.join(scratch, "truncated.tar.gz")), BackupFormatError);
  assert.equal(await rowCount(empty), 0);
});

describe("a database with rows", () => {
  let occupied: Db;
  before(async () => {
    occupied = await freshDatabase();
    // Another newsroom: its own editor (with the backup's email), three articles on a byline that
    // restricts deletion (an article must go before its author), a tag, a reply and its answer.
    await occupied.user.create({ data: { id: "old-editor", email: "editor@example.com", name: "Old editor", passwordHash: "$argon2id$y" } });
    await occupied.author.create({ data: { id: "old-author", userId: "old-editor", handle: "old-editor", displayName: "Old editor" } });
    for (const n of [1, 2, 3]) await occupied.article.create({ data: { id: `old-${n}`, slug: `old-${n}`, editionId: "default-edition", title: `Old ${n}`, authorId: "old-author" } });
    await occupied.tag.create({ data: { name: "Old", slug: "old", editionId: "default-edition" } });
    await occupied.reply.create({ data: { id: "old-question", articleId: "old-1", authorName: "C", authorEmail: "c@example.net", body: "old" } });
    await occupied.reply.create({ data: { id: "old-answer", articleId: "old-1", parentId: "old-question", authorName: "D", authorEmail: "d@example.net", body: "old answer" } });
  });

  test("is refused, naming what it holds, and nothing in it changes", async () => {
    const held = await everyRow(occupied);
    const uploadDir = path.join(scratch, "refused-occupied");
    await assert.rejects(
      restoreFile(occupied, good, { uploadDir }),
      (error: Error) => error instanceof RestoreRefusedError && /not empty \(User: 1, Author: 1, Tag: 1, Article: 3, Reply: 2\)\. .*--replace/.test(error.message),
    );
    assert.deepEqual(await everyRow(occupied), held);
    assert.ok(!existsSync(uploadDir));
  });

  test("with --replace, is emptied (answers and articles before what they point at) and holds the backup's rows", async () => {
    await restoreFile(occupied, good, { replace: true });
    assert.deepEqual(await everyRow(occupied), await everyRow(source));
    assert.equal(await occupied.article.count({ where: { id: { startsWith: "old-" } } }), 0);
    assert.equal(await occupied.tag.count(), 0);
  });
});

test("a restore into an empty database gives back the rows exported: referenced rows first, the answer linked to the parent after it in the file", async () => {
  const target = await freshDatabase();
  const uploadDir = path.join(scratch, "restored-round-trip");
  // One row per insert: the answer is written while its parent does not exist yet, as in any backup
  // with more replies than a batch.
  takeCollectedExpirations();
  const summary = await restoreFile(target, good, { uploadDir, batchSize: 1 });
  // Every reader page expires (from the command line: collected for the running site).
  assert.deepEqual(takeCollectedExpirations(), { everything: true });
  assert.deepEqual(summary, { rows: Object.fromEntries(manifest.models.map((model) => [model.name, model.rows])), uploads: 1 });
  const answer = await target.reply.findUniqueOrThrow({ where: { id: "answer" }, select: { body: true, parent: { select: { body: true } }, createdAt: true, updatedAt: true } });
  // updatedAt kept as exported, not stamped with the time of the second pass.
  assert.deepEqual(answer, { body: "answer", parent: { body: "first" }, createdAt: when, updatedAt: when });
  assert.deepEqual(await everyRow(target), await everyRow(source));
  assert.equal((await everyRow(target)).Reply!.length, 2);
  assert.equal(readFileSync(path.join(uploadDir, "2026", "11", "photo.jpg"), "utf8"), "not really a jpeg");
});

// ---- hostile archives: one sentence each, nothing left in the temporary folder ----

/** `megabytes` MB of letters gzip packs about a hundredfold (a 16 KB random block, repeated). */
function repeatedNoise(megabytes: number): Buffer {
  const block = Buffer.from(randomBytes(12 * 1024).toString("base64").replace(/[+/=]/g, "x"));
  const megabyte = Buffer.concat(Array.from({ length: Math.ceil((1024 * 1024) / block.length) }, () => block)).subarray(0, 1024 * 1024);
  return Buffer.concat(Array.from({ length: megabytes }, () => megabyte));
}

const leftovers = () => readdirSync(restoreTmp).filter((name) => name.startsWith("gazette-restore-")).length;

/** The good backup with one data file rewritten by `write`, its checksum, size and rows recomputed. */
async function edited(name: string, model: string, write: (file: string) => Promise<void> | void): Promise<string> {
  return altered(name, async (dir) => {
    const file = path.join(dir, `data/${model}.jsonl`);
    await write(file);
    const hash = createHash("sha256");
    let bytes = 0;
    let rows = 0;
    for await (const chunk of createReadStream(file)) {
      hash.update(chunk as Buffer);
      bytes += (chunk as Buffer).length;
      for (const byte of chunk as Buffer) if (byte === 10) rows++;
    }
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
    Object.assign(manifest.models.find((entry: { name: string }) => entry.name === model), { sha256: hash.digest("hex"), bytes, rows });
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
  });
}

test("a truncated backup and an archive bomb are refused in one sentence and leave no folder behind", async () => {
  const before = leftovers();
  const half = readFileSync(good).subarray(0, Math.floor(readFileSync(good).length / 2));
  writeFileSync(path.join(scratch, "half.tar.gz"), half);
  await assert.rejects(restoreFile(empty, path.join(scratch, "half.tar.gz")), (error: Error) => error instanceof BackupFormatError && /Nothing was restored\.$/.test(error.message));

  // 200 MB of zeros in a data file, a few hundred kilobytes packed: tar stops it (ratio over 1,000).
  const bomb = await altered("bomb.tar.gz", (dir) => {
    const zeros = Buffer.alloc(1024 * 1024);
    const file = path.join(dir, "data/User.jsonl");
    writeFileSync(file, "");
    for (let n = 0; n < 200; n++) appendFileSync(file, zeros);
  });
  await assert.rejects(restoreFile(empty, bomb), /is not a readable Gazette backup \(a \.tar\.gz file\): max decompression ratio exceeded.*Nothing was restored\.$/);
  // Less compressible (a ratio of about 100), it passes tar's check and stops at the size bound.
  const wide = await altered("wide.tar.gz", (dir) => writeFileSync(path.join(dir, "data/User.jsonl"), repeatedNoise(80)));
  await assert.rejects(openBackup(wide, { maxUnpackedBytes: 50 * 1024 * 1024 }), /would unpack to more than 50 MB: this is not a backup Gazette wrote/);
  // The same bomb cut short: tar stops half-way through writing it.
  const bombBytes = readFileSync(bomb);
  writeFileSync(path.join(scratch, "bomb-cut.tar.gz"), bombBytes.subarray(0, Math.floor(bombBytes.length * 0.6)));
  await assert.rejects(openBackup(path.join(scratch, "bomb-cut.tar.gz")), (error: Error) => error instanceof BackupFormatError && /not a readable Gazette backup/.test(error.message));
  assert.equal(leftovers(), before);
  assert.equal(await rowCount(empty), 0);
});

test("one 300 MB line is refused as it is read, in bounded memory", async () => {
  const long = await edited("long-line.tar.gz", "Reply", (file) => {
    writeFileSync(file, '{"id":"r9","body":"');
    appendFileSync(file, repeatedNoise(300));
    appendFileSync(file, '"}\n');
  });
  const before = process.memoryUsage().rss;
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  try {
    await assert.rejects(openBackup(long), /data\/Reply\.jsonl line 1 is longer than 64 MB/);
  } finally {
    clearInterval(sampler);
  }
  // Refused at 64 MB read; the rest of the growth is the unpacking's buffers and garbage not yet
  // collected (250–270 MB seen). Keeping the line whole costs at least twice the line (its bytes and
  // its string: 600 MB and more); readline took 5.4 GB.
  assert.ok(peak - before < 400 * 1024 * 1024, `grew by ${Math.round((peak - before) / 1024 / 1024)} MB`);
});

test("values are checked against the schema before any write", async () => {
  const badEnum = await edited("bad-enum.tar.gz", "User", (file) => writeFileSync(file, readFileSync(file, "utf8").replace('"EDITOR"', '"SUPERUSER"')));
  await assert.rejects(restoreFile(empty, badEnum), /data\/User\.jsonl line 1: role "SUPERUSER" is not one of ADMIN, .*Nothing was restored\./);
  const badDate = await edited("bad-date.tar.gz", "Article", (file) => writeFileSync(file, readFileSync(file, "utf8").replace(/"publishedAt":"[^"]+"/, '"publishedAt":"yesterday"')));
  await assert.rejects(restoreFile(empty, badDate), /data\/Article\.jsonl line 1: publishedAt "yesterday" is not a date/);
  const missing = await edited("null-title.tar.gz", "Article", (file) => writeFileSync(file, readFileSync(file, "utf8").replace(/"title":"[^"]*"/, '"title":null')));
  await assert.rejects(restoreFile(empty, missing), /data\/Article\.jsonl line 1: title is required/);
  assert.equal(await rowCount(empty), 0);
});

test("the staff accounts a backup creates are listed, an added administrator among them", async () => {
  const added = await edited("added-admin.tar.gz", "User", (file) => {
    const line = readFileSync(file, "utf8").trim();
    const intruder = { ...JSON.parse(line), id: "u2", email: "intruder@example.net", name: "Intruder", role: "ADMIN" };
    writeFileSync(file, `${line}\n${JSON.stringify(intruder)}\n`);
  });
  const backup = await openBackup(added);
  try {
    assert.deepEqual(
      backup.staff.map((account) => [account.email, account.role]),
      [
        ["editor@example.com", "EDITOR"],
        ["intruder@example.net", "ADMIN"],
      ],
    );
  } finally {
    await backup.close();
  }
});

test("a backup made before content belonged to editions restores its articles into the default edition", async () => {
  // What a backup of that time holds: Article rows without editionId (and no field of that name).
  const older = await edited("before-editions.tar.gz", "Article", (file) => {
    const rows = readFileSync(file, "utf8").trim().split("\n").map((line) => JSON.parse(line) as Record<string, unknown>);
    writeFileSync(file, rows.map(({ editionId: _dropped, ...row }) => JSON.stringify(row) + "\n").join(""));
  });
  const target = await freshDatabase();
  await restoreFile(target, older);
  const defaultEdition = await target.edition.findFirstOrThrow({ where: { isDefault: true }, select: { id: true } });
  assert.deepEqual(await target.article.findMany({ select: { id: true, editionId: true } }), [{ id: "art1", editionId: defaultEdition.id }]);
});

test("translations come back linked: their group, their source (written after them when it comes later in the file) and their dates", async () => {
  const newsroom = await freshDatabase();
  await fillNewsroom(newsroom);
  const stamps = { createdAt: when, updatedAt: when };
  await newsroom.edition.create({ data: { id: "ed-fr", language: "fr", name: "Français", path: "fr", position: 1, ...stamps } });
  await newsroom.article.update({ where: { id: "art1" }, data: { translationGroup: "art1", contentChangedAt: new Date(when.getTime() + 1000), updatedAt: when } });
  // "art0" < "art1": the translation is in the file before its source.
  await newsroom.article.create({
    data: { id: "art0", slug: "s", editionId: "ed-fr", title: "T (fr)", authorId: "a1", translationGroup: "art1", translationSourceId: "art1", sourceSeenAt: when, contentChangedAt: when, ...stamps },
  });
  const file = path.join(scratch, "translations.tar.gz");
  await exportBackup(newsroom, { file, uploadDir: uploads });
  const target = await freshDatabase();
  await restoreFile(target, file, { batchSize: 1 });
  const linked = { id: true, editionId: true, translationGroup: true, translationSourceId: true, sourceSeenAt: true, contentChangedAt: true } as const;
  assert.deepEqual(await target.article.findMany({ select: linked, orderBy: { id: "asc" } }), [
    { id: "art0", editionId: "ed-fr", translationGroup: "art1", translationSourceId: "art1", sourceSeenAt: when, contentChangedAt: when },
    { id: "art1", editionId: "default-edition", translationGroup: "art1", translationSourceId: null, sourceSeenAt: null, contentChangedAt: new Date(when.getTime() + 1000) },
  ]);
  assert.deepEqual(await everyRow(target), await everyRow(newsroom));
});
