// Automattic Liveblog posts into live coverage, and back out through the WXR export: a small export
// shaped as the plugin writes it (entries are comments of type "liveblog", an edit is a replacement
// entry naming the original in "liveblog_replaces", a deletion an empty replacement, a key event the
// "liveblog_key_entry" meta), imported into a throwaway SQLite database.
import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { scratchDatabase } from "@/lib/db/scratch-database";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-liveblog-"));
process.env.UPLOAD_DIR = path.join(scratch, "uploads");

const meta = (key: string, value: string) => `<wp:commentmeta><wp:meta_key><![CDATA[${key}]]></wp:meta_key><wp:meta_value><![CDATA[${value}]]></wp:meta_value></wp:commentmeta>`;
function entry(id: number, author: string, email: string, date: string, content: string, options: { type?: string; approved?: string; meta?: string[] } = {}) {
  return `<wp:comment>
  <wp:comment_id>${id}</wp:comment_id>
  <wp:comment_author><![CDATA[${author}]]></wp:comment_author>
  <wp:comment_author_email><![CDATA[${email}]]></wp:comment_author_email>
  <wp:comment_author_url></wp:comment_author_url>
  <wp:comment_date><![CDATA[${date}]]></wp:comment_date>
  <wp:comment_date_gmt><![CDATA[${date}]]></wp:comment_date_gmt>
  <wp:comment_content><![CDATA[${content}]]></wp:comment_content>
  <wp:comment_approved><![CDATA[${options.approved ?? "liveblog"}]]></wp:comment_approved>
  <wp:comment_type><![CDATA[${options.type ?? "liveblog"}]]></wp:comment_type>
  <wp:comment_parent>0</wp:comment_parent>
  <wp:comment_user_id>2</wp:comment_user_id>
  ${(options.meta ?? []).join("\n  ")}
</wp:comment>`;
}
function post(id: number, slug: string, title: string, state: string, comments: string[]) {
  return `<item>
  <title><![CDATA[${title}]]></title>
  <link>https://storm.example.org/${slug}/</link>
  <dc:creator><![CDATA[ann]]></dc:creator>
  <guid isPermaLink="false">https://storm.example.org/?p=${id}</guid>
  <content:encoded><![CDATA[<p>Follow the storm as it happens.</p>]]></content:encoded>
  <excerpt:encoded><![CDATA[]]></excerpt:encoded>
  <wp:post_id>${id}</wp:post_id>
  <wp:post_date><![CDATA[2026-11-30 09:00:00]]></wp:post_date>
  <wp:post_date_gmt><![CDATA[2026-11-30 09:00:00]]></wp:post_date_gmt>
  <wp:comment_status><![CDATA[open]]></wp:comment_status>
  <wp:post_name><![CDATA[${slug}]]></wp:post_name>
  <wp:status><![CDATA[publish]]></wp:status>
  <wp:post_parent>0</wp:post_parent>
  <wp:post_type><![CDATA[post]]></wp:post_type>
  <wp:post_password><![CDATA[]]></wp:post_password>
  <wp:postmeta><wp:meta_key><![CDATA[liveblog]]></wp:meta_key><wp:meta_value><![CDATA[${state}]]></wp:meta_value></wp:postmeta>
  ${comments.join("\n")}
</item>`;
}

const LIVEBLOG_FIXTURE = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
  <title>Storm Desk</title>
  <link>https://storm.example.org</link>
  <wp:wxr_version>1.2</wp:wxr_version>
  <wp:base_site_url>https://storm.example.org</wp:base_site_url>
  <wp:base_blog_url>https://storm.example.org</wp:base_blog_url>
  <wp:author><wp:author_id>2</wp:author_id><wp:author_login><![CDATA[ann]]></wp:author_login><wp:author_email><![CDATA[ann@storm.example.org]]></wp:author_email><wp:author_display_name><![CDATA[Ann Reporter]]></wp:author_display_name><wp:author_first_name><![CDATA[Ann]]></wp:author_first_name><wp:author_last_name><![CDATA[Reporter]]></wp:author_last_name></wp:author>
${post(100, "storm-live", "Storm Bella: live", "enable", [
  entry(1, "A Reader", "reader@example.com", "2026-11-30 09:30:00", "Stay safe everyone", { type: "comment", approved: "1" }),
  // The plugin rewrites the original's text on an edit: the export holds the edited text in both.
  entry(11, "Ann Reporter", "ann@storm.example.org", "2026-11-30 10:00:00", "<p>Gusts reach 120 km/h on the coast.</p>"),
  entry(12, "Ann Reporter", "ann@storm.example.org", "2026-11-30 10:05:00", '<p>All schools in the county are closed.</p> <span class="liveblog-command type-key">key</span>', { meta: [meta("liveblog_key_entry", "true")] }),
  entry(13, "Ann Reporter", "ann@storm.example.org", "2026-11-30 10:10:00", "<p>Gusts reach 120 km/h on the coast.</p>", { meta: [meta("liveblog_replaces", "11")] }),
  entry(14, "Ann Reporter", "ann@storm.example.org", "2026-11-30 10:15:00", "<p>A bridge has collapsed.</p>", { approved: "trash" }),
  entry(15, "Ann Reporter", "ann@storm.example.org", "2026-11-30 10:16:00", "", { meta: [meta("liveblog_replaces", "14")] }),
])}
${post(101, "count-live", "The count: live", "archive", [entry(21, "Bo Stringer", "bo@elsewhere.example", "2026-11-29 22:00:00", "<p>Polls have closed.</p>")])}
</channel>
</rss>
`;

describe("Automattic Liveblog posts", () => {
  let database: Awaited<ReturnType<typeof scratchDatabase>>;
  let importWordPress: typeof import("./import").importWordPress;
  const file = path.join(scratch, "liveblog.xml");

  before(async () => {
    database = await scratchDatabase();
    ({ importWordPress } = await import("./import"));
    writeFileSync(file, LIVEBLOG_FIXTURE);
  });
  after(async () => {
    await database?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  const coverageOf = async (slug: string) =>
    database.db.article.findUniqueOrThrow({
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
    const storm = await db.article.findUniqueOrThrow({ where: { slug: "storm-live" }, select: { id: true } });
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
});
