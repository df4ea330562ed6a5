// Export and restore against an in-memory stand-in for the Prisma client: the file checks (nothing is
// written from a damaged, foreign or newer backup), the refusal of a database with rows, and the
// order of writes (referenced models first, replies linked to their parents in a second pass).
// The same against real databases: e2e/backup-restore.spec.ts (PostgreSQL pass).
import assert from "node:assert/strict";
import { createHash, randomBytes } from "node:crypto";
import { appendFileSync, createReadStream, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, test } from "node:test";
import * as tar from "tar";
import { exportBackup } from "./export";
import { BackupFormatError } from "./format";
import { RestoreRefusedError, openBackup, restoreBackup } from "./restore";
import { allModels } from "./schema";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-backup-unit-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
// Restores in this process make their temporary folders here (os.tmpdir() reads TMPDIR on each call),
// so that the leftovers counted are this file's, not those of test files running beside it.
const restoreTmp = path.join(scratch, "tmp");
mkdirSync(restoreTmp);
process.env.TMPDIR = restoreTmp;

const when = new Date("2026-11-27T18:45:00.123Z");
const tables: Record<string, Record<string, unknown>[]> = {
  user: [{ id: "u1", email: "editor@example.com", name: "Editor", passwordHash: "$argon2id$x", role: "EDITOR", active: true, createdAt: when, updatedAt: when }],
  author: [{ id: "a1", userId: "u1", handle: "editor", displayName: "Editor", bio: "", createdAt: when, updatedAt: when }],
  article: [{ id: "art1", slug: "s", title: "T", authorId: "a1", status: "PUBLISHED", publishedAt: when, createdAt: when, updatedAt: when }],
  reply: [
    { id: "r2", articleId: "art1", parentId: "r1", authorName: "B", authorEmail: "b@example.net", body: "answer", status: "APPROVED", createdAt: when, updatedAt: when },
    { id: "r1", articleId: "art1", parentId: null, authorName: "A", authorEmail: "a@example.net", body: "first", status: "APPROVED", createdAt: when, updatedAt: when },
  ],
};

type Call = [string, string, unknown];

function requiredDefaults(model: ReturnType<typeof allModels>[number]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const field of model.fields) {
    if (!field.isRequired || field.isList) continue;
    if (field.kind === "enum") out[field.name] = field.enumValues[0];
    else out[field.name] = ({ String: "", Boolean: false, Int: 0, Float: 0, DateTime: when, BigInt: BigInt(0), Json: {} } as Record<string, unknown>)[field.type];
  }
  return out;
}

/** A stand-in client: reads from `tables`, counts `rowsPresent`, records every write. */
function fakeClient(rowsPresent: Record<string, number> = {}) {
  const calls: Call[] = [];
  const client: Record<string, unknown> = {
    async $transaction(work: (tx: unknown) => Promise<unknown>) {
      calls.push(["$transaction", "", null]);
      return work(client);
    },
  };
  for (const model of allModels()) {
    client[model.delegate] = {
      // Rows as a database holds them: every required field has a value (the schema's default here).
      findMany: async ({ take }: { take: number }) => (tables[model.delegate] ?? []).slice(0, take).map((row) => ({ ...requiredDefaults(model), ...row })),
      count: async () => rowsPresent[model.name] ?? 0,
      createMany: async ({ data }: { data: unknown[] }) => {
        calls.push(["createMany", model.name, data]);
        return { count: data.length };
      },
      update: async (args: unknown) => calls.push(["update", model.name, args]),
      deleteMany: async () => {
        calls.push(["deleteMany", model.name, null]);
        return { count: 0 };
      },
    };
  }
  return { client, calls };
}

const uploads = path.join(scratch, "uploads");
mkdirSync(path.join(uploads, "2026", "11"), { recursive: true });
writeFileSync(path.join(uploads, "2026", "11", "photo.jpg"), "not really a jpeg");
const good = path.join(scratch, "good.tar.gz");

test("a backup opens when every file matches the manifest", async () => {
  const manifest = await exportBackup(fakeClient().client, { file: good, uploadDir: uploads });
  assert.equal(manifest.models.find((model) => model.name === "Reply")!.rows, 2);
  assert.ok(!manifest.models.some((model) => model.name === "UserSession"));
  const backup = await openBackup(good);
  try {
    assert.deepEqual(backup.uploads.map((upload) => upload.path), ["uploads/2026/11/photo.jpg"]);
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

test("a damaged, foreign or newer backup is refused in one sentence", async () => {
  const cases: [string, (dir: string) => void, RegExp][] = [
    ["row.tar.gz", (dir) => writeFileSync(path.join(dir, "data/Reply.jsonl"), readFileSync(path.join(dir, "data/Reply.jsonl"), "utf8").replace("answer", "ANSWER")), /data\/Reply.jsonl does not match its checksum/],
    ["upload.tar.gz", (dir) => writeFileSync(path.join(dir, "uploads/2026/11/photo.jpg"), "swapped"), /uploads\/2026\/11\/photo.jpg does not match its checksum/],
    ["missing.tar.gz", (dir) => rmSync(path.join(dir, "data/Article.jsonl")), /data\/Article.jsonl is missing/],
    ["version.tar.gz", manifestEdit((manifest) => (manifest.formatVersion = 2)), /format version 2; this Gazette reads version 1/],
    ["newer.tar.gz", manifestEdit((manifest) => ((manifest.schema as { migration: string }).migration = "99991231000000_future")), /made by a newer Gazette/],
    ["foreign.tar.gz", manifestEdit((manifest) => (manifest.format = "ghost")), /not a Gazette backup/],
  ];
  for (const [name, edit, message] of cases) {
    await assert.rejects(openBackup(await altered(name, edit)), (error: Error) => error instanceof BackupFormatError && message.test(error.message), name);
  }
  writeFileSync(path.join(scratch, "text.tar.gz"), "hello");
  await assert.rejects(openBackup(path.join(scratch, "text.tar.gz")), /is not a readable Gazette backup/);
  const truncated = readFileSync(good).subarray(0, 200);
  writeFileSync(path.join(scratch, "truncated.tar.gz"), truncated);
  await assert.rejects(openBackup(path.join(scratch, "truncated.tar.gz")), BackupFormatError);
});

test("a database with rows is refused, naming them, before any write", async () => {
  const { client, calls } = fakeClient({ Article: 3, Tag: 1 });
  const backup = await openBackup(good);
  try {
    await assert.rejects(
      restoreBackup(client as never, backup, { uploadDir: path.join(scratch, "restored") }),
      (error: Error) => error instanceof RestoreRefusedError && /not empty \(Tag: 1, Article: 3\)\. .*--replace/.test(error.message),
    );
    assert.deepEqual(calls, []);
  } finally {
    await backup.close();
  }
});

test("rows go in referenced models first, replies linked to their parents afterwards; --replace empties children first", async () => {
  const { client, calls } = fakeClient({ Reply: 1 });
  const backup = await openBackup(good);
  try {
    await restoreBackup(client as never, backup, { uploadDir: path.join(scratch, "restored"), replace: true });
  } finally {
    await backup.close();
  }
  const deletes = calls.filter(([kind]) => kind === "deleteMany").map(([, model]) => model);
  assert.ok(deletes.indexOf("Reply") < deletes.indexOf("Article") && deletes.indexOf("Article") < deletes.indexOf("User"));
  const creates = calls.filter(([kind]) => kind === "createMany").map(([, model]) => model);
  assert.deepEqual(creates, ["User", "Author", "Article", "Reply"]);
  const replies = calls.find(([kind, model]) => kind === "createMany" && model === "Reply")![2] as Record<string, unknown>[];
  assert.ok(replies.every((reply) => reply.parentId === null));
  assert.deepEqual(replies[0]!.createdAt, when);
  const updates = calls.filter(([kind]) => kind === "update");
  assert.deepEqual(updates, [["update", "Reply", { where: { id: "r2" }, data: { parentId: "r1", updatedAt: when } }]]);
  assert.equal(readFileSync(path.join(scratch, "restored", "2026", "11", "photo.jpg"), "utf8"), "not really a jpeg");
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
  await assert.rejects(openBackup(path.join(scratch, "half.tar.gz")), (error: Error) => error instanceof BackupFormatError && /Nothing was restored\.$/.test(error.message));

  // 200 MB of zeros in a data file, a few hundred kilobytes packed: tar stops it (ratio over 1,000).
  const bomb = await altered("bomb.tar.gz", (dir) => {
    const zeros = Buffer.alloc(1024 * 1024);
    const file = path.join(dir, "data/User.jsonl");
    writeFileSync(file, "");
    for (let n = 0; n < 200; n++) appendFileSync(file, zeros);
  });
  await assert.rejects(openBackup(bomb), /is not a readable Gazette backup \(a \.tar\.gz file\): max decompression ratio exceeded.*Nothing was restored\.$/);
  // Less compressible (a ratio of about 100), it passes tar's check and stops at the size bound.
  const wide = await altered("wide.tar.gz", (dir) => writeFileSync(path.join(dir, "data/User.jsonl"), repeatedNoise(80)));
  await assert.rejects(openBackup(wide, { maxUnpackedBytes: 50 * 1024 * 1024 }), /would unpack to more than 50 MB: this is not a backup Gazette wrote/);
  // The same bomb cut short: tar stops half-way through writing it.
  const bombBytes = readFileSync(bomb);
  writeFileSync(path.join(scratch, "bomb-cut.tar.gz"), bombBytes.subarray(0, Math.floor(bombBytes.length * 0.6)));
  await assert.rejects(openBackup(path.join(scratch, "bomb-cut.tar.gz")), (error: Error) => error instanceof BackupFormatError && /not a readable Gazette backup/.test(error.message));
  assert.equal(leftovers(), before);
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
  assert.ok(peak - before < 250 * 1024 * 1024, `grew by ${Math.round((peak - before) / 1024 / 1024)} MB`);
});

test("values are checked against the schema before any write", async () => {
  const badEnum = await edited("bad-enum.tar.gz", "User", (file) => writeFileSync(file, readFileSync(file, "utf8").replace('"EDITOR"', '"SUPERUSER"')));
  await assert.rejects(openBackup(badEnum), /data\/User\.jsonl line 1: role "SUPERUSER" is not one of ADMIN, .*Nothing was restored\./);
  const badDate = await edited("bad-date.tar.gz", "Article", (file) => writeFileSync(file, readFileSync(file, "utf8").replace(/"publishedAt":"[^"]+"/, '"publishedAt":"yesterday"')));
  await assert.rejects(openBackup(badDate), /data\/Article\.jsonl line 1: publishedAt "yesterday" is not a date/);
  const missing = await edited("null-title.tar.gz", "Article", (file) => writeFileSync(file, readFileSync(file, "utf8").replace(/"title":"[^"]*"/, '"title":null')));
  await assert.rejects(openBackup(missing), /data\/Article\.jsonl line 1: title is required/);
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
