// Nobody is locked in, checked with the importer we trust most: Gazette imports its own WXR export
// (npm run export -- --format wxr) into an empty database and gets the same articles and comments:
// titles, slugs, statuses, body text, the approved replies and how they are threaded.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { PrismaClient as SqliteClient } from "../generated/sqlite/client";
import { createSqliteAdapter } from "../db/sqlite-adapter";

const root = path.resolve(import.meta.dirname, "../..");
const scratch = mkdtempSync(path.join(tmpdir(), "gazette-wxr-self-"));
const sourceUrl = `file:${path.join(scratch, "source.db")}`;
const targetUrl = `file:${path.join(scratch, "target.db")}`;
const wxrFile = path.join(scratch, "site.xml");
// The importer's client (lib/db) reads these when first imported (below, dynamically).
process.env.DATABASE_URL = targetUrl;
process.env.UPLOAD_DIR = path.join(scratch, "uploads-target");

function tsx(args: string[], env: Record<string, string>) {
  const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), args, { cwd: root, env: { ...process.env, ...env }, encoding: "utf8" });
  assert.equal(result.status, 0, `${args.join(" ")}: ${result.stderr}`);
  return result.stdout;
}

type Snapshot = Map<string, { title: string; status: string; bodyText: string; replies: string[] }>;

/** Every article by slug, with its approved replies as "author: body ← parent author: parent body". */
async function snapshot(client: SqliteClient): Promise<Snapshot> {
  const articles = await client.article.findMany({
    select: {
      slug: true,
      title: true,
      status: true,
      bodyText: true,
      replies: { where: { status: "APPROVED" }, select: { authorName: true, body: true, parent: { select: { authorName: true, body: true, status: true } } } },
    },
  });
  return new Map(
    articles.map((article) => [
      article.slug,
      {
        title: article.title,
        status: article.status,
        bodyText: article.bodyText,
        replies: article.replies
          .map((reply) => `${reply.authorName}: ${reply.body}${reply.parent?.status === "APPROVED" ? ` ← ${reply.parent.authorName}: ${reply.parent.body}` : ""}`)
          .sort(),
      },
    ]),
  );
}

/** What WordPress's statuses bring back: an archived article leaves as private and returns as a draft. */
const statusAfterRoundTrip = (status: string) => (status === "ARCHIVED" ? "DRAFT" : status);

describe("Gazette imports its own WXR export", () => {
  let source: SqliteClient;
  let target: typeof import("@/lib/db").db;

  before(async () => {
    for (const url of [sourceUrl, targetUrl]) tsx(["scripts/migrate.ts"], { DATABASE_URL: url });
    tsx(["prisma/seed.ts"], { DATABASE_URL: sourceUrl });
    tsx(["e2e/backup-content.ts", "self"], { DATABASE_URL: sourceUrl, UPLOAD_DIR: path.join(scratch, "uploads-source") });
    // An archived article too, so every status makes the trip.
    source = new SqliteClient({ adapter: createSqliteAdapter(sourceUrl) });
    const first = await source.article.findFirstOrThrow({ where: { status: "PUBLISHED" }, orderBy: { publishedAt: "asc" }, select: { id: true } });
    await source.article.update({ where: { id: first.id }, data: { status: "ARCHIVED" } });
    tsx(["scripts/export.ts", "--format", "wxr", wxrFile], { DATABASE_URL: sourceUrl, SITE_URL: "https://news.example.com" });
    const { importWordPress } = await import("../wordpress/import");
    ({ db: target } = await import("@/lib/db"));
    await importWordPress(wxrFile);
  });

  after(async () => {
    await source?.$disconnect();
    await target?.$disconnect();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("has every article with its title, slug, status and body text", async () => {
    const [before, afterImport] = [await snapshot(source), await snapshot(target as unknown as SqliteClient)];
    assert.ok(before.size > 40);
    assert.deepEqual([...afterImport.keys()].sort(), [...before.keys()].sort());
    const statuses = new Set<string>();
    for (const [slug, article] of before) {
      const imported = afterImport.get(slug)!;
      statuses.add(article.status);
      assert.equal(imported.title, article.title, slug);
      assert.equal(imported.status, statusAfterRoundTrip(article.status), slug);
      assert.equal(imported.bodyText, article.bodyText, slug);
    }
    assert.ok(statuses.has("PUBLISHED") && statuses.has("ARCHIVED") && statuses.size >= 3, [...statuses].join());
  });

  it("has the approved replies only, threaded as before", async () => {
    const [before, afterImport] = [await snapshot(source), await snapshot(target as unknown as SqliteClient)];
    let threaded = 0;
    for (const [slug, article] of before) {
      assert.deepEqual(afterImport.get(slug)!.replies, article.replies, slug);
      threaded += article.replies.filter((reply) => reply.includes(" ← ")).length;
    }
    assert.ok(threaded >= 2, "the source has answers to answers");
    assert.equal(await target.reply.count({ where: { status: { not: "APPROVED" } } }), 0);
    assert.equal(await target.reply.count(), await source.reply.count({ where: { status: "APPROVED" } }));
  });
});
