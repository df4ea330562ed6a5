// The import entries of articles, sections and topics, replies, author profiles, the site's pages and
// images (lib/articles/import.ts, lib/taxonomy/import.ts, lib/replies/import.ts, lib/authors/import.ts,
// lib/pages/import.ts, lib/media/import.ts) against a throwaway SQLite database: each writes its
// rows with the domain's rules, records its audit event (in the command line's name here: nobody),
// and expires exactly the pages it changed (collected outside Next.js, for the running site).
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-import-entries-"));
// Set before lib/env is first imported (by the entries, below); scratchDatabase sets DATABASE_URL.
process.env.UPLOAD_DIR = path.join(scratch, "uploads");

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
const SOURCE = "wordpress:https://old.example";
const paragraph = (text: string) => ({ type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text }] }] });

/** The tags collected since the last call, sorted. */
function collected(): string[] {
  const taken = takeCollectedExpirations();
  assert.ok(taken && "tags" in taken, "tags, not every page");
  return [...taken.tags].sort();
}

describe("the domains' import entries", () => {
  before(async () => {
    database = await scratchDatabase();
  });
  after(async () => {
    await database?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("write sections, topics, an article and its replies with their audit events, and expire what they changed", async () => {
    const { db } = database!;
    const { importTerm } = await import("@/lib/taxonomy/import");
    const { importArticle } = await import("./import");
    const { importReplies } = await import("@/lib/replies/import");
    takeCollectedExpirations();

    const section = await importTerm(null, "category", { slug: "harbour", name: "Harbour", source: SOURCE });
    assert.equal(section.created, true);
    assert.deepEqual(collected(), ["categories", "category:harbour"]);
    assert.deepEqual(await importTerm(null, "category", { slug: "harbour", name: "Harbour again", source: SOURCE }), { id: section.id, created: false });
    assert.equal(takeCollectedExpirations(), null, "an existing term is not written again");
    const topic = await importTerm(null, "tag", { slug: "ports", name: "Ports", source: SOURCE });
    assert.deepEqual(collected(), ["tag:ports"]);

    const author = await db.author.create({ data: { handle: "wire", displayName: "Wire Reporter" }, select: { id: true } });
    await db.article.create({ data: { slug: "harbour-reopens", editionId: "default-edition", title: "Taken", standfirst: "", body: "", bodyText: "", authorId: author.id }, select: { id: true } });
    const publishedAt = new Date("2015-01-27T14:56:57Z");
    const article = await importArticle(null, {
      wantedSlug: "Harbour Reopens",
      title: "Harbour reopens",
      standfirst: "x".repeat(500),
      body: paragraph("The harbour reopened at dawn."),
      status: "PUBLISHED",
      publishedAt,
      createdAt: publishedAt,
      authorId: author.id,
      categoryId: section.id,
      tagIds: [topic.id, topic.id],
      hero: null,
      repliesOpen: true,
      source: SOURCE,
    });
    // The editor's slug rule (unique), and its limits.
    assert.equal(article.slug, "harbour-reopens-2");
    const row = await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { standfirst: true, firstPublishedAt: true, version: true, bylines: { select: { authorId: true } }, revisions: { select: { version: true, editorId: true } } } });
    assert.equal(row.standfirst.length, 400);
    assert.deepEqual(row.firstPublishedAt, publishedAt);
    assert.deepEqual(row.bylines, [{ authorId: author.id }]);
    assert.deepEqual(row.revisions, [{ version: 1, editorId: null }]);
    assert.deepEqual(collected(), ["article:harbour-reopens-2", "articles", "author:wire", "category:harbour", "tag:ports"]);

    const pending = { parentId: null, authorName: "  ", authorEmail: " Reader@Example.COM ", authorWebsite: "javascript:alert(1)", body: "Still waiting.", status: "PENDING" as const, createdAt: publishedAt };
    await importReplies(null, article.id, [{ ...pending, id: "cimportpending000000001" }], SOURCE);
    assert.equal(takeCollectedExpirations(), null, "a pending reply changes no reader page");
    await importReplies(null, article.id, [{ ...pending, id: "cimportapproved00000001", status: "APPROVED", body: "Good news." }], SOURCE);
    assert.deepEqual(collected(), ["article:harbour-reopens-2", `replies:${article.id}`]);
    const reply = await db.reply.findUniqueOrThrow({ where: { id: "cimportpending000000001" }, select: { authorName: true, authorEmail: true, authorWebsite: true, moderatedAt: true } });
    assert.deepEqual(reply, { authorName: "Anonymous", authorEmail: "reader@example.com", authorWebsite: null, moderatedAt: null });

    const events = await db.auditEvent.findMany({ select: { action: true, actorId: true, detail: true } });
    assert.deepEqual(events.map(({ action }) => action).sort(), ["article.import", "category.import", "reply.import", "reply.import", "tag.import"]);
    for (const event of events) {
      assert.equal(event.actorId, null);
      assert.match(event.detail, / from wordpress:https:\/\/old\.example \(command line\)$/);
    }
  });
  it("write author profiles, the site's pages and images with their audit events, and expire what they changed", async () => {
    const { db } = database!;
    const { importAuthorProfile } = await import("@/lib/authors/import");
    const { importSitePage } = await import("@/lib/pages/import");
    const { importImage } = await import("@/lib/media/import");
    takeCollectedExpirations();

    // The handle rule every profile follows: unique, from the login, else the name; the form's limits.
    await db.author.create({ data: { handle: "desk", displayName: "The Desk" } });
    const desk = await importAuthorProfile(null, { wantedHandle: "Desk", displayName: "Desk Editor", userId: null, source: SOURCE });
    assert.equal(desk.handle, "desk-2");
    assert.deepEqual(collected(), ["author:desk-2"]);
    const named = await importAuthorProfile(null, { wantedHandle: "新聞", displayName: `Ada Lovelace ${"x".repeat(200)}`, userId: null, source: SOURCE });
    assert.match(named.handle, /^ada-lovelace-x+$/);
    assert.ok(named.handle.length <= 60);
    assert.equal((await db.author.findUniqueOrThrow({ where: { id: named.id }, select: { displayName: true } })).displayName.length, 100);
    collected();

    // The page form's address rules: unique, never an address the site answers itself.
    const about = await importSitePage(null, { wantedSlug: "about", title: "About us", body: paragraph("Who we are."), published: true, source: SOURCE });
    assert.deepEqual([about.slug, about.asked], ["about", "about"]);
    assert.deepEqual(collected(), ["menus", "page:about"]);
    const again = await importSitePage(null, { wantedSlug: "about", title: "About", body: paragraph("Again."), published: true, source: SOURCE });
    assert.equal(again.slug, "about-2");
    collected();
    const search = await importSitePage(null, { wantedSlug: "search", title: "Search", body: paragraph("Search us."), published: false, source: SOURCE });
    assert.deepEqual([search.slug, search.asked], ["page-search", "search"]);
    assert.equal(takeCollectedExpirations(), null, "a draft page is on no reader page");

    // Images take the one upload path: re-encoded, with the library's limits.
    const bytes = await sharp({ create: { width: 8, height: 6, channels: 3, background: "#888" } }).jpeg().toBuffer();
    const image = await importImage(null, { bytes, filename: "folder/harbour.jpg", alt: "The harbour\nat dawn", caption: "c".repeat(2_000), source: SOURCE });
    assert.match(image.url, /^\/uploads\/\d{4}\/\d{2}\/[\w-]+\.jpg$/);
    const row = await db.media.findUniqueOrThrow({ where: { id: image.id }, select: { filename: true, alt: true, caption: true, variantWidths: true } });
    assert.deepEqual({ ...row, caption: row.caption.length }, { filename: "harbour.jpg", alt: "The harbour at dawn", caption: 1_000, variantWidths: "8" });
    assert.deepEqual(collected(), [`media:${image.url}`]);
    await assert.rejects(importImage(null, { bytes: Buffer.from("not an image"), filename: "x.jpg", alt: "", caption: "", source: SOURCE }), /is not really a JPEG image/);
    assert.equal(takeCollectedExpirations(), null, "a refused file writes nothing");

    const events = await db.auditEvent.findMany({ where: { action: { in: ["author.import", "page.import", "media.import"] } }, select: { action: true, actorId: true, detail: true } });
    assert.deepEqual(events.map(({ action }) => action).sort(), ["author.import", "author.import", "media.import", "page.import", "page.import", "page.import"]);
    for (const event of events) {
      assert.equal(event.actorId, null);
      assert.match(event.detail, / from wordpress:https:\/\/old\.example \(command line\)$/);
    }
  });
});
