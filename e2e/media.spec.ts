import type { Page } from "@playwright/test";
import sharp from "sharp";
import { db } from "../lib/db";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

async function photo(colour: string) {
  return sharp({ create: { width: 320, height: 200, channels: 3, background: colour } }).png().toBuffer();
}

/** Upload through the library page's form, the way a person does. */
async function upload(page: Page, file: { name: string; colour: string }, words: { alt?: string; caption?: string; credit?: string }) {
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles({ name: file.name, mimeType: "image/png", buffer: await photo(file.colour) });
  if (words.alt !== undefined) await form.getByLabel("Alt text").fill(words.alt);
  if (words.caption !== undefined) await form.getByLabel("Caption").fill(words.caption);
  if (words.credit !== undefined) await form.getByLabel("Credit").fill(words.credit);
  await form.getByRole("button", { name: "Upload" }).click();
}

const card = (page: Page, filename: string) => page.getByRole("list", { name: "Images" }).getByRole("listitem", { name: filename });

test("an author uploads to the media library with alt text, caption and credit, and finds it by searching", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "AUTHOR");
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Media" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();

  // Refused, with the reason at the field and the words kept.
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles({ name: "notes.png", mimeType: "image/png", buffer: Buffer.from("not an image") });
  await form.getByLabel("Alt text").fill(`Boats at dawn ${suffix}`);
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByLabel("Image file")).toHaveAccessibleDescription(/Upload a JPEG, PNG, WebP, AVIF or GIF image/);
  await expect(form.getByLabel("Alt text")).toHaveValue(`Boats at dawn ${suffix}`);
  await upload(page, { name: `harbour-${suffix}.png`, colour: "#1d4e89" }, { alt: "" });
  await expect(form.getByLabel("Alt text")).toHaveAccessibleDescription(/Describe the image/);

  await upload(page, { name: `harbour-${suffix}.png`, colour: "#1d4e89" }, { alt: `Boats at dawn ${suffix}`, caption: `The harbour before the strike ${suffix}.`, credit: `Lena Berg ${suffix}` });
  await expect(page.getByRole("status").filter({ hasText: `Uploaded harbour-${suffix}.png.` })).toBeVisible();
  const uploaded = card(page, `harbour-${suffix}.png`);
  await expect(uploaded.getByRole("img", { name: `Boats at dawn ${suffix}` })).toBeVisible();
  await expect(uploaded.getByText("320 × 200")).toBeVisible();
  await expect(uploaded.getByLabel(`Credit of harbour-${suffix}.png`)).toHaveValue(`Lena Berg ${suffix}`);
  // Authors may not delete.
  await expect(uploaded.getByRole("button", { name: /Delete/ })).toHaveCount(0);

  // Search by the credit, the caption, the alt text and the file name.
  for (const words of [`Lena Berg ${suffix}`, `strike ${suffix}`, `dawn ${suffix}`, `harbour-${suffix}`]) {
    await page.getByRole("searchbox", { name: "Search images" }).fill(words);
    await page.getByRole("button", { name: "Search" }).click();
    await expect(card(page, `harbour-${suffix}.png`)).toBeVisible();
  }
  await page.getByRole("searchbox", { name: "Search images" }).fill(`nothing-like-it-${suffix}`);
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page.getByText("No images match.")).toBeVisible();

  // Describe it again: kept per image.
  await page.goto(`/dashboard/media?q=${suffix}`);
  await card(page, `harbour-${suffix}.png`).getByLabel(`Caption of harbour-${suffix}.png`).fill(`Fishing boats at dawn ${suffix}.`);
  await card(page, `harbour-${suffix}.png`).getByRole("button", { name: `Save harbour-${suffix}.png` }).click();
  await expect(card(page, `harbour-${suffix}.png`).getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  const row = await db.media.findFirstOrThrow({ where: { filename: `harbour-${suffix}.png` } });
  expect(row).toMatchObject({ caption: `Fishing boats at dawn ${suffix}.`, credit: `Lena Berg ${suffix}`, width: 320, height: 200, mime: "image/png" });
  expect(row.byteSize).toBeGreaterThan(0);
});

test("an editor chooses a library image as hero image; deleting is refused while it is used, and an unused image goes", async ({ page }) => {
  test.slow(); // four uploads, each made into its copies while the editor waits, then a demo article
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR", { open: "/dashboard/media" });
  await upload(page, { name: `pier-${suffix}.png`, colour: "#b5651d" }, { alt: `The old pier ${suffix}`, credit: `Agency ${suffix}` });
  await expect(card(page, `pier-${suffix}.png`)).toBeVisible();
  await upload(page, { name: `quay-${suffix}.png`, colour: "#2e8b57" }, { alt: `The quay ${suffix}` });
  await expect(card(page, `quay-${suffix}.png`)).toBeVisible();
  await upload(page, { name: `spare-${suffix}.png`, colour: "#708090" }, { alt: `A spare picture ${suffix}` });
  await expect(card(page, `spare-${suffix}.png`)).toBeVisible();

  // The hero image, chosen from the library in the editor.
  const article = await createArticle({ title: `Pier Reopens ${suffix}` });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Choose from library" }).click();
  const dialog = page.getByRole("dialog", { name: "Media library" });
  await expect(dialog).toBeVisible();
  // The count says "1 image", and "images" for more.
  const found = dialog.getByRole("status").filter({ hasText: /\bimages?\.$/ });
  await dialog.getByRole("searchbox", { name: "Search images" }).fill(suffix);
  await expect(async () => {
    const shown = await dialog.getByRole("button", { name: /^Use / }).count();
    expect(shown).toBeGreaterThan(1);
    expect(await found.textContent()).toBe(`${shown} images.`);
  }).toPass();
  await dialog.getByRole("searchbox", { name: "Search images" }).fill(`pier ${suffix}`);
  await expect(dialog.getByRole("button", { name: /^Use / })).toHaveCount(1);
  await expect(found).toHaveText("1 image.");
  await dialog.getByRole("button", { name: `Use pier-${suffix}.png` }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByLabel("Alt text")).toHaveValue(`The old pier ${suffix}`);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated." })).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("img", { name: `The old pier ${suffix}` })).toBeVisible();

  // The picker also closes with Escape and uploads into the library.
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Choose from library" }).click();
  await expect(dialog).toBeVisible();
  await dialog.getByLabel("Image file").setInputFiles({ name: `net-${suffix}.png`, mimeType: "image/png", buffer: await photo("#443322") });
  await dialog.getByLabel("Alt text").fill(`Nets drying ${suffix}`);
  await dialog.getByRole("button", { name: "Upload" }).click();
  await expect(dialog.getByRole("button", { name: `Use net-${suffix}.png` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
  expect(await db.media.count({ where: { filename: `net-${suffix}.png`, alt: `Nets drying ${suffix}` } })).toBe(1);

  // In use as a hero image: refused, naming the article.
  await page.goto(`/dashboard/media?q=${suffix}`);
  await card(page, `pier-${suffix}.png`).getByRole("button", { name: `Delete pier-${suffix}.png` }).click();
  await expect(card(page, `pier-${suffix}.png`).getByRole("status").filter({ hasText: `the hero image of “Pier Reopens ${suffix}”` })).toBeVisible();

  // In use in a body (found by its address, whatever the body's format): refused, naming the article.
  const quay = await db.media.findFirstOrThrow({ where: { filename: `quay-${suffix}.png` }, select: { url: true } });
  await createArticle({ title: `Quay Works ${suffix}`, body: `Work starts.\n\n![The quay](${quay.url})` });
  await card(page, `quay-${suffix}.png`).getByRole("button", { name: `Delete quay-${suffix}.png` }).click();
  await expect(card(page, `quay-${suffix}.png`).getByRole("status").filter({ hasText: `the body of “Quay Works ${suffix}”` })).toBeVisible();

  // Unused: deleted, row and file.
  const spare = await db.media.findFirstOrThrow({ where: { filename: `spare-${suffix}.png` }, select: { url: true } });
  await card(page, `spare-${suffix}.png`).getByRole("button", { name: `Delete spare-${suffix}.png` }).click();
  await expect(card(page, `spare-${suffix}.png`)).toHaveCount(0);
  expect(await db.media.count({ where: { filename: `spare-${suffix}.png` } })).toBe(0);
  expect((await page.request.get(spare.url)).status()).toBe(404);
  expect(await db.media.count({ where: { filename: { in: [`pier-${suffix}.png`, `quay-${suffix}.png`] } } })).toBe(2);

  // A demo article with a hero photograph: the hero is the one image fetched first (the page's
  // largest paint); the byline's avatar above it waits its turn and is not preloaded.
  await page.goto("/articles/alliance-defence-ministers-agree-new-rules-for-sharing-satellite-data");
  const first = page.locator('img[fetchpriority="high"]');
  await expect(first).toHaveCount(1);
  await expect(first).toHaveAccessibleName("Dark storm clouds gather over an empty motorway and flat fields.");
  await expect(first).not.toHaveAttribute("loading", "lazy");
  await expect(page.locator('link[rel="preload"][as="image"][fetchpriority="high"]')).toHaveCount(0);
});

test("hostile calls to the library's actions are refused with a sentence, never a 500, and store nothing", { tag: "@once" }, async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR");
  const article = await createArticle({ title: `Hostile hero ${suffix}` });
  await page.goto(`/dashboard/articles/${article.id}/edit`);

  // The picker's search action, replayed with arguments no page of ours sends.
  await page.getByRole("button", { name: "Choose from library" }).click();
  const dialog = page.getByRole("dialog", { name: "Media library" });
  const searchCall = page.waitForRequest((request) => request.method() === "POST" && !!request.headers()["next-action"]);
  await dialog.getByRole("searchbox", { name: "Search images" }).fill(`probe ${suffix}`);
  const call = await searchCall;
  const headers = { "Next-Action": call.headers()["next-action"]!, "Content-Type": "text/plain;charset=UTF-8", Origin: new URL(page.url()).origin };
  for (const args of [["x".repeat(5_000)], [123], [{ q: "a" }], [null], ["bad \u0000 byte"], [], ["a", "b"]]) {
    const response = await page.request.post(page.url(), { headers, data: JSON.stringify(args), failOnStatusCode: false });
    expect(response.status(), JSON.stringify(args).slice(0, 40)).toBeLessThan(500);
    expect(await response.text()).toContain("This page is out of date");
  }
  await dialog.getByRole("button", { name: "Close" }).click();
  await expect(dialog).toBeHidden();

  // A forged library id for the hero image: refused at the field, nothing saved.
  await page.locator('input[name="heroMediaId"]').evaluate((input: HTMLInputElement) => (input.value = "no-such-image"));
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByText("That image is no longer in the library; choose another.")).toBeVisible();
  await page.locator('input[name="heroMediaId"]').evaluate((input: HTMLInputElement) => (input.value = "../../etc/passwd"));
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Please correct the fields marked below." })).toBeVisible();
  expect((await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { heroImageUrl: true } })).heroImageUrl).toBeNull();

  // Text that cannot be stored, and words over their limits, at the field with what was typed kept.
  await page.goto("/dashboard/media");
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles({ name: `bell-${suffix}.png`, mimeType: "image/png", buffer: await photo("#000000") });
  await form.getByLabel("Alt text").fill(`A bell \u0007 ${suffix}`);
  await form.getByLabel("Credit").fill("c".repeat(201));
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(form.getByLabel("Alt text")).toHaveAccessibleDescription(/invisible control characters/);
  await expect(form.getByLabel("Credit")).toHaveAccessibleDescription(/under 200 characters/);
  await expect(form.getByLabel("Alt text")).toHaveValue(`A bell \u0007 ${suffix}`);
  expect(await db.media.count({ where: { filename: `bell-${suffix}.png` } })).toBe(0);
});

test("authors may not delete library images, and may describe only their own", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR", { open: "/dashboard/media" });
  await upload(page, { name: `desk-${suffix}.png`, colour: "#123456" }, { alt: `The news desk ${suffix}` });
  await expect(card(page, `desk-${suffix}.png`)).toBeVisible();
  await page.context().clearCookies();
  await loginAs(page, "AUTHOR", { open: `/dashboard/media?q=${suffix}` });
  const other = card(page, `desk-${suffix}.png`);
  await expect(other).toBeVisible();
  await expect(other.getByRole("button", { name: /Delete|Save/ })).toHaveCount(0);
  await expect(other.getByText(`The news desk ${suffix}`)).toBeVisible();
});
