// Media in an S3-compatible bucket (a real s3rver the spec starts, never a mock), served to readers
// as responsive copies without metadata; refusals of what must not be decoded or believed.
import { mkdtemp, readdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { s3Storage } from "../lib/media/storage/s3";
import { jpegWithGps, pngBomb } from "../lib/media/test-images";
import { S3_TEST_CREDENTIALS, startS3TestServer, type S3TestServer } from "../scripts/lib/s3-test-server";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, test, waitingForScripts } from "./fixtures";
import { startSecondServer } from "./second-server";

// The spec reads the bucket itself too, with s3rver's key pair (the SDK reads them from the environment).
Object.assign(process.env, S3_TEST_CREDENTIALS);

const card = (page: Page, filename: string) => page.getByRole("list", { name: "Images" }).getByRole("listitem", { name: filename });

async function upload(page: Page, file: { name: string; mimeType: string; buffer: Buffer }, alt: string, credit = "") {
  const form = page.getByRole("form", { name: "Upload an image" });
  await form.getByLabel("Image file").setInputFiles(file);
  await form.getByLabel("Alt text").fill(alt);
  await form.getByLabel("Credit").fill(credit);
  await form.getByRole("button", { name: "Upload" }).click();
  return form;
}

async function bucketKeys(s3: S3TestServer): Promise<string[]> {
  const bucket = s3Storage({ bucket: s3.bucket, region: "us-east-1", endpoint: s3.endpoint, forcePathStyle: true });
  const keys: string[] = [];
  for await (const object of bucket.list()) keys.push(object.key);
  return keys.sort();
}

test("media in an S3 bucket: a photograph with GPS uploaded, readers get metadata-free responsive copies from the bucket with its focal point, deletion removes every copy, an outage is said at the field", { tag: "@once" }, async ({ browser }) => {
  test.slow();
  const suffix = uniqueSuffix();
  const s3 = await startS3TestServer();
  // A folder of its own that must stay empty: every byte goes to the bucket.
  const folder = await mkdtemp(path.join(tmpdir(), "gazette-s3-instance-"));
  const site = await startSecondServer({ ...s3.env, UPLOAD_DIR: folder });
  const context = await browser.newContext({ baseURL: site.url });
  try {
    const page = waitingForScripts(await context.newPage());
    await loginAs(page, "EDITOR", { open: "/dashboard/media" });

    // A photograph straight from a camera: GPS position, serial number, XMP.
    const name = `harbour-${suffix}.jpg`;
    await upload(page, { name, mimeType: "image/jpeg", buffer: await jpegWithGps(1200, 750) }, `Fishing boats in the harbour at dawn ${suffix}`, `Lena Berg ${suffix}`);
    // Nine copies are made while the editor waits: seconds on a busy machine.
    await expect(page.getByRole("status").filter({ hasText: `Uploaded ${name}.` })).toBeVisible({ timeout: 30_000 });
    const uploaded = card(page, name);
    await expect(uploaded.getByText(/Original carries GPS location, camera serial number/)).toBeVisible();
    await expect(uploaded.getByText(/Removed from every copy readers get/)).toBeVisible();
    await expect(uploaded.getByText("1200 × 750")).toBeVisible();
    const keysAfterUpload = await bucketKeys(s3);
    expect(keysAfterUpload.filter((key) => key.startsWith("originals/"))).toHaveLength(1);
    expect(keysAfterUpload.filter((key) => key.endsWith(".avif"))).toHaveLength(3);
    expect(await readdir(folder)).toEqual([]);

    // The focal point: a click on the image, then fine-tuned from the keyboard.
    const left = uploaded.getByLabel(`Focal point of ${name}, % from the left`);
    const top = uploaded.getByLabel(`Focal point of ${name}, % from the top`);
    await expect(left).toHaveValue("50");
    await uploaded.getByRole("img", { name: `Fishing boats in the harbour at dawn ${suffix}` }).click({ position: { x: 20, y: 20 } });
    await expect(left).not.toHaveValue("50");
    await left.fill("25");
    await top.fill("140");
    await uploaded.getByRole("button", { name: `Save ${name}` }).click();
    await expect(top).toHaveAccessibleDescription("The focal point's distance from the top is 0 to 100 %.");
    await top.fill("40");
    await uploaded.getByRole("button", { name: `Save ${name}` }).click();
    await expect(uploaded.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();

    // Chosen as an article's hero image in the editor.
    const article = await createArticle({ title: `Harbour Strike Ends ${suffix}` });
    await page.goto(`/dashboard/articles/${article.id}/edit`);
    await page.getByRole("button", { name: "Choose from library" }).click();
    const dialog = page.getByRole("dialog", { name: "Media library" });
    await dialog.getByRole("searchbox", { name: "Search images" }).fill(`harbour-${suffix}`);
    await dialog.getByRole("button", { name: `Use ${name}` }).click();
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Updated." })).toBeVisible();

    // The reader's page: <picture> with AVIF and WebP at every width, width and height, fetched first, the focal point kept, the credit.
    await page.goto(`/articles/${article.slug}`);
    const hero = page.getByRole("img", { name: `Fishing boats in the harbour at dawn ${suffix}` });
    await expect(hero).toBeVisible();
    await expect(hero).toHaveAttribute("width", "1200");
    await expect(hero).toHaveAttribute("height", "750");
    await expect(hero).toHaveAttribute("fetchpriority", "high");
    await expect(hero).not.toHaveAttribute("loading", "lazy");
    await expect(hero).toHaveAttribute("sizes", /100vw/);
    await expect(hero).toHaveCSS("object-position", "25% 40%");
    await expect(page.getByText(`Photograph: Lena Berg ${suffix}`)).toBeVisible();
    const srcset = (await hero.getAttribute("srcset"))!;
    expect(srcset.split(", ").map((entry) => entry.split(" ")[1])).toEqual(["400w", "800w", "1200w"]);
    const picture = page.locator("picture", { has: hero });
    await expect(picture.locator('source[type="image/avif"]')).toHaveAttribute("srcset", /-400\.avif 400w.*-1200\.avif 1200w/);
    await expect(picture.locator('source[type="image/webp"]')).toHaveAttribute("srcset", /-800\.webp 800w/);
    // The browser chose a copy and it came from the bucket (the instance's folder is empty).
    expect(await hero.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth > 0)).toBe(true);
    expect(await readdir(folder)).toEqual([]);

    // The share card: the photograph cut to 1200 × 630 around its focal point (pixels: lib/media/share-card.test.ts).
    const shared = new URL((await page.locator('head meta[property="og:image"]').getAttribute("content"))!).pathname;
    expect(shared).toBe(`/articles/${article.slug}/share.jpg`);
    const shareCard = await page.request.get(shared);
    expect(shareCard.headers()["content-type"]).toBe("image/jpeg");
    expect(await sharp(await shareCard.body()).metadata()).toMatchObject({ format: "jpeg", width: 1200, height: 630 });

    // Every copy readers can fetch carries no metadata at all: read back with sharp.
    const addresses = [
      ...srcset.split(", ").map((entry) => entry.split(" ")[0]!),
      ...((await picture.locator("source").evaluateAll((sources) => sources.flatMap((source) => (source as HTMLSourceElement).srcset.split(", ").map((entry) => entry.split(" ")[0]!))))),
    ];
    expect(addresses).toHaveLength(9);
    for (const address of addresses) {
      const answer = await page.request.get(address);
      expect(answer.status(), address).toBe(200);
      const bytes = await answer.body();
      const metadata = await sharp(bytes).metadata();
      expect({ address, exif: metadata.exif, xmp: metadata.xmp, iptc: metadata.iptc }).toEqual({ address, exif: undefined, xmp: undefined, iptc: undefined });
      expect(bytes.includes(Buffer.from("SN-3019-7788")), address).toBe(false);
    }
    // The original is for editors: not at any reader's address.
    const original = keysAfterUpload.find((key) => key.startsWith("originals/"))!;
    expect((await page.request.get(`/uploads/${original}`)).status()).toBe(404);

    // Deleting an unused image deletes its copies and its original from the bucket.
    await page.goto("/dashboard/media");
    const spare = `spare-${suffix}.jpg`;
    await upload(page, { name: spare, mimeType: "image/jpeg", buffer: await jpegWithGps(900, 600) }, `A spare picture ${suffix}`);
    await expect(card(page, spare)).toBeVisible({ timeout: 30_000 });
    const withSpare = await bucketKeys(s3);
    expect(withSpare.length).toBeGreaterThan(keysAfterUpload.length);
    await card(page, spare).getByRole("button", { name: `Delete ${spare}` }).click();
    await expect(card(page, spare)).toHaveCount(0);
    expect(await bucketKeys(s3)).toEqual(keysAfterUpload);

    // The bucket goes away: the editor is told next to the field, the words stay, nothing saved is lost.
    await s3.stop();
    const failing = await upload(page, { name: `late-${suffix}.jpg`, mimeType: "image/jpeg", buffer: await jpegWithGps(600, 400) }, `Late picture ${suffix}`);
    await expect(failing.getByLabel("Image file")).toHaveAccessibleDescription(/The image store is not answering/, { timeout: 30_000 });
    await expect(failing.getByLabel("Alt text")).toHaveValue(`Late picture ${suffix}`);
    await expect(card(page, name)).toBeVisible();
    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1, name: `Harbour Strike Ends ${suffix}` })).toBeVisible();
  } finally {
    await context.close();
    site.stop();
    await s3.stop().catch(() => undefined);
  }
});

test("a decompression bomb and a file whose extension lies are refused with a clear message at the field @once", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "AUTHOR", { open: "/dashboard/media" });
  const form = page.getByRole("form", { name: "Upload an image" });
  const field = form.getByLabel("Image file");

  await upload(page, { name: `tiny-${suffix}.png`, mimeType: "image/png", buffer: pngBomb(50_000) }, `A bomb ${suffix}`);
  // The field's hint, then the reason.
  await expect(field).toHaveAccessibleDescription(`JPEG, PNG, WebP, AVIF or GIF. “tiny-${suffix}.png” declares 50,000 × 50,000 pixels; images can be at most 50 megapixels. It was refused without being opened: resize it and upload it again.`);
  await expect(form.getByLabel("Alt text")).toHaveValue(`A bomb ${suffix}`);

  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: "#336699" } }).png().toBuffer();
  await upload(page, { name: `chart-${suffix}.jpg`, mimeType: "image/jpeg", buffer: png }, `A chart ${suffix}`);
  await expect(field).toHaveAccessibleDescription(/“chart-.*\.jpg” is named as a JPEG image but its contents are a PNG image: a file whose name lies about its type is refused/);

  await upload(page, { name: `invoice-${suffix}.png`, mimeType: "image/png", buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n") }, `An invoice ${suffix}`);
  await expect(field).toHaveAccessibleDescription(/“invoice-.*\.png” is not really a PNG image, whatever its name says: its contents are PDF/);
  await expect(form.getByLabel("Alt text")).toHaveValue(`An invoice ${suffix}`);
  await expect(page.getByRole("list", { name: "Images" }).getByRole("listitem", { name: new RegExp(suffix) })).toHaveCount(0);
});
