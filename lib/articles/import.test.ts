// The import entries of articles, sections and topics, and replies (lib/articles/import.ts,
// lib/taxonomy/import.ts, lib/replies/import.ts) against a throwaway SQLite database: each writes its
// rows with the domain's rules, records its audit event (in the command line's name here: nobody),
// and expires exactly the pages it changed (collected outside Next.js, for the running site).
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";

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
    await db.article.create({ data: { slug: "harbour-reopens", title: "Taken", standfirst: "", body: "", bodyText: "", authorId: author.id }, select: { id: true } });
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
});
