import { readFileSync } from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { db } from "../lib/db";
import { expect, loginAs, otherSession, test } from "./fixtures";
import { uniqueSuffix } from "./factories";

// The dashboard's WordPress import (docs/decisions/023-wordpress-import.md). Uploads are checked
// only ("dry run"), but for the Polylang export (docs/decisions/057-polylang-editions.md), imported
// with addresses of its own per run: its French and Arabic editions are what editions.spec.ts leaves
// behind anyway. What an import writes is tested in lib/wordpress/import.test.ts,
// import-editions.test.ts and e2e/wordpress-imported-site.spec.ts.

const POLYLANG = path.join(import.meta.dirname, "fixtures/wordpress/polylang.wordpress.xml");

/** The Polylang fixture as another site each run: its source and its posts' and pages' slugs end in `suffix`. */
function polylangExport(suffix: string): string {
  return readFileSync(POLYLANG, "utf8")
    .replaceAll("herald.example", `herald-${suffix}.example`)
    .replace(/<wp:post_name><!\[CDATA\[([a-z-]+)\]\]>/g, `<wp:post_name><![CDATA[$1-${suffix}]]>`);
}

function smallExport(suffix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.2/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel>
<title>Small blog ${suffix}</title><link>https://small-${suffix}.example</link>
<wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://small-${suffix}.example</wp:base_blog_url>
<wp:author><wp:author_login>writer${suffix}</wp:author_login><wp:author_display_name>Writer ${suffix}</wp:author_display_name></wp:author>
<wp:category><wp:term_id>2</wp:term_id><wp:category_nicename>news-${suffix}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>News ${suffix}</wp:cat_name></wp:category>
<item><title>Hello from WordPress ${suffix}</title><dc:creator>writer${suffix}</dc:creator>
<content:encoded><![CDATA[First paragraph.

[gallery ids="1,2"]

<table><tr><td>a</td><td>b</td></tr></table>]]></content:encoded><excerpt:encoded><![CDATA[]]></excerpt:encoded>
<wp:post_id>10</wp:post_id><wp:post_date_gmt>2020-01-02 03:04:05</wp:post_date_gmt><wp:post_name>hello-${suffix}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="news-${suffix}">News ${suffix}</category>
<wp:comment><wp:comment_id>5</wp:comment_id><wp:comment_author>Reader</wp:comment_author><wp:comment_author_email>reader@example.com</wp:comment_author_email><wp:comment_content>Nice</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item>
<item><title>About</title><wp:post_id>11</wp:post_id><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
</channel></rss>`;
}

test("an administrator checks a WordPress export and reads the report; a Polylang export arrives as editions with its translations linked", async ({ page }) => {
  test.setTimeout(240_000);
  await loginAs(page, "ADMIN");
  await page.getByRole("link", { name: "Import" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Import from WordPress" })).toBeVisible();

  const suffix = uniqueSuffix();
  const form = page.getByRole("form", { name: "Import from WordPress" });
  await form.getByLabel("WordPress export file").setInputFiles({ name: "small.xml", mimeType: "text/xml", buffer: Buffer.from(smallExport(suffix)) });
  await form.getByLabel("Check only: write nothing, show what would be imported").check();
  await form.getByRole("button", { name: "Import" }).click();

  // The check runs in a process of its own: starting it takes seconds on a busy machine.
  await expect(form.getByRole("status").first()).toContainText("Checked: nothing was written", { timeout: 60_000 });
  const report = page.getByRole("region", { name: "Import report" });
  await expect(report).toContainText(`Small blog ${suffix}`);
  await expect(report).toContainText("Posts: 1 in the file, 1 would be created");
  await expect(report).toContainText("(published 1, scheduled 0, drafts 0, in review 0)");
  await expect(report).toContainText("Comments: 1 in the file, 1 would be created, 0 already there (approved 1");
  // WordPress pages become the site's own pages (About at /about), not skipped items.
  await expect(report).toContainText("Pages: 1 in the file, 1 would be created, 0 already there");
  await expect(report).not.toContainText("Skipped (not articles)");
  await expect(report).toContainText("table kept as one paragraph per row");
  await expect(report).not.toContainText("reader@example.com");
  // Nothing running now: the progress the page asks for while an import runs is empty.
  const progress = await page.request.get("/dashboard/import/progress");
  expect(progress.status()).toBe(200);
  expect(await progress.json()).toEqual({ progress: null });
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);

  // A malformed file: refused at the field with its line and column.
  await form.getByLabel("WordPress export file").setInputFiles({ name: "broken.xml", mimeType: "text/xml", buffer: Buffer.from(smallExport(suffix).replace("</item>", "</itme>")) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText(/not a readable WordPress export: .*\(line \d+, column \d+\)\. Nothing was imported\./)).toBeVisible({ timeout: 60_000 }); // its own process, as above
  await expect(form.getByLabel("WordPress export file")).toHaveAttribute("aria-invalid", "true");

  // Not an export at all.
  await form.getByLabel("WordPress export file").setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47]) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("Upload the .xml file WordPress exports (WXR), not another kind of file.")).toBeVisible();

  // A site made multilingual with Polylang: English (the site's language), French and Arabic, imported.
  // French and Arabic editions are made unless the site has them already (editions.spec.ts makes them).
  const before = await db.edition.findMany({ select: { language: true, path: true } });
  const made = [
    { name: "Français", language: "fr-FR", path: "fr" },
    { name: "العربية", language: "ar", path: "ar" },
  ].filter((edition) => !before.some((existing) => existing.language === edition.language || existing.path === edition.path));
  await form.getByLabel("WordPress export file").setInputFiles({ name: "polylang.xml", mimeType: "text/xml", buffer: Buffer.from(polylangExport(suffix)) });
  await form.getByLabel("Check only: write nothing, show what would be imported").setChecked(false);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("Imported. The report below says what was created.")).toBeVisible({ timeout: 60_000 }); // its own process, as above
  await expect(report).toContainText(`Editions: 3 Polylang languages in the file, ${made.length} created${made.length ? ` (${made.map((edition) => edition.name).join(", ")})` : ""}`);
  await expect(report).toContainText("English went into the default edition, English");
  await expect(report).toContainText("Translations: 2 stories linked across editions (5 articles), 0 already linked");
  await expect(report).toContainText("Posts: 6 in the file, 6 created");
  // What it could not take as it was, and why: the group whose description holds a PHP object, the pages' links.
  await expect(report).toContainText("translation group “pll_5cd9a2”: its description could not be read (PHP objects are not read");
  await expect(report).toContainText("translations of pages: the site's pages were imported into their editions but are not linked to each other");
  await expect(report).toContainText("no language: imported into the default edition (English)");

  // The editions, under Settings → Editions.
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("link", { name: "Editions" }).click();
  const editions = page.getByRole("table", { name: "Editions" });
  await expect(editions.getByRole("row").filter({ hasText: "Français" })).toContainText("/fr");
  await expect(editions.getByRole("row").filter({ hasText: "العربية" })).toContainText("Right to left (RTL)");

  // The French article at its edition's address, in French; its other editions, and back to English.
  // (The proxy learns of a new edition within five seconds: lib/editions/registry.ts.)
  const french = `/fr/articles/le-port-rouvre-${suffix}`;
  await expect(async () => expect((await page.request.get(french)).status()).toBe(200)).toPass();
  await page.goto(french);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le port rouvre après la tempête");
  await expect(page.locator("html")).toHaveAttribute("lang", /^fr\b/);
  const versions = page.getByRole("navigation", { name: "Cet article dans les autres éditions" });
  await expect(versions.getByRole("link", { name: "العربية" })).toHaveAttribute("hreflang", "ar");
  await versions.getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/harbour-reopens-${suffix}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Harbour reopens after the storm");

  // An old Polylang address, the language in front, leads to the French edition's article.
  await page.goto(`/fr/2019/05/01/le-port-rouvre-${suffix}/`);
  await expect(page).toHaveURL(new RegExp(`/fr/articles/le-port-rouvre-${suffix}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Le port rouvre après la tempête");
});

test("an editor cannot import", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR");
  await expect(page.getByRole("link", { name: "Import", exact: true })).toHaveCount(0);
  const response = await page.goto("/dashboard/import");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { level: 1, name: "You do not have access to this page" })).toBeVisible();
  await expect(page.getByLabel("WordPress export file")).toHaveCount(0);
  // Nor can an editor read how far an import is.
  expect((await page.request.get("/dashboard/import/progress")).status()).toBe(403);
});

test("the import action checks its caller itself: an editor's session on the administrator's form imports nothing", async ({ page, browser }) => {
  await loginAs(page, "ADMIN", { open: "/dashboard/import" });
  const editor = await otherSession(browser, "EDITOR");
  await page.context().clearCookies();
  await page.context().addCookies(await editor.context.cookies());

  const suffix = uniqueSuffix();
  const form = page.getByRole("form", { name: "Import from WordPress" });
  await form.getByLabel("WordPress export file").setInputFiles({ name: "small.xml", mimeType: "text/xml", buffer: Buffer.from(smallExport(suffix)) });
  await form.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You do not have permission to do that." })).toBeVisible();
  expect(await db.article.count({ where: { title: `Hello from WordPress ${suffix}` } })).toBe(0);
  expect(await db.importedItem.count({ where: { source: `wordpress:https://small-${suffix}.example` } })).toBe(0);
  await editor.context.close();
});

test("hostile uploads are refused at the field while readers are served: nesting 60,000 deep, over the size limit", { tag: "@once" }, async ({ page, request }) => {
  test.setTimeout(120_000);
  await loginAs(page, "ADMIN", { open: "/dashboard/import" });
  const form = page.getByRole("form", { name: "Import from WordPress" });
  const field = form.getByLabel("WordPress export file");

  // 420 KB: `<x>` nested 60,000 deep in one item. It kept the site busy for two minutes when the
  // import ran inside the web server; now its own process refuses it, naming the line.
  const suffix = uniqueSuffix();
  const deep = smallExport(suffix).replace("First paragraph.", `${"<x>".repeat(60_000)}${"</x>".repeat(60_000)}`).replace("<![CDATA[", "").replace("]]></content:encoded>", "</content:encoded>");
  await field.setInputFiles({ name: "deep.xml", mimeType: "text/xml", buffer: Buffer.from(deep) });
  await form.getByRole("button", { name: "Import" }).click();
  // A reader meanwhile: the cached home page answers.
  const started = Date.now();
  const home = await request.get("/");
  expect(home.status()).toBe(200);
  expect(Date.now() - started).toBeLessThan(10_000);
  await expect(form.getByText(/not a readable WordPress export: Elements are nested more than 64 deep .*\(line 9, column \d+\)\. Nothing was imported\./)).toBeVisible({ timeout: 60_000 });
  await expect(field).toHaveAttribute("aria-invalid", "true");
  expect(await db.article.count({ where: { title: `Hello from WordPress ${suffix}` } })).toBe(0);

  // Over the dashboard's 10 MB, and over what the server reads of a form at all (12 MB).
  for (const megabytes of [11, 13]) {
    const big = Buffer.concat([Buffer.from(smallExport(suffix)), Buffer.alloc(megabytes * 1024 * 1024, " ")]);
    await field.setInputFiles({ name: `big-${megabytes}.xml`, mimeType: "text/xml", buffer: big });
    await form.getByRole("button", { name: "Import" }).click();
    await expect(form.getByText(/^This file is 1[13]\.\d MB; the dashboard takes up to 10 MB\. Import larger exports with npm run import:wordpress on the server\.$/)).toBeVisible({ timeout: 60_000 });
    await expect(field).toHaveAttribute("aria-invalid", "true");
  }
  await expect(page.getByRole("heading", { level: 1, name: "Import from WordPress" })).toBeVisible();
});
