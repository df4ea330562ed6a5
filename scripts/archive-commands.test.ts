// The archive commands as an administrator runs them (`npm run import:wordpress`, `npm run export`,
// `npm run restore`), each a real process on SQLite databases in a temporary folder: a new database,
// hostile files and archives, Ctrl+C. What they print, their exit codes and the databases afterwards.
// The same functions in-process: lib/wordpress/import-hostile.test.ts, lib/backup/restore.test.ts.
import assert from "node:assert/strict";
import { spawn, spawnSync, type SpawnSyncReturns } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import sharp from "sharp";
import * as tar from "tar";
import { createSqliteAdapter } from "../lib/db/sqlite-adapter";
import { PrismaClient } from "../lib/generated/sqlite/client";
import { writeSyntheticWxr } from "./lib/synthetic-wxr";

const root = path.resolve(import.meta.dirname, "..");
const scratch = mkdtempSync(path.join(tmpdir(), "gazette-archive-commands-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

const databaseUrl = (name: string) => `file:${path.join(scratch, `${name}.db`)}`;
// The commands' own temporary folders go under the scratch folder, so that what they leave is counted
// here and not confused with what other test files, run at the same time, are using in /tmp.
const commandTmp = path.join(scratch, "tmp");
mkdirSync(commandTmp);
const env = (name: string) => ({ ...process.env, TMPDIR: commandTmp, DATABASE_URL: databaseUrl(name), UPLOAD_DIR: path.join(scratch, `${name}-uploads`), AUTH_SECRET: "archive-commands-test-secret-0000000000", MAIL_WORKER: "off" });

/** `script` with `args` as `npm run` runs it, stdin closed (no one to answer a question). */
function command(script: string, args: string[], database: string, timeout = 180_000): SpawnSyncReturns<string> & { seconds: number } {
  const started = performance.now();
  const result = spawnSync(process.execPath, ["--import", "tsx", `scripts/${script}.ts`, ...args], { cwd: root, env: env(database), encoding: "utf8", timeout, stdio: ["ignore", "pipe", "pipe"] });
  return Object.assign(result, { seconds: (performance.now() - started) / 1000 });
}
const output = (result: SpawnSyncReturns<string>) => `exit ${result.status}\n${result.stdout}\n${result.stderr}`;

async function withDatabase<T>(name: string, work: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: createSqliteAdapter(databaseUrl(name)) });
  try {
    return await work(db);
  } finally {
    await db.$disconnect();
  }
}

const cdata = (text: string) => `<![CDATA[${text}]]>`;
function wxr(site: string, items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>${site}</title><link>https://${site}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://${site}</wp:base_blog_url>
<wp:author><wp:author_login>admin</wp:author_login><wp:author_display_name>Admin of ${site}</wp:author_display_name></wp:author>
${items}
</channel></rss>`;
}

describe("npm run import:wordpress", () => {
  it("prepares a new database itself, follows no symbolic link out of --uploads, reports bytes that are not UTF-8, and adds nothing again", async () => {
    const uploads = path.join(scratch, "wp-uploads");
    mkdirSync(path.join(uploads, "2024/05"), { recursive: true });
    await sharp({ create: { width: 8, height: 6, channels: 3, background: "#888" } }).jpeg().toFile(path.join(scratch, "secret.jpg"));
    await sharp({ create: { width: 8, height: 6, channels: 3, background: "#444" } }).jpeg().toFile(path.join(uploads, "2024/05/inside.jpg"));
    symlinkSync(path.join(scratch, "secret.jpg"), path.join(uploads, "2024/05/linked.jpg"));
    const body = `<p>Two images</p><img src="https://new.example/wp-content/uploads/2024/05/linked.jpg" alt="Linked"><img src="https://new.example/wp-content/uploads/2024/05/inside.jpg" alt="Inside">`;
    const xml = wxr(
      "new.example",
      `<item><title>Caf\u00e9 BAD</title><dc:creator>admin</dc:creator><content:encoded>${cdata(body)}</content:encoded><wp:post_id>1</wp:post_id>
<wp:post_date_gmt>2024-05-01 10:00:00</wp:post_date_gmt><wp:post_name>hello-world</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Reader</wp:comment_author><wp:comment_date_gmt>2024-05-02 10:00:00</wp:comment_date_gmt><wp:comment_content>First!</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment></item>`,
    );
    // One stray byte (0xFF) where "BAD" was.
    const bytes = Buffer.from(xml, "utf8");
    const at = bytes.indexOf("BAD");
    writeFileSync(path.join(scratch, "new.xml"), Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff]), bytes.subarray(at + 3)]));
    assert.ok(!existsSync(path.join(scratch, "imported.db")));

    const first = command("import-wordpress", [path.join(scratch, "new.xml"), "--uploads", uploads], "imported");
    assert.equal(first.status, 0, output(first));
    assert.match(first.stdout, /Posts: 1 in the file, 1 created/);
    assert.match(first.stdout, /Characters: 1 byte sequence was not valid UTF-8 and was replaced with “�”/);
    assert.match(first.stdout, /Images: 1 imported into the media library, 0 already there, 1 not found/);
    assert.match(first.stdout, /post .*: https:\/\/new\.example\/wp-content\/uploads\/2024\/05\/linked\.jpg/);
    await withDatabase("imported", async (db) => {
      assert.equal(await db.article.count({ where: { title: "Caf\u00e9 \uFFFD" } }), 1);
      assert.deepEqual(await db.media.findMany({ select: { filename: true } }), [{ filename: "inside.jpg" }]);
    });

    const again = command("import-wordpress", [path.join(scratch, "new.xml"), "--uploads", uploads], "imported");
    assert.equal(again.status, 0, output(again));
    assert.match(again.stdout, /Posts: 1 in the file, 0 created, 1 already there/);
    assert.match(again.stdout, /Comments: 1 in the file, 0 created, 1 already there/);
  });

  it("refuses a 420 KB file nested 60,000 deep in seconds, naming the line, and writes nothing", () => {
    const deep = wxr("deep.example", `<item><title>Deep</title>\n<wp:post_id>1</wp:post_id><content:encoded>${"<x>".repeat(60_000)}${"</x>".repeat(60_000)}</content:encoded></item>`);
    writeFileSync(path.join(scratch, "deep.xml"), deep);
    // On the database of the test before (migrations take their own time on a busy machine).
    const result = command("import-wordpress", [path.join(scratch, "deep.xml")], "imported", 60_000);
    assert.equal(result.status, 1, output(result));
    assert.match(result.stderr, /is not a readable WordPress export: Elements are nested more than 64 deep .*line 6.*\. Nothing was imported\./);
    // It took 119 s in the dashboard and two minutes on the command line before the bound.
    assert.ok(result.seconds < 30, `${result.seconds} s`);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
  });

  it("stops on Ctrl+C after the current write, says how to resume, and the same command resumes", async () => {
    const file = path.join(scratch, "large.xml");
    await writeSyntheticWxr(file, { posts: 600, commentsPerPost: 0 });
    // A first run that creates the tables, stopped once some posts are in.
    const child = spawn(process.execPath, ["--import", "tsx", "scripts/import-wordpress.ts", file], { cwd: root, env: env("cancelled"), stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (chunk: string) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on("close", resolve));
    await withDatabase("cancelled", async (db) => {
      for (;;) {
        const posts = await db.importedItem.count({ where: { kind: "post" } }).catch(() => 0);
        if (posts >= 20) break;
        if (child.exitCode !== null) assert.fail(`the import ended before it could be stopped: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    });
    child.kill("SIGINT");
    assert.equal(await exited, 1, stderr);
    assert.match(stderr, /stopping after the current write/);
    assert.match(stderr, /stopped\. What was imported before is kept: run the same command again to resume\./);
    const kept = await withDatabase("cancelled", (db) => db.importedItem.count({ where: { kind: "post" } }));
    assert.ok(kept > 0 && kept < 600, `${kept} posts kept`);

    const resumed = command("import-wordpress", [file], "cancelled", 600_000);
    assert.equal(resumed.status, 0, output(resumed));
    const [, created, existing] = /Posts: 600 in the file, (\d+) created, (\d+) already there/.exec(resumed.stdout)!.map(Number);
    assert.equal(existing, kept);
    assert.equal(created! + existing!, 600);
    assert.equal(await withDatabase("cancelled", (db) => db.importedItem.count({ where: { kind: "post" } })), 600);
  });
});

describe("npm run export and npm run restore", () => {
  const backup = path.join(scratch, "backup.tar.gz");
  const leftovers = () => readdirSync(commandTmp).filter((name) => name.startsWith("gazette-restore-")).length;

  /** The backup with one data file changed by `edit`, its checksum, size and rows recomputed (as an attacker would). */
  async function tampered(name: string, model: string, edit: (text: string) => string): Promise<string> {
    const dir = mkdtempSync(path.join(scratch, "tampered-"));
    await tar.extract({ file: backup, cwd: dir });
    const data = path.join(dir, `data/${model}.jsonl`);
    const text = edit(readFileSync(data, "utf8"));
    writeFileSync(data, text);
    const manifest = JSON.parse(readFileSync(path.join(dir, "manifest.json"), "utf8"));
    Object.assign(manifest.models.find((entry: { name: string }) => entry.name === model), {
      sha256: createHash("sha256").update(text).digest("hex"),
      bytes: Buffer.byteLength(text),
      rows: text.split("\n").filter(Boolean).length,
    });
    writeFileSync(path.join(dir, "manifest.json"), JSON.stringify(manifest));
    const file = path.join(scratch, name);
    await tar.create({ gzip: true, file, cwd: dir }, readdirSync(dir));
    return file;
  }

  it("a backup edited to add an administrator lists the accounts and restores nothing without a yes; --yes restores it", async () => {
    // A site with one editor, backed up.
    const site = command("import-wordpress", [path.join(scratch, "new.xml")], "site");
    assert.equal(site.status, 0, output(site));
    await withDatabase("site", (db) => db.user.create({ data: { email: "editor@example.com", name: "Edna Editor", passwordHash: "$argon2id$not-a-real-hash", role: "EDITOR" } }));
    const exported = command("export", [backup], "site");
    assert.equal(exported.status, 0, output(exported));

    const file = await tampered("added-admin.tar.gz", "User", (text) => {
      const line = text.trim().split("\n")[0]!;
      return `${text.trimEnd()}\n${JSON.stringify({ ...JSON.parse(line), id: "intruder", email: "intruder@example.net", name: "Intruder", role: "ADMIN" })}\n`;
    });
    const asked = command("restore", [file], "restored");
    assert.equal(asked.status, 1, output(asked));
    assert.match(asked.stdout, /the backup creates 2 staff accounts:/);
    assert.match(asked.stdout, /restore: {3}ADMIN {5}intruder@example\.net \(Intruder\)/);
    assert.match(asked.stdout, /restore: {3}EDITOR {4}editor@example\.com \(Edna Editor\)/);
    assert.match(asked.stderr, /restore: not restored \(answer y to go on, or pass --yes\)\./);
    assert.ok(!existsSync(path.join(scratch, "restored.db")), "nothing was written");

    const confirmed = command("restore", [file, "--yes"], "restored");
    assert.equal(confirmed.status, 0, output(confirmed));
    assert.match(confirmed.stdout, /restore: done: /);
    assert.deepEqual(await withDatabase("restored", (db) => db.user.findMany({ select: { email: true, role: true }, orderBy: { email: "asc" } })), [
      { email: "editor@example.com", role: "EDITOR" },
      { email: "intruder@example.net", role: "ADMIN" },
    ]);
  });

  it("a truncated backup and a bad value are one sentence each, exit code 1, nothing written, nothing left in the temporary folder", async () => {
    assert.ok(existsSync(backup), "made by the test before");
    const before = leftovers();
    const half = path.join(scratch, "half.tar.gz");
    writeFileSync(half, readFileSync(backup).subarray(0, Math.floor(readFileSync(backup).length / 2)));
    const truncated = command("restore", [half, "--yes"], "from-half");
    assert.equal(truncated.status, 1, output(truncated));
    assert.match(truncated.stderr, /^restore: .*Nothing was restored\.\n$/);
    assert.doesNotMatch(truncated.stderr, /\n\s+at /);

    const badRole = await tampered("bad-role.tar.gz", "User", (text) => text.replace('"EDITOR"', '"SUPERUSER"'));
    const refused = command("restore", [badRole, "--yes"], "from-bad-role");
    assert.equal(refused.status, 1, output(refused));
    assert.match(refused.stderr, /^restore: .* is damaged: data\/User\.jsonl line 1: role "SUPERUSER" is not one of ADMIN, .*Nothing was restored\.\n$/);

    assert.ok(!existsSync(path.join(scratch, "from-half.db")) && !existsSync(path.join(scratch, "from-bad-role.db")));
    assert.equal(leftovers(), before);
  });
});
