import { existsSync, readdirSync } from "node:fs";
import { expect, test } from "@playwright/test";
import { jpegWithGps } from "../../lib/media/test-images";
import { createArticle, uniqueSuffix } from "../factories";
import { loginAs } from "../fixtures";
import { fleetState, instanceUrl, publicUrl } from "./load";

// Media in a fleet whose instances share no folder, only a bucket (`npm run fleet -- --media s3`,
// global-setup.ts): what an editor uploads through one machine is served by every other.

/** The files in an instance's own folder (UPLOAD_DIR): none, when every byte went to the bucket. */
function filesIn(folder: string | undefined): string[] {
  if (!folder || !existsSync(folder)) return [];
  return readdirSync(folder, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);
}

test("an image uploaded through one instance, with its focal point, is served by the other and through nginx, on its reader pages and share card", async ({ page }) => {
  const suffix = uniqueSuffix();
  const [one, two] = [instanceUrl(0), instanceUrl(1)];
  const name = `ferry-${suffix}.jpg`;
  const alt = `The night ferry leaving the quay ${suffix}`;

  // Uploaded in the media library of the first instance, its focal point set there.
  await loginAs(page, "EDITOR", { open: `${one}/dashboard/media` });
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles({ name, mimeType: "image/jpeg", buffer: await jpegWithGps(800, 500) });
  await form.getByLabel("Alt text").fill(alt);
  await form.getByRole("button", { name: "Upload" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Uploaded ${name}.` })).toBeVisible({ timeout: 30_000 });
  const card = page.getByRole("list", { name: "Images" }).getByRole("listitem", { name });
  await card.getByLabel(`Focal point of ${name}, % from the left`).fill("20");
  await card.getByLabel(`Focal point of ${name}, % from the top`).fill("70");
  await card.getByRole("button", { name: `Save ${name}` }).click();
  await expect(card.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

  // The hero of the newest story, chosen in the first instance's editor.
  const article = await createArticle({ title: `Night Ferry Returns ${suffix}`, publishedAt: new Date() });
  await page.goto(`${one}/dashboard/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Choose from library" }).click();
  const dialog = page.getByRole("dialog", { name: "Media library" });
  await dialog.getByRole("searchbox", { name: "Search images" }).fill(`ferry-${suffix}`);
  await dialog.getByRole("button", { name: `Use ${name}` }).click();
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated." })).toBeVisible();

  // The article page rendered by the second instance shows it: the browser fetched and decoded it.
  await page.goto(`${two}/articles/${article.slug}`);
  const hero = page.getByRole("img", { name: alt });
  await expect(hero).toBeVisible();
  await expect(hero).toHaveJSProperty("complete", true);
  expect(await hero.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBeGreaterThan(0);
  await expect(hero).toHaveCSS("object-position", "20% 70%");

  // Its bytes, every copy, from the second instance and through nginx.
  const picture = page.locator("picture", { has: hero });
  const addresses = [
    (await hero.getAttribute("src"))!,
    ...(await picture.locator("source").evaluateAll((sources) => sources.map((source) => (source as HTMLSourceElement).srcset.split(", ")[0]!.split(" ")[0]!))),
  ];
  expect(addresses).toHaveLength(3);
  for (const base of [two, publicUrl]) {
    for (const address of addresses) {
      const answer = await fetch(`${base}${address}`);
      expect(answer.status, `${base}${address}`).toBe(200);
      expect(answer.headers.get("content-type"), `${base}${address}`).toMatch(/^image\/(jpeg|avif|webp)$/);
      expect((await answer.arrayBuffer()).byteLength).toBeGreaterThan(0);
    }
  }

  // The share card, cut from the bucket's copy by the second instance.
  const share = await fetch(`${two}/articles/${article.slug}/share.jpg`);
  expect(share.status).toBe(200);
  expect(share.headers.get("content-type")).toBe("image/jpeg");

  // The front page of the second instance: the newest story's picture, cropped around the focal point.
  await page.goto(`${two}/`);
  const onFront = page.getByRole("img", { name: alt });
  await expect(onFront.first()).toBeVisible();
  for (const shown of await onFront.all()) await expect(shown).toHaveCSS("object-position", "20% 70%");

  // No instance kept a byte of it in its own folder: the bucket is all they share.
  const folders = fleetState().instances.map((instance) => instance.uploadDir);
  expect(folders.every(Boolean)).toBe(true);
  expect(new Set(folders).size).toBe(folders.length);
  expect(folders.map(filesIn)).toEqual(folders.map(() => []));
});
