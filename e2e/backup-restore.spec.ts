import { spawnSync } from "node:child_process";
import { randomUUID } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import pg from "pg";
import * as tar from "tar";
import { migrate, seed } from "../scripts/lib/database";
import { startSecondServer } from "./second-server";

// Moving a newsroom from SQLite to PostgreSQL, as the README tells it (docs/decisions/024-backup-and-restore.md):
// seed a SQLite database → npm run export → npm run restore into a new PostgreSQL database → export
// again: the two backups hold the same data, byte for byte but for the manifest's time. The restored
// site then serves readers and signs staff in. Runs in the PostgreSQL pass (TEST_DATABASE_URL): its
// role creates the databases this needs (CREATEDB, as in .ci/run) and drops them afterwards.
const postgresUrl = process.env.DATABASE_URL ?? "";
test.skip(!/^postgres(ql)?:/.test(postgresUrl), "restores into PostgreSQL (runs in the PostgreSQL pass)");
test.describe.configure({ mode: "serial" });

const suffix = randomUUID().slice(0, 8);
// Made in beforeAll (the file is also loaded by the runner's main process, which runs no test).
let work = "";
let sqliteUrl = "";
let sourceUploads = "";
let restoredUploads = "";
const databaseName = `gazette_restore_${suffix}`;
const restoredUrl = (() => {
  const url = new URL(postgresUrl || "postgresql://x@localhost/x");
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

type Content = { article: { title: string; slug: string }; author: { displayName: string; handle: string }; suffix: string };
let content: Content;

function npmScript(script: "export" | "restore", args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), [`scripts/${script}.ts`, ...args], {
    env: { ...process.env, ...env },
    encoding: "utf8",
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function exportBackup(databaseUrl: string, uploadDir: string, file: string) {
  const result = npmScript("export", [file], { DATABASE_URL: databaseUrl, UPLOAD_DIR: uploadDir });
  expect(result.status, result.stderr).toBe(0);
}

async function withAdmin<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function withRestored<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: restoredUrl });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Every file of a backup, unpacked: name → bytes. */
async function unpack(file: string): Promise<Map<string, Buffer>> {
  const dir = mkdtempSync(path.join(work, "unpacked-"));
  await tar.extract({ file, cwd: dir });
  const files = new Map<string, Buffer>();
  const walk = (relative: string) => {
    for (const name of readdirSync(path.join(dir, relative))) {
      const child = relative ? `${relative}/${name}` : name;
      if (statSync(path.join(dir, child)).isDirectory()) walk(child);
      else files.set(child, readFileSync(path.join(dir, child)));
    }
  };
  walk("");
  return files;
}

/** The two backups hold the same data: the same files with the same bytes; manifests equal but for createdAt. */
async function expectSameData(first: string, second: string) {
  const [a, b] = [await unpack(first), await unpack(second)];
  expect([...b.keys()].sort()).toEqual([...a.keys()].sort());
  const manifest = (files: Map<string, Buffer>) => ({ ...JSON.parse(files.get("manifest.json")!.toString("utf8")), createdAt: "ignored" });
  expect(manifest(b)).toEqual(manifest(a));
  for (const [name, bytes] of a) {
    if (name === "manifest.json") continue;
    // Model by model, line by line: a difference names the table and the row.
    expect(b.get(name)!.toString("utf8").split("\n"), name).toEqual(bytes.toString("utf8").split("\n"));
  }
  const rows = manifest(a).models.find((model: { name: string }) => model.name === "Article").rows;
  expect(rows).toBeGreaterThan(40);
}

test.beforeAll(async () => {
  test.setTimeout(180_000);
  work = mkdtempSync(path.join(tmpdir(), "gazette-backup-e2e-"));
  sqliteUrl = `file:${path.join(work, "source.db")}`;
  sourceUploads = path.join(work, "uploads-source");
  restoredUploads = path.join(work, "uploads-restored");
  migrate(sqliteUrl);
  seed(sqliteUrl);
  const made = spawnSync(path.join("node_modules", ".bin", "tsx"), ["e2e/backup-content.ts", suffix], {
    env: { ...process.env, DATABASE_URL: sqliteUrl, UPLOAD_DIR: sourceUploads },
    encoding: "utf8",
  });
  expect(made.status, made.stderr).toBe(0);
  content = JSON.parse(made.stdout.trim().split("\n").at(-1)!) as Content;
  // Byte order (C collation) as SQLite compares: the rows of each file come out in the same order.
  await withAdmin((client) => client.query(`CREATE DATABASE "${databaseName}" TEMPLATE template0 ENCODING 'UTF8' LC_COLLATE 'C' LC_CTYPE 'C'`));
});

test.afterAll(async () => {
  await withAdmin((client) => client.query(`DROP DATABASE IF EXISTS "${databaseName}" WITH (FORCE)`));
  if (work) rmSync(work, { recursive: true, force: true });
});

test("SQLite → backup → PostgreSQL → backup: the two backups hold the same data", async () => {
  test.setTimeout(180_000);
  const first = path.join(work, "from-sqlite.tar.gz");
  exportBackup(sqliteUrl, sourceUploads, first);

  const restored = npmScript("restore", [first, "--yes"], { DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads });
  expect(restored.status, restored.stderr).toBe(0);
  expect(restored.stdout).toMatch(/Reply: \d+ rows linked to their parent/);
  expect(restored.stdout).toContain("Category: 1 rows linked to their parent");
  expect(restored.stdout).toContain("ImportedItem: 1 rows");

  const second = path.join(work, "from-postgres.tar.gz");
  exportBackup(restoredUrl, restoredUploads, second);
  await expectSameData(first, second);
  expect(readFileSync(path.join(restoredUploads, "2026", "11", `backup-${suffix}.png`))).toEqual(readFileSync(path.join(sourceUploads, "2026", "11", `backup-${suffix}.png`)));
});

test("PostgreSQL → backup → a new SQLite database → backup: the same data again (restore works both ways)", async () => {
  test.setTimeout(180_000);
  const fromPostgres = path.join(work, "from-postgres.tar.gz");
  const sqliteAgain = `file:${path.join(work, "restored.db")}`;
  const uploadsAgain = path.join(work, "uploads-sqlite-again");
  const restored = npmScript("restore", [fromPostgres, "--yes"], { DATABASE_URL: sqliteAgain, UPLOAD_DIR: uploadsAgain });
  expect(restored.status, restored.stderr).toBe(0);
  const third = path.join(work, "from-sqlite-again.tar.gz");
  exportBackup(sqliteAgain, uploadsAgain, third);
  await expectSameData(path.join(work, "from-sqlite.tar.gz"), third);
});

test("the restored site serves readers and signs staff in", async ({ page }) => {
  test.setTimeout(120_000);
  const site = await startSecondServer({ DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads, TRUSTED_PROXIES: "127.0.0.1, ::1" });
  try {
    await page.goto(`${site.url}/`);
    const latest = page.getByRole("list", { name: "Latest articles" });
    await expect(latest.getByRole("heading", { name: content.article.title })).toBeVisible();

    await latest.getByRole("link", { name: content.article.title }).first().click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(content.article.title);
    await expect(page.getByRole("heading", { level: 2, name: "Moving day" })).toBeVisible();
    const replies = page.getByRole("region", { name: "3 Replies" });
    const ines = replies.getByRole("listitem").filter({ has: page.getByRole("article", { name: `Reply by Ines ${suffix}` }) });
    const omar = ines.getByRole("listitem").filter({ has: page.getByRole("article", { name: `Reply by Omar ${suffix}` }) });
    await expect(omar.getByRole("article", { name: `Reply by Lena ${suffix}` })).toContainText("An answer to Omar.");
    await expect(page.getByRole("article", { name: `Reply by Pending ${suffix}` })).toHaveCount(0);
    await expect(page.getByRole("article", { name: `Reply by Spammer ${suffix}` })).toHaveCount(0);

    await page.goto(`${site.url}/authors/${content.author.handle}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(content.author.displayName);
    await expect(page.getByRole("link", { name: content.article.title }).first()).toBeVisible();

    await page.goto(`${site.url}/login`);
    await page.getByLabel("Email").fill("editor@example.com");
    await page.getByLabel("Password").fill("gazette-demo");
    await page.getByRole("button", { name: "Sign in" }).click();
    await expect(page).toHaveURL(/\/dashboard/);
  } finally {
    site.stop();
  }
});

test("restoring into a database that has rows refuses and changes nothing; a damaged file is refused before anything", async () => {
  test.setTimeout(120_000);
  const file = path.join(work, "from-sqlite.tar.gz");
  const articlesBefore = await withRestored(async (client) => (await client.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n);

  const refused = npmScript("restore", [file, "--yes"], { DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads });
  expect(refused.status).toBe(1);
  expect(refused.stderr).toMatch(/The database is not empty \(User: \d+, .*Article: \d+.*\)\. Restore into an empty database, or pass --replace/);

  const damaged = path.join(work, "damaged.tar.gz");
  const bytes = readFileSync(file);
  bytes.write("damage", Math.floor(bytes.length / 2));
  writeFileSync(damaged, bytes);
  const broken = npmScript("restore", [damaged, "--replace", "--yes"], { DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads });
  expect(broken.status).toBe(1);
  expect(broken.stderr).toMatch(/is not a readable Gazette backup|is damaged/);

  const foreign = path.join(work, "foreign.tar.gz");
  writeFileSync(path.join(work, "manifest.json"), JSON.stringify({ format: "something-else", formatVersion: 1 }));
  await tar.create({ gzip: true, file: foreign, cwd: work }, ["manifest.json"]);
  const other = npmScript("restore", [foreign, "--replace", "--yes"], { DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads });
  expect(other.status).toBe(1);
  expect(other.stderr).toContain("This is not a Gazette backup");

  expect(await withRestored(async (client) => (await client.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n)).toBe(articlesBefore);
});

test("--replace empties the database first: afterwards it holds exactly the backup", async () => {
  test.setTimeout(120_000);
  const file = path.join(work, "from-sqlite.tar.gz");
  await withRestored((client) => client.query(`INSERT INTO "Tag" (id, slug, "editionId", name, "createdAt") VALUES ('stray-${suffix}', 'stray-${suffix}', 'default-edition', 'Stray', now())`));

  const replaced = npmScript("restore", [file, "--replace", "--yes"], { DATABASE_URL: restoredUrl, UPLOAD_DIR: restoredUploads });
  expect(replaced.status, replaced.stderr).toBe(0);
  expect(replaced.stdout).toContain("emptied the database");

  const again = path.join(work, "after-replace.tar.gz");
  exportBackup(restoredUrl, restoredUploads, again);
  await expectSameData(file, again);
});

test("the WXR export is well-formed XML with every article and only the approved replies, threaded", async () => {
  test.setTimeout(60_000);
  const file = path.join(work, "site.xml");
  const result = spawnSync(path.join("node_modules", ".bin", "tsx"), ["scripts/export.ts", "--format", "wxr", file], {
    env: { ...process.env, DATABASE_URL: restoredUrl, SITE_URL: "https://news.example.com" },
    encoding: "utf8",
  });
  expect(result.status, result.stderr).toBe(0);
  const xml = readFileSync(file, "utf8");
  expect(XMLValidator.validate(xml)).toBe(true);
  const channel = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["item", "wp:comment", "wp:author", "category"].includes(name) }).parse(xml).rss.channel;
  const posts = (channel.item as Record<string, unknown>[]).filter((item) => item["wp:post_type"] === "post");
  const [articles, approved] = await withRestored(async (client) => [
    (await client.query(`SELECT count(*)::int AS n FROM "Article"`)).rows[0].n,
    (await client.query(`SELECT count(*)::int AS n FROM "Reply" WHERE status = 'APPROVED'`)).rows[0].n,
  ]);
  expect(posts).toHaveLength(articles);
  const comments = posts.flatMap((post) => (post["wp:comment"] as Record<string, string>[] | undefined) ?? []);
  expect(comments).toHaveLength(approved);
  const names = comments.map((comment) => comment["wp:comment_author"]);
  expect(names).not.toContain(`Pending ${suffix}`);
  expect(names).not.toContain(`Spammer ${suffix}`);
  const ours = posts.find((post) => post["wp:post_name"] === content.article.slug)!;
  expect(ours["title"]).toBe(content.article.title);
  expect(ours["content:encoded"]).toContain("<h2>Moving day</h2>");
  const thread = Object.fromEntries((ours["wp:comment"] as Record<string, string>[]).map((comment) => [comment["wp:comment_author"], comment]));
  expect(thread[`Omar ${suffix}`]!["wp:comment_parent"]).toBe(thread[`Ines ${suffix}`]!["wp:comment_id"]);
  expect(thread[`Lena ${suffix}`]!["wp:comment_parent"]).toBe(thread[`Omar ${suffix}`]!["wp:comment_id"]);
});
