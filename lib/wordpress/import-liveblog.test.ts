// Automattic Liveblog posts into live coverage, and back out through the WXR export: a small export
// shaped as the plugin writes it (entries are comments of type "liveblog", an edit is a replacement
// entry naming the original in "liveblog_replaces", a deletion an empty replacement, a key event the
// "liveblog_key_entry" meta), imported into a throwaway SQLite database.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { scratchDatabase } from "@/lib/db/scratch-database";
import type { WxrComment } from "./wxr-reader";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-liveblog-"));
process.env.UPLOAD_DIR = path.join(scratch, "uploads");

// Also imported from the dashboard in e2e/wordpress-import-running.spec.ts.
const FIXTURE = path.resolve(import.meta.dirname, "../../e2e/fixtures/wordpress/liveblog.wordpress.xml");

describe("Automattic Liveblog posts", () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let importWordPress: typeof import("./import").importWordPress;
  const file = FIXTURE;

  before(async () => {
    database = await scratchDatabase();
    ({ importWordPress } = await import("./import"));
  });
  after(async () => {
    await database?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const coverageOf = async (slug: string) =>
    database.db.article.findFirstOrThrow({
      where: { slug },
      select: {
        live: {
          select: {
            endedAt: true,
            updates: {
              orderBy: { createdAt: "asc" },
              select: {
                headline: true,
                bodyText: true,
                keyEvent: true,
                deletedAt: true,
                createdAt: true,
                updatedAt: true,
                byline: { select: { displayName: true } },
                changes: { orderBy: { seq: "asc" }, select: { kind: true, createdAt: true } },
              },
            },
          },
        },
        replies: { select: { authorName: true, body: true } },
      },
    });

  it("counts live updates on a dry run and writes nothing", async () => {
    const report = await importWordPress(file, { dryRun: true });
    assert.deepEqual(report.liveUpdates, { found: 3, created: 3, existing: 0, edits: 1, deleted: 1, coverage: 2 });
    const { formatImportReport } = await import("./report");
    assert.ok(formatImportReport(report).includes("Live updates: 3 in the file, 3 would be created, 0 already there (in 2 Liveblog posts; 1 edit kept as history, 1 deleted on WordPress and left out)"));
    assert.equal(await database.db.liveUpdate.count(), 0);
  });

  it("imports entries as live updates: edits collapsed into one update's history, deletions left out, key events kept, never as replies", async () => {
    const report = await importWordPress(file);
    assert.equal(report.liveUpdates.created, 3);
    assert.equal(report.comments.found, 1);
    const storm = await coverageOf("storm-live");
    assert.equal(storm.live?.endedAt, null);
    assert.deepEqual(
      storm.live?.updates.map((update) => [update.bodyText, update.keyEvent, update.byline?.displayName, update.createdAt.toISOString(), update.updatedAt.toISOString()]),
      [
        ["Gusts reach 120 km/h on the coast.", false, "Ann Reporter", "2026-11-30T10:00:00.000Z", "2026-11-30T10:10:00.000Z"],
        ["All schools in the county are closed.", true, "Ann Reporter", "2026-11-30T10:05:00.000Z", "2026-11-30T10:05:00.000Z"],
      ],
    );
    assert.deepEqual(storm.live?.updates[0]!.changes.map((change) => change.kind), ["post", "edit"]);
    assert.deepEqual(storm.replies, [{ authorName: "A Reader", body: "Stay safe everyone" }]);
    const count = await coverageOf("count-live");
    // Ended ("archive") at its last entry or the post's date, whichever is later.
    assert.equal(count.live?.endedAt?.toISOString(), "2026-11-30T09:00:00.000Z");
    assert.equal(count.live?.updates[0]!.byline?.displayName, "Bo Stringer");
    assert.ok(await database.db.auditEvent.count({ where: { action: "live.post" } }) >= 3);

    const again = await importWordPress(file);
    assert.deepEqual([again.liveUpdates.created, again.liveUpdates.existing], [0, 3]);
    assert.equal(await database.db.liveUpdate.count(), 3);
  });

  it("exports coverage as Liveblog entries that import back with their updates, key events, headlines, times and authors", async () => {
    const { db } = database;
    const storm = await db.article.findFirstOrThrow({ where: { slug: "storm-live" }, select: { id: true } });
    const schools = await db.liveUpdate.findFirstOrThrow({ where: { articleId: storm.id, keyEvent: true }, select: { id: true } });
    await db.liveUpdate.update({ where: { id: schools.id }, data: { headline: "Schools closed" } });
    const { exportWxr } = await import("@/lib/backup/wxr");
    const exported = path.join(scratch, "exported.xml");
    const counts = await exportWxr(db, { file: exported, site: { name: "Gazette", description: "", url: "https://gazette.example.com", timeZone: "Europe/London" } });
    assert.equal(counts.liveUpdates, 3);
    const report = await importWordPress(exported);
    assert.equal(report.liveUpdates.created, 3);
    assert.equal(report.liveUpdates.edits, 1);
    const slugs = (await db.article.findMany({ where: { slug: { startsWith: "storm-live" } }, select: { slug: true }, orderBy: { createdAt: "asc" } })).map((row) => row.slug);
    assert.equal(slugs.length, 2);
    const [before, afterTrip] = [await coverageOf(slugs[0]!), await coverageOf(slugs[1]!)];
    const shape = (coverage: typeof before) =>
      coverage.live?.updates.map((update) => ({ headline: update.headline, text: update.bodyText, key: update.keyEvent, by: update.byline?.displayName, at: update.createdAt.toISOString(), edited: update.updatedAt.toISOString() }));
    assert.deepEqual(shape(afterTrip), shape(before));
    assert.equal(shape(afterTrip)?.[1]?.headline, "Schools closed");
    assert.equal(afterTrip.live?.endedAt, null);
    const ended = await db.article.findMany({ where: { slug: { startsWith: "count-live" } }, select: { live: { select: { endedAt: true } } } });
    assert.deepEqual(ended.map((row) => Boolean(row.live?.endedAt)), [true, true]);
  });

  it("stays bounded on a hostile file: replacement loops, endless edit chains, entries replacing themselves", async () => {
    const { collapseLiveblogEntries, LIVEBLOG_LIMITS } = await import("./import-liveblog");
    const comment = (id: string, content: string, replaces = "", minute = 0): WxrComment => ({
      id, author: "X", authorEmail: "", authorUrl: "", authorIp: "", date: "", dateGmt: `2026-11-30 10:${String(minute % 60).padStart(2, "0")}:00`,
      content, approved: "liveblog", type: "liveblog", parent: "0", userId: "0", meta: Object.fromEntries(replaces ? [["liveblog_replaces", replaces]] : []),
    });
    const chain = [comment("1", "<p>first</p>"), ...Array.from({ length: 300 }, (_, index) => comment(String(index + 2), `<p>edit ${index}</p>`, String(index + 1), index + 1))];
    const loop = [comment("900", "<p>a</p>", "901"), comment("901", "<p>b</p>", "900"), comment("902", "<p>self</p>", "902")];
    const { updates } = collapseLiveblogEntries([...chain, ...loop], "p", new Date());
    assert.ok(updates.every((update) => update.versions.length <= LIVEBLOG_LIMITS.versionsPerUpdate));
    assert.ok(updates.some((update) => update.versions[0].html === "<p>first</p>" && update.versions.length === LIVEBLOG_LIMITS.versionsPerUpdate));
    assert.ok(updates.some((update) => update.versions.some((version) => version.html === "<p>self</p>")));
  });

  it("expires what the desk's own update expires: the article's page, lists, authors, section and topics with its coverage", async () => {
    const { db } = database;
    const { articleCacheTags, liveCoverageTag, takeCollectedExpirations } = await import("@/lib/cache/tags");
    const { importLiveUpdate } = await import("@/lib/live/import");
    const { tagSourceSelect, toTagSource } = await import("@/lib/articles/tag-source");
    const storm = await db.article.findFirstOrThrow({ where: { slug: "storm-live" }, orderBy: { createdAt: "asc" }, select: { ...tagSourceSelect, id: true } });
    takeCollectedExpirations();
    const at = new Date("2026-11-30T11:00:00Z");
    const text = { headline: "", body: { type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: "The wind drops." }] }] }, keyEvent: false, at };
    await importLiveUpdate(storm.id, { authorId: null, bylineId: null, versions: [text] }, null);
    const taken = takeCollectedExpirations();
    assert.ok(taken && "tags" in taken);
    const desk = [...articleCacheTags(toTagSource(storm)), liveCoverageTag(storm.id)];
    assert.ok(desk.includes("article:storm-live") && desk.includes("articles"));
    assert.deepEqual([...taken.tags].sort(), [...new Set(desk)].sort());
  });
});
