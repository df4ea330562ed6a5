// The importer against hostile files an audit found, generated here, into a throwaway SQLite database:
// items without ids, two sites with the same ids and slugs, a post whose body cannot be converted,
// one post with 20,000 comments, a symbolic link out of --uploads, bytes that are not UTF-8.
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import sharp from "sharp";
import { scratchDatabase } from "@/lib/db/scratch-database";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-wp-hostile-"));
process.env.UPLOAD_DIR = path.join(scratch, "uploads");

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
let importWordPress: typeof import("./import").importWordPress;
let oldAddressOwner: typeof import("./old-address-owner").oldAddressOwner;

const cdata = (text: string) => `<![CDATA[${text}]]>`;

function wxr(site: string, items: string[], login = "admin"): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>${site}</title><link>https://${site}</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://${site}</wp:base_blog_url>
<wp:author><wp:author_login>${login}</wp:author_login><wp:author_display_name>Admin of ${site}</wp:author_display_name></wp:author>
${items.join("\n")}
</channel></rss>`;
}

type Post = { login?: string; id?: string; guid?: string; link?: string; title: string; slug?: string; body?: string; comments?: string[] };
function item(post: Post): string {
  return `<item><title>${post.title}</title>${post.link ? `<link>${post.link}</link>` : ""}${post.guid ? `<guid isPermaLink="false">${post.guid}</guid>` : ""}<dc:creator>${post.login ?? "admin"}</dc:creator>
<content:encoded>${cdata(post.body ?? `<p>${post.title} body</p>`)}</content:encoded>${post.id ? `<wp:post_id>${post.id}</wp:post_id>` : ""}
<wp:post_date_gmt>2024-05-01 10:00:00</wp:post_date_gmt><wp:post_name>${post.slug ?? ""}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
${(post.comments ?? []).join("\n")}</item>`;
}
function comment(text: string, options: { id?: string; parent?: string; author?: string; date?: string } = {}): string {
  return `<wp:comment>${options.id ? `<wp:comment_id>${options.id}</wp:comment_id>` : ""}<wp:comment_author>${options.author ?? "Reader"}</wp:comment_author><wp:comment_date_gmt>${options.date ?? "2024-05-02 10:00:00"}</wp:comment_date_gmt><wp:comment_content>${cdata(text)}</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>${options.parent ?? "0"}</wp:comment_parent></wp:comment>`;
}
function file(name: string, content: string | Buffer): string {
  const full = path.join(scratch, name);
  writeFileSync(full, content);
  return full;
}

describe("importWordPress with hostile and unusual files", () => {
  before(async () => {
    database = await scratchDatabase();
    ({ importWordPress } = await import("./import"));
    ({ oldAddressOwner } = await import("./old-address-owner"));
  });
  after(async () => {
    await database?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("takes seven items without post ids for seven posts, their comments on the right posts, and adds nothing again", async () => {
    const { db } = database!;
    const items = Array.from({ length: 7 }, (_, n) =>
      item({
        login: "writer",
        title: `No id ${n}`,
        // Some with a guid, some with a link only, one with neither.
        guid: n < 3 ? `https://noids.example/?p=${n}-guid` : undefined,
        link: n >= 3 && n < 6 ? `https://noids.example/no-id-${n}/` : undefined,
        body: `<p>Body ${n}</p>`,
        comments: [comment(`Comment on ${n}`), comment(`Second comment on ${n}`, { author: "Other" })],
      }),
    );
    const path7 = file("noids.xml", wxr("noids.example", items, "writer"));
    const report = await importWordPress(path7);
    assert.equal(report.posts.created, 7);
    assert.equal(report.posts.existing, 0);
    assert.equal(report.comments.created, 14);
    for (let n = 0; n < 7; n++) {
      const article = await db.article.findFirstOrThrow({ where: { title: `No id ${n}` }, select: { replies: { select: { body: true }, orderBy: { body: "asc" } } } });
      assert.deepEqual(article.replies.map((reply) => reply.body), [`Comment on ${n}`, `Second comment on ${n}`]);
    }
    const again = await importWordPress(path7);
    assert.equal(again.posts.created, 0);
    assert.equal(again.posts.existing, 7);
    assert.equal(again.comments.created, 0);
    assert.equal(await db.reply.count({ where: { article: { title: { startsWith: "No id" } } } }), 14);
  });

  it("keeps old addresses with the first site when a second has the same ids and slugs, and says so", async () => {
    const { db } = database!;
    const siteA = file("a.xml", wxr("a.example", [item({ id: "1", title: "Hello from A", slug: "hello-world", comments: [comment("A's comment", { id: "1" })] })]));
    const siteB = file("b.xml", wxr("b.example", [item({ id: "1", title: "Hello from B", slug: "hello-world", comments: [comment("B's comment", { id: "1" })] })]));
    const reportA = await importWordPress(siteA);
    assert.deepEqual(reportA.addressesKept, []);
    const reportB = await importWordPress(siteB);
    // Same ids, another site: B's post and comment arrive; nothing is "already there".
    assert.equal(reportB.posts.created, 1);
    assert.equal(reportB.comments.created, 1);
    assert.deepEqual(reportB.addressesKept.map((kept) => kept.address).sort(), ["/?p=1", "/author/admin/", "/hello-world/ and its dated forms"]);
    assert.ok(reportB.addressesKept.every((kept) => kept.site === "https://a.example"));
    const a = await db.article.findFirstOrThrow({ where: { title: "Hello from A" }, select: { id: true, replies: { select: { body: true } } } });
    const b = await db.article.findFirstOrThrow({ where: { title: "Hello from B" }, select: { id: true, replies: { select: { body: true } } } });
    assert.deepEqual(a.replies, [{ body: "A's comment" }]);
    assert.deepEqual(b.replies, [{ body: "B's comment" }]);
    assert.equal((await oldAddressOwner("post", { externalId: "1" }))?.entityId, a.id);
    assert.equal((await oldAddressOwner("post", { externalSlug: "hello-world" }))?.source, "wordpress:https://a.example");
    assert.equal((await oldAddressOwner("author", { externalSlug: "admin" }))?.source, "wordpress:https://a.example");
  });

  it("reports a post nested 5,000 <div> deep and imports the posts after it, on every run", async () => {
    const { db } = database!;
    const deep = `${"<div>".repeat(5_000)}Deep words${"</div>".repeat(5_000)}`;
    const wxrFile = file("deep-divs.xml", wxr("deep.example", [item({ id: "1", title: "Deep post", body: deep }), item({ id: "2", title: "After the deep post" })]));
    const report = await importWordPress(wxrFile);
    assert.equal(report.posts.created, 2);
    assert.ok(report.notes.some((note) => note.title === "Deep post" && /nested 5,00\d levels deep/.test(note.note)), JSON.stringify(report.notes));
    assert.ok(await db.article.findFirst({ where: { title: "After the deep post" } }));
    const deepArticle = await db.article.findFirstOrThrow({ where: { title: "Deep post" }, select: { bodyText: true } });
    assert.match(deepArticle.bodyText, /Deep words/);
  });

  it("writes one post with 20,000 comments in batches, every comment once", async () => {
    const { db } = database!;
    const comments = Array.from({ length: 20_000 }, (_, n) => comment(`Comment ${n}`, { id: String(n + 1), parent: n > 0 && n % 10 === 0 ? String(n) : "0" }));
    const wxrFile = file("many-comments.xml", wxr("many.example", [item({ id: "1", title: "Many comments", comments })]));
    const report = await importWordPress(wxrFile);
    assert.equal(report.comments.created, 20_000);
    const article = await db.article.findFirstOrThrow({ where: { title: "Many comments" }, select: { id: true } });
    assert.equal(await db.reply.count({ where: { articleId: article.id } }), 20_000);
    assert.equal(await db.reply.count({ where: { articleId: article.id, parentId: { not: null } } }), 1_999);
  });

  it("stops between two writes when cancelled, and a later run resumes", async () => {
    const { db } = database!;
    const items = Array.from({ length: 30 }, (_, n) => item({ id: String(n + 1), title: `Cancel ${n}` }));
    const wxrFile = file("cancel.xml", wxr("cancel.example", items));
    const controller = new AbortController();
    let seen = 0;
    await assert.rejects(
      importWordPress(wxrFile, {
        signal: controller.signal,
        onProgress: (progress) => {
          if (progress.phase === "importing" && ++seen === 10) controller.abort();
        },
      }),
      /cancelled/,
    );
    assert.equal(await db.article.count({ where: { title: { startsWith: "Cancel " } } }), 10);
    const report = await importWordPress(wxrFile);
    assert.equal(report.posts.existing, 10);
    assert.equal(report.posts.created, 20);
  });

  it("follows no symbolic link out of --uploads", async () => {
    const outside = path.join(scratch, "outside");
    const uploads = path.join(scratch, "wp-uploads");
    mkdirSync(outside, { recursive: true });
    mkdirSync(path.join(uploads, "2024/05"), { recursive: true });
    await sharp({ create: { width: 8, height: 6, channels: 3, background: "#888" } }).jpeg().toFile(path.join(outside, "secret.jpg"));
    await sharp({ create: { width: 8, height: 6, channels: 3, background: "#444" } }).jpeg().toFile(path.join(uploads, "2024/05/inside.jpg"));
    symlinkSync(path.join(outside, "secret.jpg"), path.join(uploads, "2024/05/linked.jpg"));
    const body = `<p>Two images</p><img src="https://links.example/wp-content/uploads/2024/05/linked.jpg" alt="Linked"><img src="https://links.example/wp-content/uploads/2024/05/inside.jpg" alt="Inside">`;
    const report = await importWordPress(file("links.xml", wxr("links.example", [item({ id: "1", title: "Links", body })])), { uploadsDir: uploads });
    assert.equal(report.images.imported, 1);
    assert.deepEqual(report.missingImages.map((image) => image.url), ["https://links.example/wp-content/uploads/2024/05/linked.jpg"]);
  });

  it("counts bytes that are not UTF-8 in the report", async () => {
    const xml = wxr("bytes.example", [item({ id: "1", title: "Caf\u00e9 BAD \u00e9", body: "<p>Stray \uFFFD written by the site</p>" })]);
    // Two stray bytes (0xFF, 0xC3 without its continuation); the file's own "�" is not counted.
    const bytes = Buffer.from(xml.replace("BAD", "\u0001"), "utf8");
    const at = bytes.indexOf(0x01);
    const broken = Buffer.concat([bytes.subarray(0, at), Buffer.from([0xff, 0xc3]), bytes.subarray(at + 1)]);
    const report = await importWordPress(file("bytes.xml", broken));
    assert.equal(report.invalidCharacters, 2);
    const { formatImportReport } = await import("./report");
    assert.ok(formatImportReport(report).some((line) => line.includes("2 byte sequences were not valid UTF-8")));
  });

  it("holds titles, names and alt text to the single-line rule: line breaks and tabs folded into spaces", async () => {
    const { db } = database!;
    const { singleLine } = await import("@/lib/actions/schemas");
    const { z } = await import("zod");
    const rule = singleLine(z.string());
    const xml = wxr("lines.example", [
      item({ id: "1", title: "Flood&#13;&#10;Barrier\tDelayed", body: "<p>Body</p>", comments: [comment("Well said.", { id: "1", author: "Ann&#13;&#10;Reader" })] })
        .replace("<wp:status>", `<category domain="category" nicename="rivers"><![CDATA[Rivers\r\nand Canals]]></category><category domain="post_tag" nicename="locks"><![CDATA[Locks\u2028Weirs]]></category><wp:status>`),
    ])
      .replace("<wp:author_display_name>Admin of lines.example</wp:author_display_name>", "<wp:author_display_name><![CDATA[Ann\r\nEditor]]></wp:author_display_name>")
      .replace("</wp:author>", "</wp:author><wp:category><wp:term_id>7</wp:term_id><wp:category_nicename>rivers</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name><![CDATA[Rivers\r\nand Canals]]></wp:cat_name></wp:category>");
    const report = await importWordPress(file("lines.xml", xml));
    assert.equal(report.posts.published, 1);
    const article = await db.article.findFirstOrThrow({ where: { title: { startsWith: "Flood" } }, select: { title: true, author: { select: { displayName: true } }, category: { select: { name: true } }, tags: { select: { tag: { select: { name: true } } } } } });
    const reply = await db.reply.findFirstOrThrow({ where: { body: "Well said." }, select: { authorName: true } });
    assert.equal(article.title, "Flood Barrier Delayed");
    assert.equal(article.author?.displayName, "Ann Editor");
    assert.equal(article.category?.name, "Rivers and Canals");
    assert.deepEqual(article.tags.map((tag) => tag.tag.name), ["Locks Weirs"]);
    assert.equal(reply.authorName, "Ann Reader");
    for (const value of [article.title, article.author?.displayName, article.category?.name, ...article.tags.map((tag) => tag.tag.name), reply.authorName]) {
      assert.ok(rule.safeParse(value).success, JSON.stringify(value));
    }
  });
});
