import { spawnSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test, waitingForScripts } from "./fixtures";
import { XMLParser } from "fast-xml-parser";
import { startSecondServer } from "./second-server";

// WordPress's theme unit test export imported into a database of its own (other specs count the
// articles of the shared one), served by a second Gazette process on the same build: every imported
// published article passes the reader-page checks, and old WordPress addresses redirect. Tagged
// @once: it brings its own SQLite database whatever the suite runs on, so CI's PostgreSQL pass leaves
// it out (docs/decisions/026-ci-passes.md); lib/wordpress/import.test.ts covers the import on PostgreSQL.

const root = path.resolve(import.meta.dirname, "..");
const FIXTURE = path.join(root, "e2e/fixtures/wordpress/themeunittestdata.wordpress.xml");
const DATABASE_FILE = path.join(root, "prisma/e2e-wordpress.db");
const DATABASE_URL = `file:${DATABASE_FILE}`;

type Comment = { "wp:comment_author": string; "wp:comment_author_email": string; "wp:comment_content": string; "wp:comment_approved": string };
type Item = { title: string; link: string; "wp:post_id": string; "wp:post_type": string; "wp:status": string; "wp:post_password"?: string; "wp:comment"?: Comment[] };

const text = (value: unknown) => (value === undefined || value === null ? "" : String(value)).trim();
/** Plain text of a WordPress title or comment, as readers see it (tags gone, a few entities decoded). */
const plain = (html: string) =>
  html
    .replace(/<[^>]*>/g, "")
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&(laquo|raquo|quot|lt|gt|nbsp|amp);/g, (_, name: string) => ({ laquo: "«", raquo: "»", quot: '"', lt: "<", gt: ">", nbsp: " ", amp: "&" })[name]!)
    .replace(/\s+/g, " ")
    .trim();

const channel = new XMLParser({ ignoreAttributes: true, parseTagValue: false, isArray: (name) => ["item", "wp:comment"].includes(name) }).parse(readFileSync(FIXTURE, "utf8")).rss.channel as { item: Item[] };
const published = channel.item.filter((item) => text(item["wp:post_type"]) === "post" && text(item["wp:status"]) === "publish" && !text(item["wp:post_password"]));

let site: Awaited<ReturnType<typeof startSecondServer>>;

/** A second, small export: a section and a topic whose WordPress slugs are not Latin (新聞, 日本). */
const OTHER_SCRIPT = path.join(root, "prisma/e2e-wordpress-other-script.xml");
const otherScriptExport = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Other script</title><link>https://other-script.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://other-script.example</wp:base_blog_url>
<wp:category><wp:term_id>7</wp:term_id><wp:category_nicename>%e6%96%b0%e8%81%9e</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>新聞</wp:cat_name></wp:category>
<wp:tag><wp:term_id>8</wp:term_id><wp:tag_slug>%e6%97%a5%e6%9c%ac</wp:tag_slug><wp:tag_name>日本</wp:tag_name></wp:tag>
<item><title>東京の朝</title><dc:creator>reporter</dc:creator><content:encoded><![CDATA[<p>本文です。</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date_gmt>2020-01-02 03:04:05</wp:post_date_gmt><wp:post_name>%e6%9d%b1%e4%ba%ac</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="%e6%96%b0%e8%81%9e">新聞</category><category domain="post_tag" nicename="%e6%97%a5%e6%9c%ac">日本</category></item>
</channel></rss>`;

/**
 * A third site imported after the theme unit data, claiming its addresses: the same post id, slug and
 * author login. The first site keeps them (the redirects below still lead to its articles), and the
 * import's report says so.
 */
const COPYCAT = path.join(root, "prisma/e2e-wordpress-copycat.xml");
const copycatExport = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Copycat</title><link>https://copycat.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://copycat.example</wp:base_blog_url>
<wp:author><wp:author_login>themedemos</wp:author_login><wp:author_display_name>Someone else</wp:author_display_name></wp:author>
<item><title>Copycat markup</title><link>https://copycat.example/2013/01/11/markup-html-tags-and-formatting/</link><dc:creator>themedemos</dc:creator><content:encoded><![CDATA[<p>Not the theme unit data.</p>]]></content:encoded><wp:post_id>1178</wp:post_id><wp:post_date_gmt>2013-01-11 20:22:19</wp:post_date_gmt><wp:post_name>markup-html-tags-and-formatting</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type></item>
</channel></rss>`;
let copycatReport = "";

test.beforeAll(async () => {
  test.setTimeout(180_000);
  rmSync(DATABASE_FILE, { force: true });
  writeFileSync(OTHER_SCRIPT, otherScriptExport);
  writeFileSync(COPYCAT, copycatExport);
  // The command on a new database: it applies the migrations itself.
  for (const [command, args] of [
    ["tsx", ["scripts/import-wordpress.ts", FIXTURE]],
    ["tsx", ["scripts/import-wordpress.ts", OTHER_SCRIPT]],
    ["tsx", ["scripts/import-wordpress.ts", COPYCAT]],
  ] as const) {
    const result = spawnSync(path.join(root, "node_modules/.bin", command), args, { cwd: root, env: { ...process.env, DATABASE_URL }, encoding: "utf8" });
    expect(result.status, `${command}: ${result.stderr}`).toBe(0);
    copycatReport = result.stdout;
  }
  site = await startSecondServer({ DATABASE_URL });
});

test.afterAll(() => {
  site?.stop();
  rmSync(OTHER_SCRIPT, { force: true });
  rmSync(COPYCAT, { force: true });
  rmSync(DATABASE_FILE, { force: true });
  for (const suffix of ["-wal", "-shm", "-journal"]) rmSync(DATABASE_FILE + suffix, { force: true });
});

test("every imported published article is a reader page: title, approved comments only, no email, no WCAG A/AA violations", { tag: "@once" }, async ({ page, context }) => {
  test.setTimeout(600_000);
  expect(published.length).toBeGreaterThan(40);
  // Three readers at once (the browser's axe run and the server's render overlap on two cores).
  const readers = [page, waitingForScripts(await context.newPage()), waitingForScripts(await context.newPage())];
  const queue = [...published];
  await Promise.all(
    readers.map(async (reader) => {
      for (let item = queue.shift(); item; item = queue.shift()) await checkReaderPage(reader, item);
    }),
  );
});

/** One imported post, opened by its old address (/?p=ID): the article, its approved comments only, no email, no WCAG violation. */
async function checkReaderPage(page: Page, item: Item) {
  const response = await page.goto(`${site.url}/?p=${text(item["wp:post_id"])}`);
  expect(response?.status(), `post ${item["wp:post_id"]}`).toBe(200);
  expect(page.url()).toMatch(/\/articles\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(plain(text(item.title)) || "Untitled");
  const html = await page.content();
  // The page's words, the parts below the fold included: innerText leaves out what the browser has
  // not laid out yet (the replies are rendered as they near the screen, decision 064), so the text
  // of the page's elements (scripts aside), compared without whitespace, which textContent does not
  // put between blocks.
  const compact = (words: string) => words.replace(/\s+/g, "");
  const shown = compact(
    await page.getByRole("main").evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll("script, style, template").forEach((node) => node.remove());
      return copy.textContent ?? "";
    }),
  );
  for (const comment of item["wp:comment"] ?? []) {
    const words = compact(plain(text(comment["wp:comment_content"])).split(" ").slice(0, 6).join(" "));
    if (text(comment["wp:comment_approved"]) === "1") expect(shown, `approved comment on post ${item["wp:post_id"]}`).toContain(words);
    else expect(shown, `pending comment on post ${item["wp:post_id"]}`).not.toContain(words);
    const email = text(comment["wp:comment_author_email"]);
    if (email) expect(html).not.toContain(email);
  }
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${page.url()} ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("old WordPress addresses redirect permanently; unknown ones are a 404, never a 500", { tag: "@once" }, async ({ request, page }) => {
  const post = published.find((item) => text(item.title) === "Markup: HTML Tags and Formatting")!;
  const oldPath = new URL(text(post.link)).pathname; // /2013/01/11/markup-html-tags-and-formatting/
  const redirects: [string, RegExp][] = [
    [oldPath, /^\/articles\/markup-html-tags-and-formatting$/],
    [oldPath.replace(/^\/(\d{4})\/(\d{2})\/\d{2}\//, "/$1/$2/"), /^\/articles\/markup-html-tags-and-formatting$/],
    ["/markup-html-tags-and-formatting/", /^\/articles\/markup-html-tags-and-formatting$/],
    [`/?p=${text(post["wp:post_id"])}`, /^\/articles\/markup-html-tags-and-formatting$/],
    ["/category/parent-category/child-category-01/", /^\/category\/child-category-01$/],
    ["/author/themedemos/", /^\/authors\/themedemos$/],
    ["/feed/", /^\/feed\.xml$/],
    // Slugs in another script: Gazette's are Latin, the old ones still lead there.
    ["/category/%e6%96%b0%e8%81%9e/", /^\/category\/category-7$/],
    ["/tag/%E6%97%A5%E6%9C%AC/", /^\/tag\/tag-[0-9a-f]{10}$/],
    ["/%e6%9d%b1%e4%ba%ac/", /^\/articles\/[a-z0-9-]+$/],
  ];
  for (const [from, to] of redirects) {
    // Follow the trailing-slash hop Next.js adds, then expect the permanent redirect of ours.
    let location = from;
    let status = 0;
    for (let hop = 0; hop < 3; hop++) {
      const response = await request.get(`${site.url}${location}`, { maxRedirects: 0 });
      status = response.status();
      if (status !== 308 && status !== 301) break;
      // Next.js sends a cached page's redirect with its Location header twice (the same address);
      // browsers accept that, Playwright joins them with ", ".
      location = new URL(response.headers().location!.split(", ")[0]!, site.url).pathname;
      if (to.test(location)) break;
    }
    expect([301, 308], `${from} answered ${status}`).toContain(status);
    expect(location, from).toMatch(to);
  }
  // A browser follows them to the page (here one whose redirect carries its Location header twice).
  const response = await page.goto(`${site.url}/category/%e6%96%b0%e8%81%9e/`);
  expect(response?.status()).toBe(200);
  expect(new URL(page.url()).pathname).toBe("/category/category-7");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("新聞");
  // Drafts and scheduled posts are not revealed by their old addresses.
  const draft = channel.item.find((item) => text(item["wp:status"]) === "draft")!;
  expect((await request.get(`${site.url}/?p=${text(draft["wp:post_id"])}`, { maxRedirects: 0 })).status()).toBe(404);
  for (const unknown of ["/2013/01/11/no-such-post", "/no-such-post", "/author/nobody", "/?p=99999999", "/category/a/no-such-category", "/%E0%A4%A", "/author/%00", "/2013/01/%ff", "/" + "x".repeat(3000)]) {
    const status = (await request.get(`${site.url}${unknown}`, { maxRedirects: 0 })).status();
    expect([404, 400, 414], `${unknown.slice(0, 60)} answered ${status}`).toContain(status);
  }
  // A later site with the same post id, slug and author login: the first site keeps its addresses
  // (checked above), the later import says so, and its article has an address of its own.
  expect(copycatReport).toContain("Old addresses another site imported earlier keeps (they still lead to its articles):");
  expect(copycatReport).toContain("/?p=1178 stays with https://wpthemetestdata.wordpress.com");
  expect(copycatReport).toContain("/author/themedemos/ stays with https://wpthemetestdata.wordpress.com");
  await page.goto(`${site.url}/search?q=${encodeURIComponent("Copycat markup")}`);
  await page.getByRole("link", { name: "Copycat markup" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Copycat markup");
  expect(new URL(page.url()).pathname).not.toBe("/articles/markup-html-tags-and-formatting");
  // Not an old address: the home page as usual.
  expect((await request.get(`${site.url}/?p=abc`, { maxRedirects: 0 })).status()).toBe(200);
});
