// Export and restore against an in-memory stand-in for the Prisma client: the file checks (nothing is
// written from a damaged, foreign or newer backup), the refusal of a database with rows, and the
// order of writes (referenced models first, replies linked to their parents in a second pass).
// The same against real databases: e2e/backup-restore.spec.ts (PostgreSQL pass).
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
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
      findMany: async ({ take }: { take: number }) => (tables[model.delegate] ?? []).slice(0, take),
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
async function altered(name: string, edit: (dir: string) => void): Promise<string> {
  const dir = mkdtempSync(path.join(scratch, "altered-"));
  await tar.extract({ file: good, cwd: dir });
  edit(dir);
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
