// The WordPress importer against WordPress's own theme unit test export, into a throwaway SQLite
// database. What the file holds is counted here with another XML parser (fast-xml-parser, reading the
// whole file at once), not with the importer's reader, so a mistake in one does not hide in both.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import sharp from "sharp";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";

const root = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(root, "e2e/fixtures/wordpress/themeunittestdata.wordpress.xml");
const scratch = mkdtempSync(path.join(tmpdir(), "gazette-wp-import-"));
// Set before lib/env is first imported (below, dynamically); scratchDatabase sets DATABASE_URL.
process.env.UPLOAD_DIR = path.join(scratch, "uploads");

type Item = Record<string, unknown> & { "wp:comment"?: Record<string, string>[] };
const text = (value: unknown) => (value === undefined || value === null ? "" : String(value)).trim();

/** What the file holds, by the rules of docs/decisions/023-wordpress-import.md. */
function expectedFromFile() {
  const parser = new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: (name) => ["item", "wp:comment", "wp:category", "wp:tag", "category"].includes(name) });
  const channel = parser.parse(readFileSync(FIXTURE, "utf8")).rss.channel as { item: Item[]; "wp:category": unknown[]; "wp:tag": { "wp:tag_slug": string }[] };
  const posts = channel.item.filter((item) => text(item["wp:post_type"]) === "post" && ["publish", "future", "draft", "pending", "private"].includes(text(item["wp:status"])));
  const comments = posts.flatMap((item) => item["wp:comment"] ?? []);
  const tagSlugs = new Set(channel["wp:tag"].map((tag) => text(tag["wp:tag_slug"])));
  for (const item of posts) for (const term of (item.category ?? []) as Record<string, string>[]) if (term["@_domain"] === "post_tag") tagSlugs.add(text(term["@_nicename"]));
  return {
    published: posts.filter((item) => text(item["wp:status"]) === "publish" && !text(item["wp:post_password"])).length,
    scheduled: posts.filter((item) => text(item["wp:status"]) === "future").length,
    drafts: posts.filter((item) => ["draft", "private"].includes(text(item["wp:status"])) || (text(item["wp:status"]) === "publish" && text(item["wp:post_password"]))).length,
    inReview: posts.filter((item) => text(item["wp:status"]) === "pending").length,
    categories: channel["wp:category"].length,
    tags: tagSlugs.size,
    approved: comments.filter((comment) => text(comment["wp:comment_approved"]) === "1").length,
    pending: comments.filter((comment) => text(comment["wp:comment_approved"]) === "0").length,
    answers: comments.filter((comment) => !["", "0"].includes(text(comment["wp:comment_parent"]))).length,
  };
}

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
/** What the dry run reported for sections and topics, to compare with the import that follows it. */
let dryRunTerms: unknown;
let lib: {
  db: typeof import("@/lib/db").db;
  importWordPress: typeof import("./import").importWordPress;
  WxrSyntaxError: typeof import("./wxr-reader").WxrSyntaxError;
};

async function counts() {
  const { db } = lib;
  const byStatus = async (status: "PUBLISHED" | "SCHEDULED" | "DRAFT" | "IN_REVIEW") => db.article.count({ where: { status } });
  return {
    published: await byStatus("PUBLISHED"),
    scheduled: await byStatus("SCHEDULED"),
    drafts: await byStatus("DRAFT"),
    inReview: await byStatus("IN_REVIEW"),
    categories: await db.category.count(),
    tags: await db.tag.count(),
    approved: await db.reply.count({ where: { status: "APPROVED" } }),
    pending: await db.reply.count({ where: { status: "PENDING" } }),
    answers: await db.reply.count({ where: { parentId: { not: null } } }),
  };
}

const rows = async () => {
  const { db } = lib;
  return [await db.article.count(), await db.reply.count(), await db.author.count(), await db.media.count(), await db.importedItem.count(), await db.category.count(), await db.tag.count()];
};

describe("importWordPress with the theme unit test export", () => {
  before(async () => {
    database = await scratchDatabase();
    const [{ importWordPress }, { WxrSyntaxError }] = await Promise.all([import("./import"), import("./wxr-reader")]);
    lib = { db: database.db, importWordPress, WxrSyntaxError };
  });
  after(async () => {
    await database?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("refuses a malformed file with its line and column, and writes nothing", async () => {
    const broken = path.join(scratch, "broken.xml");
    const lines = readFileSync(FIXTURE, "utf8").split("\n");
    // An unclosed element in the middle of the file, after many complete items.
    lines.splice(2000, 0, "<wp:postmeta><wp:meta_key>x</wp:meta_value></wp:postmeta>");
    writeFileSync(broken, lines.join("\n"));
    await assert.rejects(lib.importWordPress(broken), (error: unknown) => {
      assert.ok(error instanceof lib.WxrSyntaxError);
      assert.equal(error.line, 2001);
      assert.match(error.message, /line 2001, column \d+/);
      return true;
    });
    assert.deepEqual(await rows(), [0, 0, 0, 0, 0, 0, 0]);
  });

  it("writes nothing on a dry run, and reports what it would do", async () => {
    const report = await lib.importWordPress(FIXTURE, { dryRun: true });
    assert.deepEqual(await rows(), [0, 0, 0, 0, 0, 0, 0]);
    const expected = expectedFromFile();
    assert.equal(report.posts.published, expected.published);
    assert.equal(report.comments.approved, expected.approved);
    dryRunTerms = { categories: report.categories, tags: report.tags };
  });

  it("imports as many published articles, drafts, categories, tags and approved and pending comments as the file holds", async () => {
    // One image of the export in a copy of wp-content/uploads: the rest are reported missing.
    const uploads = path.join(scratch, "wp-uploads");
    mkdirSync(path.join(uploads, "2008/06"), { recursive: true });
    await sharp({ create: { width: 8, height: 6, channels: 3, background: "#888" } }).jpeg().toFile(path.join(uploads, "2008/06/100_5478.jpg"));

    takeCollectedExpirations();
    const report = await lib.importWordPress(FIXTURE, { uploadsDir: uploads });
    // Each write expired its own pages (collected outside Next.js, for the running site:
    // lib/cache/running-site.ts), never every page; the audit log says who imported what.
    const expired = takeCollectedExpirations();
    assert.ok(expired && "tags" in expired, "the pages the import wrote, not every page");
    const audit = await lib.db.auditEvent.findFirstOrThrow({ where: { action: "wordpress.import" }, select: { actorId: true, detail: true } });
    assert.equal(audit.actorId, null);
    assert.match(audit.detail, /^\d+ posts, \d+ comments \(command line\)$/);
    // Each kind went through its domain's import entry, which records its own events: one an article,
    // section and topic, one a batch of replies (lib/replies/import.ts).
    const events = async (action: string) => lib.db.auditEvent.findMany({ where: { action }, select: { actorId: true, detail: true } });
    assert.equal((await events("article.import")).length, report.posts.created);
    assert.equal((await events("category.import")).length, await lib.db.category.count());
    // The file's topics, and those only its posts name.
    assert.equal((await events("tag.import")).length, await lib.db.tag.count());
    const replyEvents = await events("reply.import");
    assert.equal(replyEvents.reduce((sum, event) => sum + Number(/^(\d+) repl/.exec(event.detail)?.[1]), 0), report.comments.created);
    assert.ok(replyEvents.every((event) => event.actorId === null && event.detail.endsWith("(command line)")));
    assert.equal(await lib.db.articleRevision.count(), report.posts.created);
    // Authors, the site's pages and images too (lib/authors/import.ts, lib/pages/import.ts, lib/media/import.ts).
    assert.equal((await events("author.import")).length, await lib.db.author.count());
    assert.equal((await events("page.import")).length, report.pages.created);
    assert.equal((await events("media.import")).length, report.images.imported);
    const image = await lib.db.media.findFirstOrThrow({ select: { url: true } });
    for (const tag of ["author:themedemos", "page:about", "menus", `media:${image.url}`]) assert.ok(expired.tags.includes(tag), tag);
    const expected = expectedFromFile();
    assert.deepEqual(await counts(), expected);
    assert.equal(report.posts.published, expected.published);
    // A dry run counts sections and topics as the import then writes them.
    assert.deepEqual({ categories: report.categories, tags: report.tags }, dryRunTerms);
    assert.equal(report.categories.created, expected.categories);
    // The 21 pages of the export are the site's own pages now.
    assert.equal(report.pages.created, 21);
    assert.equal(report.skipped.pages, undefined);
    assert.equal(await lib.db.sitePage.count(), 21);
    assert.ok(await lib.db.sitePage.findFirst({ where: { slug: "about", published: true } }), "About at /about");
    assert.ok(report.images.imported >= 1, "the image in --uploads is in the media library");
    assert.ok(report.images.missing > 0, "the other images are reported");

    const { db } = lib;
    const caption = await db.article.findFirstOrThrow({ where: { title: "Post Format: Image (Caption)" }, select: { body: true, bodyText: true, authorId: true, bylines: { select: { authorId: true, position: true } } } });
    assert.match(caption.body, /"src":"\/uploads\/\d{4}\/\d{2}\/[\w-]+\.jpg"/);
    assert.match(caption.body, /"caption":"Bell on wharf in San Francisco"/);
    assert.deepEqual(caption.bylines, [{ authorId: caption.authorId, position: 0 }]);
    const embeds = await db.article.findFirstOrThrow({ where: { title: "Media: Twitter Embeds" }, select: { body: true, bodyText: true } });
    assert.match(embeds.body, /"type":"embed","attrs":\{"url":"https:\/\/x\.com\/nacin\/status\/319508408669708289"\}/);
    assert.ok(embeds.bodyText.includes("Twitter Embeds"));
    // Hierarchy: WordPress's "Child Category 01" sits under "Parent Category".
    const child = await db.category.findFirst({ where: { slug: "child-category-01" }, select: { parent: { select: { slug: true } } } });
    assert.equal(child?.parent?.slug, "parent-category");
    // Authors are bylines without a dashboard login.
    assert.equal(await db.user.count(), 0);
    assert.ok(await db.author.findUnique({ where: { handle: "themedemos" } }));
  });

  it("creates nothing the second time", async () => {
    const before = await rows();
    const report = await lib.importWordPress(FIXTURE);
    assert.deepEqual(await rows(), before);
    for (const kind of ["authors", "categories", "tags", "posts", "comments"] as const) assert.equal(report[kind].created, 0, `${kind} created again`);
    assert.equal(report.posts.existing, report.posts.found);
  });

  it("gives each new author with an address a login by invitation, once", async () => {
    const { writeSyntheticWxr } = await import("../../scripts/lib/synthetic-wxr");
    const file = path.join(scratch, "invite.xml");
    await writeSyntheticWxr(file, { posts: 3, commentsPerPost: 0, authors: 2 });
    const { db } = lib;
    const report = await lib.importWordPress(file, { inviteAuthors: true });
    assert.equal(report.authors.invited, 2);
    const users = await db.user.findMany({ where: { email: { endsWith: "@old.example" } }, select: { role: true, email: true, author: { select: { handle: true } } }, orderBy: { email: "asc" } });
    assert.deepEqual(users.map((user) => [user.email, user.role, Boolean(user.author)]), [["reporter1@old.example", "AUTHOR", true], ["reporter2@old.example", "AUTHOR", true]]);
    const invitations = await db.outboxMessage.findMany({ where: { kind: "invitation", to: { endsWith: "@old.example" } }, select: { text: true } });
    assert.equal(invitations.length, 2);
    assert.match(invitations[0]!.text, /\/login\/welcome\?token=/);
    assert.equal(await db.emailToken.count({ where: { purpose: "invitation", usedAt: null } }), 2);

    const again = await lib.importWordPress(file, { inviteAuthors: true });
    assert.equal(again.authors.invited, 0);
    assert.equal(await db.outboxMessage.count({ where: { kind: "invitation" } }), 2);
  });
});
