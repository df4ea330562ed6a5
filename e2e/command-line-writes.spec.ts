import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { expect, test } from "./fixtures";
import { createArticle, uniqueSuffix } from "./factories";
import { migrate } from "../scripts/lib/database";
import { startSecondServer } from "./second-server";

// A write from the command line goes through the same write path as the dashboard's: the WordPress
// import expires what it wrote and, outside Next.js, tells the running site (lib/cache/running-site.ts),
// so the site's cached pages show it at once: the home page, the article with its approved reply,
// the author's page, the section and the topic; an author with no posts yet, a page of the site's own
// with its image, and a post's old address, each of which readers were told was not there. A restore
// does the same for every page. Nothing here asks the site to refresh on its own.

const root = path.resolve(import.meta.dirname, "..");

/** WordPress's GMT date format, a minute ago: the newest story on the home page. */
const minuteAgo = () => new Date(Date.now() - 60_000).toISOString().slice(0, 19).replace("T", " ");

function wxr(suffix: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:wp="http://wordpress.org/export/1.2/">
<channel><title>Wire ${suffix}</title><link>https://wire-${suffix}.example</link><wp:wxr_version>1.2</wp:wxr_version><wp:base_blog_url>https://wire-${suffix}.example</wp:base_blog_url>
<wp:author><wp:author_login>wire${suffix}</wp:author_login><wp:author_display_name>Wire Reporter ${suffix}</wp:author_display_name></wp:author>
<wp:author><wp:author_login>desk${suffix}</wp:author_login><wp:author_display_name>Desk Editor ${suffix}</wp:author_display_name></wp:author>
<wp:category><wp:term_id>1</wp:term_id><wp:category_nicename>wire-${suffix}</wp:category_nicename><wp:category_parent></wp:category_parent><wp:cat_name>Wire ${suffix}</wp:cat_name></wp:category>
<wp:tag><wp:term_id>2</wp:term_id><wp:tag_slug>ports-${suffix}</wp:tag_slug><wp:tag_name>Ports ${suffix}</wp:tag_name></wp:tag>
<item><title>Harbour reopens ${suffix}</title><dc:creator>wire${suffix}</dc:creator><content:encoded><![CDATA[<p>The harbour reopened at dawn.</p>]]></content:encoded><wp:post_id>1</wp:post_id><wp:post_date_gmt>${minuteAgo()}</wp:post_date_gmt><wp:post_name>harbour-reopens-${suffix}</wp:post_name><wp:status>publish</wp:status><wp:post_type>post</wp:post_type>
<category domain="category" nicename="wire-${suffix}">Wire ${suffix}</category><category domain="post_tag" nicename="ports-${suffix}">Ports ${suffix}</category>
<wp:comment><wp:comment_id>1</wp:comment_id><wp:comment_author>Harbour Reader</wp:comment_author><wp:comment_author_email>reader-${suffix}@example.com</wp:comment_author_email><wp:comment_date_gmt>${minuteAgo()}</wp:comment_date_gmt><wp:comment_content>Good news for the fishermen ${suffix}.</wp:comment_content><wp:comment_approved>1</wp:comment_approved><wp:comment_type>comment</wp:comment_type><wp:comment_parent>0</wp:comment_parent></wp:comment>
</item>
<item><title>About the wire ${suffix}</title><dc:creator>desk${suffix}</dc:creator><content:encoded><![CDATA[<p>We cover the ports.</p>
<figure class="wp-block-image"><img src="https://wire-${suffix}.example/wp-content/uploads/2026/01/quay.jpg" alt="The quay at dawn ${suffix}"/></figure>]]></content:encoded><wp:post_id>2</wp:post_id><wp:post_name>about-wire-${suffix}</wp:post_name><wp:status>publish</wp:status><wp:post_type>page</wp:post_type></item>
</channel></rss>`;
}

test("an import from the command line is on the running site's pages at once", { tag: "@once" }, async ({ page }) => {
  // A script's start, an import with a picture to re-encode, then nine page visits: about a minute.
  test.setTimeout(120_000);
  const suffix = uniqueSuffix();
  const title = `Harbour reopens ${suffix}`;
  // Pages the site has cached before the import: the home page; an author's page, a page of the
  // site's own and a post's old WordPress address, each "not found".
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);
  const missing = [`/authors/desk${suffix}`, `/about-wire-${suffix}`, `/harbour-reopens-${suffix}`];
  for (const address of missing) expect((await page.goto(address))?.status(), address).toBe(404);

  const folder = mkdtempSync(path.join(tmpdir(), "gazette-cli-write-"));
  try {
    const file = path.join(folder, "wire.xml");
    writeFileSync(file, wxr(suffix));
    // The page's picture, in a copy of wp-content/uploads.
    mkdirSync(path.join(folder, "uploads/2026/01"), { recursive: true });
    await sharp({ create: { width: 640, height: 360, channels: 3, background: "#2a6f97" } }).jpeg().toFile(path.join(folder, "uploads/2026/01/quay.jpg"));
    const result = spawnSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/import-wordpress.ts", file, "--uploads", path.join(folder, "uploads")], {
      cwd: root,
      env: { ...process.env, SITE_URL: `http://localhost:${process.env.E2E_PORT}` },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(result.stderr).toContain(`The site at http://localhost:${process.env.E2E_PORT} shows the changes now.`);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }

  await page.goto("/");
  await page.getByRole("link", { name: title }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByText(`Good news for the fishermen ${suffix}.`)).toBeVisible();
  expect(await page.content()).not.toContain(`reader-${suffix}@example.com`);
  for (const name of [`Wire Reporter ${suffix}`, `Wire ${suffix}`, `Ports ${suffix}`]) {
    await page.getByRole("main").getByRole("link", { name, exact: true }).first().click();
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    await page.goBack();
  }

  // The author with no posts yet, the site's page with its picture from the media library, and the
  // post's old address, which now leads to the article.
  await page.goto(`/authors/desk${suffix}`);
  await expect(page.getByRole("heading", { level: 1, name: `Desk Editor ${suffix}` })).toBeVisible();
  await page.goto(`/about-wire-${suffix}`);
  await expect(page.getByRole("heading", { level: 1, name: `About the wire ${suffix}` })).toBeVisible();
  const picture = page.getByRole("img", { name: `The quay at dawn ${suffix}` });
  await expect(picture).toBeVisible();
  await expect(picture).toHaveAttribute("src", /^\/uploads\/\d{4}\/\d{2}\/[\w-]+\.jpg$/);
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => (image.complete ? image.naturalWidth : 0))).toBeGreaterThan(0);
  await page.goto(`/harbour-reopens-${suffix}`);
  await expect(page).toHaveURL(new RegExp(`/articles/harbour-reopens-${suffix}$`));
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
});

// A restore empties the database it writes to, so it runs against a second site on a database of its
// own (a SQLite file, whatever the suite runs on: the backup comes from the suite's database, so both
// kinds are read; restoring into PostgreSQL is e2e/backup-restore.spec.ts's).
test("a restore from the command line is on the running site's pages at once", { tag: "@once" }, async ({ page }) => {
  test.slow();
  const suffix = uniqueSuffix();
  const title = `Presses roll again ${suffix}`;
  const { slug } = await createArticle({ title });
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-cli-restore-"));
  const files = { DATABASE_URL: `file:${path.join(folder, "site.db")}`, UPLOAD_DIR: path.join(folder, "uploads") };
  const script = (name: string, args: string[], env: Record<string, string>) =>
    spawnSync(path.join(root, "node_modules/.bin/tsx"), [`scripts/${name}.ts`, ...args], { cwd: root, env: { ...process.env, ...env }, encoding: "utf8", timeout: 120_000 });
  let site: Awaited<ReturnType<typeof startSecondServer>> | undefined;
  try {
    // Last night's backup of the newsroom's site (which has the story by now).
    const backup = path.join(folder, "backup.tar.gz");
    const exported = script("export", [backup], { UPLOAD_DIR: path.join(folder, "no-uploads") });
    expect(exported.status, exported.stderr).toBe(0);

    // The new machine's site runs on an empty database; readers have asked for the story already, and
    // its home page is cached without it.
    migrate(files.DATABASE_URL, { convertBodies: false });
    site = await startSecondServer(files);
    expect((await page.goto(`${site.url}/articles/${slug}`))?.status()).toBe(404);
    await page.goto(`${site.url}/`);
    await expect(page.getByRole("main")).toBeVisible();
    await expect(page.getByRole("link", { name: title })).toHaveCount(0);

    const restored = script("restore", [backup, "--replace", "--yes"], { ...files, SITE_URL: site.url });
    expect(restored.status, restored.stderr).toBe(0);
    expect(restored.stdout).toContain(`restore: The site at ${site.url} shows the changes now.`);

    await page.reload();
    await page.getByRole("link", { name: title }).first().click();
    await expect(page).toHaveURL(`${site.url}/articles/${slug}`);
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  } finally {
    site?.stop();
    rmSync(folder, { recursive: true, force: true });
  }
});
