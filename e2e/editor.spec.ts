import type { Page } from "@playwright/test";
import sharp from "sharp";
import { db } from "../lib/db";
import { toZonedInputValue } from "../lib/format-core";
import { createArticle, createAuthor, createCategory, uniqueSuffix } from "./factories";
import { bodyEditor, expect, loginAs, otherSession, test, writeBody } from "./fixtures";

// A 1×1 PNG, for uploads.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

async function statusMessage(page: Page, text: string | RegExp) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test("an editor writes, previews and publishes an article, which readers then see with its author box and source", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const category = await createCategory({ name: `Desk ${suffix}` });
  const byline = await createAuthor({ displayName: `Byline ${suffix}`, bio: `Byline ${suffix} reports from the coast.` });
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Harbour Tolls Rise ${suffix}`);
  await expect(page.getByText(`/articles/harbour-tolls-rise-${suffix}`)).toBeVisible();
  await page.getByLabel("Standfirst").fill("Shipping firms say the increase will reach shoppers.");
  await writeBody(page, "The port authority **raised** tolls on Monday.\n\n## Why now\n\nCosts went up.");
  await expect(bodyEditor(page).getByRole("heading", { name: "Why now" })).toBeVisible();
  await expect(bodyEditor(page).locator("strong")).toHaveText("raised");
  await page.getByLabel("Source name").fill("www.france24.com");
  await page.getByLabel("Source URL").fill("https://www.france24.com/en/harbour");
  await page.getByLabel("Category").selectOption({ label: category.name });
  await page.getByLabel("Byline 1", { exact: true }).selectOption({ label: byline.displayName });
  await page.getByLabel("Tags").fill(`Ports ${suffix}, Shipping ${suffix}`);
  await page.getByRole("button", { name: "Save draft" }).click();

  await expect(page).toHaveURL(/\/dashboard\/articles\/.+\/edit\?created=save/);
  await statusMessage(page, "Draft saved.");
  const article = await db.article.findFirstOrThrow({ where: { title: `Harbour Tolls Rise ${suffix}` }, select: { slug: true, status: true } });
  expect(article.status).toBe("DRAFT");

  // A reader cannot see it yet; the editor can preview it as readers will.
  const reader = await browser.newContext();
  const readerPage = await reader.newPage();
  expect((await readerPage.goto(`/articles/${article.slug}`))?.status()).toBe(404);
  const [preview] = await Promise.all([page.waitForEvent("popup"), page.getByRole("link", { name: "Preview" }).click()]);
  await expect(preview.getByRole("heading", { level: 1 })).toHaveText(`Harbour Tolls Rise ${suffix}`);
  await expect(preview.getByRole("status").filter({ hasText: "Preview." })).toContainText("readers cannot see it yet");
  await preview.close();

  await page.getByRole("button", { name: "Publish" }).click();
  await statusMessage(page, "Published. It is live on the site now.");
  await expect(page.getByRole("button", { name: "Unpublish" })).toBeVisible();

  await readerPage.goto("/");
  await expect(readerPage.getByRole("list", { name: "Latest articles" }).getByRole("heading").first()).toHaveText(`Harbour Tolls Rise ${suffix}`);
  await readerPage.getByRole("link", { name: `Harbour Tolls Rise ${suffix}` }).click();
  await expect(readerPage.getByText("Shipping firms say the increase will reach shoppers.")).toBeVisible();
  await expect(readerPage.getByRole("link", { name: "www.france24.com" })).toHaveAttribute("href", "https://www.france24.com/en/harbour");
  await expect(readerPage.getByRole("heading", { name: `About ${byline.displayName}` })).toBeVisible();
  await expect(readerPage.getByText(`Byline ${suffix} reports from the coast.`)).toBeVisible();
  await expect(readerPage.getByRole("navigation", { name: "Tags" }).getByRole("link", { name: `Ports ${suffix}` })).toBeVisible();
  await readerPage.goto(`/category/${category.slug}`);
  await expect(readerPage.getByRole("heading", { name: `Harbour Tolls Rise ${suffix}` })).toBeVisible();
  await readerPage.goto(`/authors/${byline.handle}`);
  await expect(readerPage.getByRole("heading", { name: `Harbour Tolls Rise ${suffix}` })).toBeVisible();

  // Unpublishing takes it away from readers at once.
  await page.getByRole("button", { name: "Unpublish" }).click();
  await statusMessage(page, "Unpublished.");
  expect((await readerPage.goto(`/articles/${article.slug}`))?.status()).toBe(404);
  await reader.close();
});

test("an author submits for review and cannot publish; an editor finds it in review and publishes it", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "AUTHOR", { open: "/dashboard/articles/new" });
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(page.getByLabel("Byline 1", { exact: true })).toHaveCount(0);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Council Budget Explained ${suffix}`);
  await writeBody(page, "Where the money goes.");
  await page.getByRole("button", { name: "Submit for review" }).click();
  await statusMessage(page, "Submitted for review. An editor will publish it.");

  const editor = await otherSession(browser, "EDITOR");
  await editor.page.goto("/dashboard");
  // The "At a glance" count (the "In review" list below it has its own "See all in review").
  await editor.page.getByRole("list", { name: "At a glance" }).getByRole("link", { name: "In review", exact: true }).click();
  await editor.page.getByRole("link", { name: `Council Budget Explained ${suffix}` }).click();
  // The editor, not the list (whose bulk actions have a Publish button too).
  await expect(editor.page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(`Council Budget Explained ${suffix}`);
  await editor.page.getByRole("button", { name: "Publish", exact: true }).click();
  await statusMessage(editor.page, "Published.");
  const slug = (await db.article.findFirstOrThrow({ where: { title: `Council Budget Explained ${suffix}` } })).slug;
  expect((await editor.page.goto(`/articles/${slug}`))?.status()).toBe(200);
  await editor.context.close();
});

test("a scheduled article appears by itself when its time comes", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Night Ferry Timetable ${suffix}`);
  // The field is on the site's clocks (SITE_TIME_ZONE), whatever the browser's zone.
  const when = toZonedInputValue(new Date(Date.now() + 6000), process.env.SITE_TIME_ZONE || "UTC");
  await page.getByLabel("Publish time (for Schedule)").fill(when);
  await page.getByRole("button", { name: "Schedule" }).click();
  await statusMessage(page, "Scheduled.");
  const { slug, status } = await db.article.findFirstOrThrow({ where: { title: `Night Ferry Timetable ${suffix}` } });
  expect(status).toBe("SCHEDULED");

  const response = await page.request.get(`/articles/${slug}`);
  expect(response.status()).toBe(404);
  await expect
    .poll(async () => (await page.request.get(`/articles/${slug}`)).status(), { timeout: 15_000, intervals: [1000] })
    .toBe(200);
});

test("scheduling needs a time in the future, explained next to the field", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Too late");
  await page.getByLabel("Publish time (for Schedule)").fill("2020-01-01T10:00:00");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByLabel("Publish time (for Schedule)")).toHaveAccessibleDescription(/future/);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Too late");
});

test("changing a published article's slug keeps the old address working with a permanent redirect", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const article = await createArticle({ title: `Slug Story ${uniqueSuffix()}` });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  const newSlug = `renamed-${article.slug}`;
  await page.getByLabel("Slug").fill(newSlug);
  await page.getByRole("button", { name: "Update" }).click();
  await statusMessage(page, "Updated.");

  const old = await page.request.get(`/articles/${article.slug}`, { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(old.headers().location).toMatch(new RegExp(`/articles/${newSlug}$`));
  await page.goto(`/articles/${article.slug}`);
  await expect(page).toHaveURL(`/articles/${newSlug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
});

test("a slug already in use is refused next to the field, and the rest of the form is kept", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const taken = await createArticle();
  await page.goto("/dashboard/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Another story");
  await page.getByLabel("Slug").fill(taken.slug);
  await writeBody(page, "Keep this body.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/Another article already uses this slug/);
  await expect(bodyEditor(page)).toHaveText("Keep this body.");
  await page.getByLabel("Slug").fill("Bad Slug!");
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/lower-case letters/);
});

test("each save keeps a revision; an editor sees what changed and restores an old one", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const suffix = uniqueSuffix();
  await page.goto("/dashboard/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Revision Story ${suffix}`);
  await writeBody(page, "The vote passed by four.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await statusMessage(page, "Draft saved.");
  await writeBody(page, "The vote passed by six.");
  await page.getByRole("button", { name: "Save draft" }).click();
  await statusMessage(page, "Saved.");

  await page.getByRole("link", { name: "Revisions" }).click();
  const revisions = page.getByRole("navigation", { name: "Revisions" });
  await expect(revisions.getByRole("link")).toHaveCount(2);
  const changes = page.getByRole("region", { name: /Changes in version 2/ });
  await expect(changes.locator("del")).toHaveText("four");
  await expect(changes.locator("ins")).toHaveText("six");

  await revisions.getByRole("link", { name: /Version 1/ }).click();
  await page.getByRole("button", { name: "Restore version 1" }).click();
  await statusMessage(page, "Revision restored.");
  await expect(bodyEditor(page)).toHaveText("The vote passed by four.");
  await page.getByRole("link", { name: "Revisions" }).click();
  await expect(revisions.getByRole("link")).toHaveCount(3);
});

test("when two people edit the same article, the second save is refused and keeps what they typed", async ({ page, browser }) => {
  const article = await createArticle({ title: `Shared Story ${uniqueSuffix()}`, body: "Original body." });
  await loginAs(page, "EDITOR");
  const second = await otherSession(browser, "EDITOR");
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await second.page.goto(`/dashboard/articles/${article.id}/edit`);

  await writeBody(page, "First editor's body.");
  await page.getByRole("button", { name: "Update" }).click();
  await statusMessage(page, "Updated.");

  await writeBody(second.page, "Second editor's body.");
  await second.page.getByRole("button", { name: "Update" }).click();
  await statusMessage(second.page, /saved this article at .*after you opened it/);
  await expect(bodyEditor(second.page)).toHaveText("Second editor's body.");
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id } })).bodyText).toBe("First editor's body.");
  await second.context.close();
});

test("unsaved changes are autosaved, survive a reload, and leaving warns first", async ({ page }) => {
  const user = await loginAs(page, "AUTHOR");
  const suffix = uniqueSuffix();
  await page.goto("/dashboard/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Autosaved ${suffix}`);
  await writeBody(page, "Words I must not lose.");
  await statusMessage(page, /Unsaved changes kept as a draft copy at/);

  // Leaving with unsaved changes asks first.
  const dialog = page.waitForEvent("dialog");
  page.goto("/dashboard").catch(() => {});
  const shown = await dialog;
  expect(shown.type()).toBe("beforeunload");
  await shown.accept();
  await expect(page).toHaveURL("/dashboard");

  // A new article opens blank and offers the unsaved one back.
  await page.goto("/dashboard/articles/new");
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("");
  await page.getByRole("region", { name: "An unsaved draft" }).getByRole("button", { name: "Restore" }).click();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(`Autosaved ${suffix}`);
  await expect(bodyEditor(page)).toHaveText("Words I must not lose.");
  await statusMessage(page, /Restored your unsaved draft/);
  // Nothing was published or even created: it is only a copy for this user.
  expect(await db.article.count({ where: { title: `Autosaved ${suffix}` } })).toBe(0);
  expect(await db.articleAutosave.count({ where: { userId: user.id } })).toBe(1);
});

test("a hero image is type-checked, needs alt text, and shows on the article", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const article = await createArticle({ title: `Picture Story ${uniqueSuffix()}` });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await page.getByLabel("Image", { exact: true }).setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not really an image") });
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByLabel("Image", { exact: true })).toHaveAccessibleDescription(/Upload a JPEG, PNG, WebP, AVIF or GIF image/);

  // 6 MB: over the 5 MB limit.
  await page.getByLabel("Image", { exact: true }).setInputFiles({ name: "big.png", mimeType: "image/png", buffer: Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]) });
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByLabel("Image", { exact: true })).toHaveAccessibleDescription(/at most 5 MB; this one is 6\.0 MB/);

  await page.getByLabel("Image", { exact: true }).setInputFiles({ name: "dot.png", mimeType: "image/png", buffer: PNG });
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByLabel("Alt text")).toHaveAccessibleDescription(/Describe the image/);

  const photo = await sharp({ create: { width: 320, height: 180, channels: 3, background: "#2a6f97" } }).png().toBuffer();
  await page.getByLabel("Image", { exact: true }).setInputFiles({ name: "photo.png", mimeType: "image/png", buffer: photo });
  await page.getByLabel("Alt text").fill("A blue test card");
  await page.getByRole("button", { name: "Update" }).click();
  await statusMessage(page, "Updated.");
  await page.goto(`/articles/${article.slug}`);
  const hero = page.getByRole("img", { name: "A blue test card" });
  await expect(hero).toBeVisible();
  // The copies made at upload (no wider than the image), chosen by the browser from `sizes`, loaded first (top of page).
  expect(await hero.getAttribute("sizes")).toBe("(min-width: 768px) 48rem, 100vw");
  expect(await hero.getAttribute("srcset")).toMatch(/^\/uploads\/.+\.png 320w$/);
  await expect(page.locator("picture", { has: hero }).locator('source[type="image/webp"]')).toHaveAttribute("srcset", /^\/uploads\/.+-320\.webp 320w$/);
  expect(await hero.getAttribute("loading")).not.toBe("lazy");
  await expect.poll(() => hero.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  const image = await page.request.get((await hero.getAttribute("src"))!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");
  // Nothing on the page moved while it loaded: every shift so far (the image is in), counted once the
  // browser has drawn two more frames (a shift is reported with the frame that shows it).
  const layoutShift = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        type Shift = PerformanceEntry & { value: number; hadRecentInput: boolean };
        let total = 0;
        const add = (entries: PerformanceEntryList) => {
          for (const entry of entries as Shift[]) if (!entry.hadRecentInput) total += entry.value;
        };
        const observer = new PerformanceObserver((list) => add(list.getEntries()));
        observer.observe({ type: "layout-shift", buffered: true });
        requestAnimationFrame(() =>
          requestAnimationFrame(() => {
            add(observer.takeRecords());
            observer.disconnect();
            resolve(total);
          }),
        );
      }),
  );
  expect(layoutShift).toBe(0);
});

test("replies can be closed and the SEO title and description replace the defaults", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const article = await createArticle({ title: `Closing Replies ${uniqueSuffix()}` });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await expect(page.getByLabel("Replies open")).toBeChecked();
  await page.getByLabel("Replies open").uncheck();
  await page.getByLabel("SEO title").fill("Short search title");
  await page.getByLabel("SEO description").fill("What search engines show.");
  await page.getByRole("button", { name: "Update" }).click();
  await statusMessage(page, "Updated.");
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText("Comments are closed.")).toBeVisible();
  await expect(page).toHaveTitle("Short search title · Gazette");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "What search engines show.");
});

test("an editor archives a published article: readers lose it, the newsroom keeps it, and it can come back", async ({ page }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Old news ${suffix}` });
  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });
  await page.getByRole("button", { name: "Archive" }).click();
  await statusMessage(page, "Archived. Readers no longer see it");
  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(404);
  await page.goto("/");
  await expect(page.getByRole("link", { name: `Old news ${suffix}` })).toHaveCount(0);

  await page.goto("/dashboard/articles");
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Archived" }).click();
  await page.getByRole("link", { name: `Old news ${suffix}` }).click();
  // The editor, not the list (whose bulk actions have a Publish button too).
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(`Old news ${suffix}`);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await statusMessage(page, "Published.");
  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(200);
});
