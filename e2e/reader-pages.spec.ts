// What outside testers met on reader pages: doubled quote marks, a cut section
// navigation on a phone, two search landmarks and a title repeated as its snippet, an author's own
// name on every item of their page, and feed enclosures with no size and a wrong type.
import { mkdir, rm, writeFile } from "node:fs/promises";
import { expect, test } from "./fixtures";
import path from "node:path";

import { XMLParser } from "fast-xml-parser";
import { db } from "../lib/db";
import { createArticle, createAuthor, revalidateReaderPages, uniqueSuffix } from "./factories";

test("quote marks typed in a block quote appear once", async ({ page }) => {
  const quote = "“We had to redraw the map twice,” said the chief scientist.";
  const article = await createArticle({ title: `Coastline survey ${uniqueSuffix()}`, body: `The survey took a year.\n\n> ${quote}\n\nIt ends here.` });
  await page.goto(`/articles/${article.slug}`);
  const paragraph = page.locator("article blockquote p").first();
  await expect(paragraph).toHaveText(quote);
  // Nothing drawn before or after the writer's own marks.
  const generated = await paragraph.evaluate((element) => [getComputedStyle(element, "::before").content, getComputedStyle(element, "::after").content]);
  expect(generated).toEqual(["none", "none"]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("every section name is shown whole, and reached with the keyboard", { tag: "@once" }, async ({ page }) => {
    await page.goto("/");
    const sections = page.getByRole("navigation", { name: "Sections" });
    const links = sections.getByRole("link");
    await expect(links.filter({ hasText: "Technology" })).toBeVisible();
    // Nothing scrolls sideways or is cut: each name lies inside the screen, and is not clipped.
    expect(await sections.evaluate((nav) => [...nav.querySelectorAll("ul")].every((list) => list.scrollWidth <= list.clientWidth))).toBe(true);
    for (const box of await links.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON()))) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(390);
    }
    await expect(links.filter({ hasText: "Technology" })).toHaveText("Technology");
    // Tab reaches the sections after the masthead's links and search.
    await page.keyboard.press("Tab");
    let reached = false;
    for (let i = 0; i < 30 && !reached; i++) {
      reached = await links.filter({ hasText: "Technology" }).evaluate((element) => element === document.activeElement);
      if (!reached) await page.keyboard.press("Tab");
    }
    expect(reached).toBe(true);
  });
});

test("/search has one search landmark, and a title-only match shows the standfirst", async ({ page }) => {
  const term = `zq${uniqueSuffix().replace(/\d/g, "x")}`;
  const standfirst = "The harbour authority says the money pays for dredging.";
  await createArticle({ title: `The ${term} question`, standfirst, body: "Nothing else." });
  await page.goto(`/search?q=${term}`);
  await expect(page.getByRole("status")).toHaveText(`1 result for “${term}”`);
  await expect(page.getByRole("search")).toHaveCount(1);
  const result = page.getByRole("list", { name: "Search results" }).getByRole("listitem");
  await expect(result.getByRole("heading")).toHaveText(`The ${term} question`);
  await expect(result.getByText(standfirst)).toBeVisible();
  // The headline is not repeated under itself.
  await expect(result.getByText(`The ${term} question`)).toHaveCount(1);
});

test("an author's page names co-authors only, not the author on every item", async ({ page }) => {
  const author = await createAuthor({ displayName: `Ines Ward ${uniqueSuffix()}` });
  const partner = await createAuthor({ displayName: `Tom Baker ${uniqueSuffix()}` });
  const alone = await createArticle({ title: `Alone ${uniqueSuffix()}`, authorId: author.id, publishedAt: new Date(Date.now() - 120_000) });
  const shared = await createArticle({ title: `Shared ${uniqueSuffix()}`, authorId: author.id, coAuthorIds: [partner.id] });
  await page.goto(`/authors/${author.handle}`);
  const list = page.getByRole("list", { name: `Articles by ${author.displayName}` });
  const aloneItem = list.getByRole("listitem").filter({ hasText: alone.title });
  const sharedItem = list.getByRole("listitem").filter({ hasText: shared.title });
  await expect(aloneItem).toBeVisible();
  await expect(aloneItem.getByText(/^By /)).toHaveCount(0);
  await expect(list.getByText(author.displayName)).toHaveCount(0);
  await expect(sharedItem.getByText(/^With /)).toHaveText(new RegExp(`^With ${partner.displayName} ·`));
  await expect(sharedItem.getByRole("link", { name: partner.displayName })).toBeVisible();
});

test("RSS enclosures give the image's byte length and image/jpeg", async ({ request, baseURL }) => {
  const suffix = uniqueSuffix();
  const uploads = path.resolve(process.env.UPLOAD_DIR ?? "./uploads", "enclosure-test");
  await mkdir(uploads, { recursive: true });
  // The bytes need not be a picture: the feed reads the size, and the type from the media record.
  const recorded = Buffer.alloc(4321, 1);
  const unrecorded = Buffer.alloc(987, 2);
  const recordedUrl = `/uploads/enclosure-test/${suffix}-a.jpg`;
  const unrecordedUrl = `/uploads/enclosure-test/${suffix}-b.jpg`;
  await writeFile(path.join(uploads, `${suffix}-a.jpg`), recorded);
  await writeFile(path.join(uploads, `${suffix}-b.jpg`), unrecorded);
  try {
    // A media record that knows its size, and one found on disk by a migration (no size recorded).
    await db.media.create({ data: { url: recordedUrl, filename: "a.jpg", mime: "image/jpeg", byteSize: recorded.length } });
    await db.media.create({ data: { url: unrecordedUrl, filename: "b.jpg", mime: "image/jpeg", byteSize: null } });
    const first = await createArticle({ title: `Enclosed A ${suffix}` });
    const second = await createArticle({ title: `Enclosed B ${suffix}` });
    await db.article.update({ where: { id: first.id }, data: { heroImageUrl: recordedUrl } });
    await db.article.update({ where: { id: second.id }, data: { heroImageUrl: unrecordedUrl } });
    await revalidateReaderPages();

    const rss = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" }).parse(await (await request.get("/feed.xml")).text()).rss.channel;
    const items = rss.item as { title: string; enclosure?: { "@url": string; "@length": string; "@type": string } }[];
    const enclosureOf = (title: string) => items.find((item) => item.title === title)?.enclosure;
    expect(enclosureOf(first.title)).toEqual({ "@url": new URL(recordedUrl, baseURL).toString(), "@length": String(recorded.length), "@type": "image/jpeg" });
    expect(enclosureOf(second.title)).toEqual({ "@url": new URL(unrecordedUrl, baseURL).toString(), "@length": String(unrecorded.length), "@type": "image/jpeg" });
  } finally {
    await rm(path.join(uploads, `${suffix}-a.jpg`), { force: true });
    await rm(path.join(uploads, `${suffix}-b.jpg`), { force: true });
  }
});
