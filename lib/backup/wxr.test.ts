import assert from "node:assert/strict";
import { test } from "node:test";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import { serializeBody } from "../content/document";
import { cdata, parentsFirst, threadOrder, wpDates, wpStatus, wxrItem, type WxrArticle, type WxrComment } from "./wxr";

const site = { name: "Gazette", description: "News", url: "https://news.example.com", timeZone: "Europe/Paris" };
const now = new Date("2026-11-27T12:00:00Z");

const hostile = "Ends ]]> here <script>alert(1)</script> & \u0007bell 🦆";
const article: WxrArticle = {
  slug: "the-move",
  title: hostile,
  standfirst: "Standfirst ]]> too",
  body: serializeBody({
    type: "doc",
    content: [
      { type: "paragraph", content: [{ type: "text", text: "First ]]> paragraph.", marks: [{ type: "bold" }] }] },
      { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Moving day" }] },
    ],
  }),
  status: "PUBLISHED",
  publishedAt: new Date("2026-07-01T22:30:00Z"),
  createdAt: new Date("2026-06-30T10:00:00Z"),
  updatedAt: new Date("2026-07-02T08:00:00Z"),
  repliesOpen: true,
  heroImageUrl: "/uploads/2026/07/hero.jpg",
  heroImageAlt: "A harbour",
  authorHandle: "marcus-chen",
  category: { slug: "world", name: "World & Europe" },
  tags: [{ slug: "moving", name: "Moving" }],
};
const reply = (id: string, parentId: string | null, minutes: number): WxrComment => ({
  id,
  parentId,
  authorName: `Reader ${id}`,
  authorEmail: `${id}@example.net`,
  authorWebsite: null,
  body: `Reply ${id} <b>not bold</b>`,
  createdAt: new Date(now.getTime() + minutes * 60_000),
});

function parseItems(items: string) {
  const xml = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/"><channel>
${items}</channel></rss>`;
  assert.equal(XMLValidator.validate(xml), true);
  const parsed = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "wp:comment", "category"].includes(name), parseTagValue: false }).parse(xml);
  return parsed.rss.channel.item as Record<string, unknown>[];
}

test("an article is a well-formed item: hostile text survives, body as HTML, standfirst as excerpt, dates local and GMT", () => {
  let commentId = 0;
  const comments = threadOrder([reply("c", "b", 3), reply("a", null, 1), reply("b", "a", 2), reply("orphan", "pending-one", 4)]);
  const [post, attachment] = parseItems(wxrItem(article, comments, { postId: 7, attachmentId: 8, nextCommentId: () => ++commentId }, site, now));
  assert.equal(post!["title"], "Ends ]]> here <script>alert(1)</script> & bell 🦆");
  assert.equal(post!["content:encoded"], "<p><strong>First ]]&gt; paragraph.</strong></p>\n<h2>Moving day</h2>");
  assert.equal(post!["excerpt:encoded"], "Standfirst ]]> too");
  assert.equal(post!["wp:post_id"], "7");
  assert.equal(post!["wp:post_name"], "the-move");
  assert.equal(post!["wp:status"], "publish");
  assert.equal(post!["dc:creator"], "marcus-chen");
  assert.equal(post!["wp:post_date"], "2026-07-02 00:30:00");
  assert.equal(post!["wp:post_date_gmt"], "2026-07-01 22:30:00");
  assert.equal(post!["link"], "https://news.example.com/articles/the-move");
  assert.deepEqual(
    (post!["category"] as Record<string, string>[]).map((category) => [category["@_domain"], category["@_nicename"], category["#text"]]),
    [
      ["category", "world", "World & Europe"],
      ["post_tag", "moving", "Moving"],
    ],
  );
  const threads = (post!["wp:comment"] as Record<string, string>[]).map((comment) => [comment["wp:comment_id"], comment["wp:comment_author"], comment["wp:comment_parent"]]);
  assert.deepEqual(threads, [
    ["1", "Reader a", "0"],
    ["2", "Reader b", "1"],
    ["3", "Reader c", "2"],
    ["4", "Reader orphan", "0"],
  ]);
  assert.equal((post!["wp:comment"] as Record<string, string>[])[0]!["wp:comment_content"], "Reply a &lt;b&gt;not bold&lt;/b&gt;");
  assert.equal((post!["wp:comment"] as Record<string, string>[])[0]!["wp:comment_approved"], "1");
  assert.equal(attachment!["wp:post_type"], "attachment");
  assert.equal(attachment!["wp:post_parent"], "7");
  assert.equal(attachment!["wp:attachment_url"], "https://news.example.com/uploads/2026/07/hero.jpg");
});

test("statuses as WordPress knows them; a draft has no GMT date", () => {
  assert.equal(wpStatus("PUBLISHED", new Date("2026-12-01T00:00:00Z"), now), "future");
  assert.equal(wpStatus("SCHEDULED", new Date("2026-12-01T00:00:00Z"), now), "future");
  assert.equal(wpStatus("IN_REVIEW", null, now), "pending");
  assert.equal(wpStatus("DRAFT", null, now), "draft");
  assert.equal(wpStatus("ARCHIVED", new Date("2026-01-01T00:00:00Z"), now), "private");
  const [draft] = parseItems(wxrItem({ ...article, status: "DRAFT", publishedAt: null, heroImageUrl: null }, [], { postId: 1, attachmentId: null, nextCommentId: () => 1 }, site, now));
  assert.equal(draft!["wp:status"], "draft");
  assert.equal(draft!["wp:post_date_gmt"], "0000-00-00 00:00:00");
  assert.equal(draft!["wp:post_date"], wpDates(article.createdAt, "Europe/Paris").local);
});

test("CDATA splits a closing sequence, as WordPress's wxr_cdata does", () => {
  assert.equal(cdata("a]]>b"), "<![CDATA[a]]]]><![CDATA[>b]]>");
});

test("sections come after their parents", () => {
  const order = parentsFirst([
    { id: "c", parentId: "b" },
    { id: "a", parentId: null },
    { id: "b", parentId: "a" },
    { id: "loop1", parentId: "loop2" },
    { id: "loop2", parentId: "loop1" },
  ]).map((category) => category.id);
  assert.deepEqual(order, ["a", "b", "c", "loop1", "loop2"]);
});

test("every element an item uses is one WordPress itself writes (its theme unit test export)", async () => {
  const { readFileSync } = await import("node:fs");
  const fixture = readFileSync(new URL("../../e2e/fixtures/wordpress/themeunittestdata.wordpress.xml", import.meta.url), "utf8");
  const names = (xml: string) => new Set([...xml.matchAll(/<([A-Za-z_][\w:.-]*)[\s/>]/g)].map((match) => match[1]!));
  const wordpress = names(fixture);
  const ours = names(wxrItem(article, [reply("a", null, 1)], { postId: 1, attachmentId: 2, nextCommentId: () => 1 }, site, now));
  assert.deepEqual([...ours].filter((name) => !wordpress.has(name)), []);
});
