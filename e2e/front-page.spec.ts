import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { bodyColumnsFrom } from "../lib/content/stored-body";
import { MIGRATION_DEFAULT_EDITION } from "../lib/editions/default-edition";
import { db } from "../lib/db";
import { toZonedInputValue } from "../lib/format-core";
import { createArticle, createCategory, uniqueSuffix } from "./factories";
import { expect, loginAs, readerContext, test } from "./fixtures";

// The front page editors arrange (docs/decisions/039-front-page.md): an editor places
// stories at /dashboard/front-page and readers see each change on their very next load.

const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE ?? "UTC";

async function findStories(page: Page, words: string) {
  await page.getByLabel("Headline words").fill(words);
  await page.getByRole("button", { name: "Search stories" }).click();
  return page.getByRole("list", { name: "Stories found" });
}

async function save(page: Page) {
  await page.getByRole("button", { name: "Save front page" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Front page saved. Readers see it now." })).toBeVisible();
}

/** A phone's row: the story's small picture left of its headline, lazy, the 400-pixel copy. */
async function expectThumbnailBeside(list: Locator, alt: string, headline: string) {
  const picture = list.getByRole("img", { name: alt });
  await expect(picture).toHaveAttribute("loading", "lazy");
  await picture.scrollIntoViewIfNeeded();
  await expect.poll(() => picture.evaluate((image: HTMLImageElement) => image.complete && image.currentSrc)).toMatch(/-400\.avif$/);
  const [box, heading] = [(await picture.boundingBox())!, (await list.getByRole("heading", { name: headline }).boundingBox())!];
  expect(box.width).toBeLessThan(150);
  expect(box.x + box.width).toBeLessThanOrEqual(heading.x);
  expect(heading.y).toBeLessThan(box.y + box.height);
}

function topStoryHeadings(page: Page) {
  return page.getByRole("list", { name: "Top stories" }).getByRole("heading");
}

test("an editor arranges the front page by search, drag and keyboard, readers see it at once, and Undo takes it back", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const section = await createCategory({ name: `Harbour desk ${suffix}` });
  const old = (minutes: number) => new Date(Date.now() - minutes * 60_000);
  // Two demo photographs from the library (their 400- to 1600-pixel copies were made by the seed).
  const [photo, other] = await db.media.findMany({ where: { variantWidths: { contains: "400" } }, select: { url: true }, orderBy: { url: "asc" }, take: 2 });
  const lead = await createArticle({ title: `Lead ${suffix} port strike ends`, categoryId: section.id, publishedAt: old(50), heroImageUrl: photo!.url, heroImageAlt: `Pickets at the gate ${suffix}` });
  const second = await createArticle({ title: `Second ${suffix} ferry timetable`, categoryId: section.id, publishedAt: old(40), heroImageUrl: other!.url, heroImageAlt: `A ferry at the quay ${suffix}` });
  const third = await createArticle({ title: `Third ${suffix} tolls rise`, categoryId: section.id, publishedAt: old(30) });
  const inBlock = await createArticle({ title: `Block ${suffix} new pier`, categoryId: section.id, publishedAt: old(20) });

  await loginAs(page, "EDITOR", { open: "/dashboard/front-page" });
  await expect(page.getByRole("heading", { level: 1, name: "Front page" })).toBeVisible();

  // Placed by search.
  const found = await findStories(page, suffix);
  await expect(found.getByRole("listitem")).toHaveCount(4);
  await found.getByRole("button", { name: `Make lead: ${lead.title}` }).click();
  await found.getByRole("button", { name: `Add to top stories: ${second.title}` }).click();
  await found.getByRole("button", { name: `Add to top stories: ${third.title}` }).click();
  const desk = page.getByRole("list", { name: "Top stories" });
  await expect(desk.getByRole("listitem")).toHaveCount(2);
  await expect(desk.getByRole("listitem").nth(0)).toContainText(second.title);

  // By keyboard: focus "Move up" on the third story and press Enter.
  await page.getByRole("button", { name: `Move up: ${third.title}` }).focus();
  await page.keyboard.press("Enter");
  await expect(desk.getByRole("listitem").nth(0)).toContainText(third.title);
  await expect(page.getByRole("status").filter({ hasText: `${third.title} moved to position 1 of 2.` })).toBeAttached();

  // By mouse: drag the second story (now last) above the third by its handle.
  const handle = desk.getByRole("listitem").nth(1).getByRole("button", { name: "Drag to reorder" });
  const target = desk.getByRole("listitem").nth(0);
  const from = (await handle.boundingBox())!;
  const to = (await target.boundingBox())!;
  await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + from.width / 2, from.y - 10, { steps: 5 });
  await page.mouse.move(from.x + from.width / 2, to.y + 5, { steps: 10 });
  await page.mouse.up();
  await expect(desk.getByRole("listitem").nth(0)).toContainText(second.title);

  // A section block with two stories, without pictures.
  await page.getByLabel("Section or tag").selectOption({ label: section.name });
  await page.getByLabel("How many stories").fill("2");
  await page.getByRole("checkbox", { name: "With pictures" }).last().uncheck();
  await page.getByRole("button", { name: "Add block" }).click();
  await expect(page.getByRole("list", { name: "Section blocks" }).getByRole("listitem")).toHaveCount(1);
  await save(page);

  // The reader's very next load.
  const reader = await readerContext(browser);
  const response = await reader.page.goto("/");
  expect(response?.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  await expect(reader.page.getByRole("region", { name: "Lead story" }).getByRole("heading", { level: 2 })).toHaveText(lead.title);
  await expect(topStoryHeadings(reader.page)).toHaveText([second.title, third.title]);
  const block = reader.page.getByRole("list", { name: section.name });
  // The block shows the section's latest stories not already above: the block story only (two asked, one left).
  await expect(block.getByRole("heading")).toHaveText([inBlock.title]);
  await expect(block.getByRole("img")).toHaveCount(0);

  // On a phone: the lead's picture large, the one fetched first; a top story is a row, its small
  // picture (the 400-pixel copy, loaded when scrolled near) beside its headline.
  await reader.page.setViewportSize({ width: 390, height: 844 });
  const leadPicture = reader.page.getByRole("region", { name: "Lead story" }).getByRole("img", { name: `Pickets at the gate ${suffix}` });
  await expect(leadPicture).toHaveAttribute("fetchpriority", "high");
  await expect(reader.page.locator('img[fetchpriority="high"]')).toHaveCount(1);
  expect((await leadPicture.boundingBox())!.width).toBeGreaterThan(300);
  await expectThumbnailBeside(reader.page.getByRole("list", { name: "Top stories" }), `A ferry at the quay ${suffix}`, second.title);
  // From a tablet up, the card as before: the picture across the card, above the headline.
  await reader.page.setViewportSize({ width: 1280, height: 900 });
  const card = reader.page.getByRole("list", { name: "Top stories" }).getByRole("listitem").filter({ hasText: second.title });
  const [cardPicture, cardHeadline] = [(await card.getByRole("img").boundingBox())!, (await card.getByRole("heading").boundingBox())!];
  expect(cardPicture.width).toBeGreaterThan(200);
  expect(cardPicture.y + cardPicture.height).toBeLessThanOrEqual(cardHeadline.y);
  // The section's page shows each story's picture the same way.
  await reader.page.setViewportSize({ width: 390, height: 844 });
  await reader.page.goto(`/category/${section.slug}`);
  await expectThumbnailBeside(reader.page.getByRole("list", { name: `Articles in ${section.name}` }), `A ferry at the quay ${suffix}`, second.title);

  // History: who and when, and Undo.
  const history = page.getByRole("list", { name: "Front page history" });
  const latest = history.getByRole("listitem").first();
  await expect(latest).toContainText(`Lead: ${lead.title}`);
  await expect(latest).toContainText("2 top stories");
  await expect(latest).toContainText(`blocks: ${section.name}`);
  await latest.getByRole("button", { name: /^Undo/ }).click();
  await expect(page.getByRole("status").filter({ hasText: "Change undone." })).toBeVisible();
  await expect(history.getByRole("listitem").first()).toContainText("Undo of");

  // Back to the unarranged front page: the latest stories, the newest leading.
  await reader.page.goto("/");
  await expect(reader.page.getByRole("region", { name: "Lead story" })).toHaveCount(0);
  await expect(reader.page.getByRole("list", { name: "Latest articles" }).getByRole("heading").first()).not.toHaveText(lead.title);
  await reader.context.close();
});

test("a story pinned until a time leads until then, and the latest story takes the slot after it", async ({ page, browser }) => {
  test.slow(); // waits for the pin's time (12 s)
  const suffix = uniqueSuffix();
  const pinned = await createArticle({ title: `Pinned ${suffix} budget vote`, publishedAt: new Date(Date.now() - 3 * 3600_000) });

  await loginAs(page, "EDITOR", { open: "/dashboard/front-page" });
  const found = await findStories(page, suffix);
  await found.getByRole("button", { name: `Make lead: ${pinned.title}` }).click();
  const pinField = page.getByLabel("Lead: pinned until");

  // A time that has passed is refused next to the field, and nothing typed is lost.
  // Half past the minute: a browser shows a time on the minute without its ":00", as typed or not.
  const past = toZonedInputValue(new Date(Math.floor(Date.now() / 60_000) * 60_000 - 30_000), SITE_TIME_ZONE);
  await pinField.fill(past);
  await page.getByRole("button", { name: "Save front page" }).click();
  await expect(page.getByText("Choose a time in the future.")).toBeVisible();
  await expect(pinField).toHaveAttribute("aria-invalid", "true");
  await expect(pinField).toHaveValue(past);

  const until = new Date(Date.now() + 12_000);
  await pinField.fill(toZonedInputValue(until, SITE_TIME_ZONE));
  await save(page);
  await expect(page.getByRole("list", { name: "Front page history" }).getByRole("listitem").first()).toContainText(`Lead: ${pinned.title} (pinned)`);

  const reader = await readerContext(browser);
  await reader.page.goto("/");
  const leadHeading = reader.page.getByRole("region", { name: "Lead story" }).getByRole("heading", { level: 2 });
  await expect(leadHeading).toHaveText(pinned.title);
  // After the pin's time the cached front page ends by itself: the reader sees the latest story lead.
  await expect(async () => {
    await reader.page.reload();
    await expect(reader.page.getByRole("region", { name: "Lead story" }).getByRole("heading", { name: pinned.title }), "the pinned story has left the lead").toHaveCount(0, { timeout: 500 });
  }).toPass({ timeout: 40_000 });
  await expect(reader.page.getByRole("list", { name: "Latest articles" }).getByRole("heading").first()).not.toHaveText(pinned.title);
  await reader.context.close();
});

test("an editor posts a breaking-news banner on every reader page, still cached, and takes it down", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const story = await createArticle({ title: `Storm ${suffix} closes the harbour` });
  await loginAs(page, "EDITOR", { open: "/dashboard/front-page" });

  // Bad input is refused at the field, with the words kept.
  await page.getByLabel("Breaking news").fill(`Storm closes the harbour ${suffix}`);
  await page.getByLabel("Link").fill("javascript:alert(1)");
  await page.getByRole("button", { name: "Show banner" }).click();
  await expect(page.getByText("Give an address starting with https:// or /, or leave it empty.")).toBeVisible();
  await expect(page.getByLabel("Breaking news")).toHaveValue(`Storm closes the harbour ${suffix}`);

  await page.getByLabel("Link").fill(`/articles/${story.slug}`);
  await page.getByRole("button", { name: "Show banner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The banner is on every page." })).toBeVisible();

  const reader = await readerContext(browser);
  for (const path of ["/", `/articles/${story.slug}`, "/corrections"]) {
    const response = await reader.page.goto(path);
    // Reader pages stay cached pages with the banner on them.
    expect(response?.headers()["cache-control"], path).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
    const banner = reader.page.getByRole("complementary", { name: "Breaking news" });
    await expect(banner.getByRole("link", { name: `Storm closes the harbour ${suffix}` }), path).toHaveAttribute("href", `/articles/${story.slug}`);
  }

  await page.getByRole("button", { name: "Take down" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The banner is down." })).toBeVisible();
  for (const path of ["/", `/articles/${story.slug}`]) {
    await reader.page.goto(path);
    await expect(reader.page.getByRole("complementary", { name: "Breaking news" }), path).toHaveCount(0);
  }
  await reader.context.close();
});

test("authors and moderators cannot open the front-page desk", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "AUTHOR", { open: "/dashboard/front-page" });
  await expect(page.getByRole("heading", { level: 1, name: "Front page" })).toHaveCount(0);
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Front page" })).toHaveCount(0);
});

async function expectNoAxeViolations(page: Page, what: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), what).toEqual([]);
}

test("the front page, a section, an article, a page and the desks pass axe in light and dark; dark is dark; an article prints as the article", { tag: "@once" }, async ({ page }) => {
  test.slow(); // fourteen axe audits
  const suffix = uniqueSuffix();
  const section = await createCategory({ name: `Print desk ${suffix}` });
  const story = await createArticle({ title: `Printed ${suffix} council meets`, categoryId: section.id, sourceName: "www.example.org", sourceUrl: "https://www.example.org/x" });
  const about = await db.sitePage.create({ data: { slug: `about-${suffix}`, editionId: MIGRATION_DEFAULT_EDITION.id, title: `About ${suffix}`, published: true, ...bodyColumnsFrom("## Who we are\n\nA newsroom.") }, select: { slug: true } });
  await loginAs(page, "EDITOR", { open: "/dashboard/front-page" });

  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/", `/category/${section.slug}`, `/articles/${story.slug}`, `/${about.slug}`, "/dashboard/front-page", "/dashboard/menus", "/dashboard/pages/new"]) {
      await page.goto(path);
      await expectNoAxeViolations(page, `${path} (${colorScheme})`);
    }
  }

  // Readers who prefer dark get a dark page (the dashboard stays light).
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto(`/articles/${story.slug}`);
  const background = () => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue("--color-paper").trim());
  expect(await background()).toBe("#121418");
  await page.emulateMedia({ colorScheme: "light" });
  expect(await background()).toMatch(/^#fff(fff)?$/);

  // Printed: the article, its byline, dates and source; no navigation, form or footer.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("heading", { level: 1, name: story.title })).toBeVisible();
  await expect(page.getByText(/^Published /)).toBeVisible();
  await expect(page.getByText("Original Source:")).toBeVisible();
  for (const hidden of [page.getByRole("navigation"), page.getByRole("search"), page.getByRole("contentinfo"), page.locator("form"), page.getByRole("button", { name: "Post Comment" })]) {
    for (const element of await hidden.all()) await expect(element).toBeHidden();
  }
  await page.emulateMedia({ media: "screen" });
  await expect(page.getByRole("contentinfo")).toBeVisible();
});

test("the home and section pages describe the site for search engines: WebSite with a search action, NewsMediaOrganization", { tag: "@once" }, async ({ page }) => {
  const section = await createCategory();
  for (const path of ["/", `/category/${section.slug}`]) {
    await page.goto(path);
    const blocks = await page.locator('script[type="application/ld+json"]').allTextContents();
    const graph = blocks.map((text) => JSON.parse(text) as { "@graph"?: { "@type": string; potentialAction?: { "@type": string } }[] }).flatMap((data) => data["@graph"] ?? []);
    expect(graph.find((node) => node["@type"] === "WebSite")?.potentialAction?.["@type"], path).toBe("SearchAction");
    expect(graph.some((node) => node["@type"] === "NewsMediaOrganization"), path).toBe(true);
  }
});

test("an editor chooses and orders the header and footer menus, and readers see them at once", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const section = await createCategory({ name: `Zz menu desk ${suffix}` });
  await loginAs(page, "EDITOR", { open: "/dashboard/menus" });
  const header = page.getByRole("list", { name: "Header menu links" });
  await expect(header.getByRole("listitem").filter({ hasText: section.name })).toHaveCount(1);
  const before = await header.getByRole("listitem").locator("span.font-medium").allTextContents();
  const at = before.indexOf(section.name);
  expect(at).toBeGreaterThan(0);

  // By keyboard: Move up, once.
  await page.getByRole("button", { name: `Move up: ${section.name}` }).focus();
  await page.keyboard.press("Enter");
  // Any link, checked before it is added.
  const headerDesk = page.getByRole("region", { name: "Header menu" });
  await headerDesk.getByLabel("Link text").fill(`Weather ${suffix}`);
  await headerDesk.getByLabel("Address").fill("weather.example");
  await headerDesk.getByRole("button", { name: "Add link" }).click();
  await expect(headerDesk.getByText("Give an address starting with / (a page of this site) or https://.")).toBeVisible();
  await headerDesk.getByLabel("Address").fill("https://weather.example/today");
  await headerDesk.getByRole("button", { name: "Add link" }).click();
  await headerDesk.getByRole("button", { name: "Save header menu" }).click();
  await expect(headerDesk.getByRole("status").filter({ hasText: "Header menu saved. Readers see it now." })).toBeVisible();

  // The footer: the corrections link first.
  const footerDesk = page.getByRole("region", { name: "Footer menu" });
  await footerDesk.getByRole("button", { name: "Move up: Corrections" }).click();
  await footerDesk.getByRole("button", { name: "Move up: Corrections" }).click();
  await footerDesk.getByRole("button", { name: "Save footer menu" }).click();
  await expect(footerDesk.getByRole("status").filter({ hasText: "Footer menu saved." })).toBeVisible();

  const reader = await readerContext(browser);
  await reader.page.goto("/");
  const nav = reader.page.getByRole("navigation", { name: "Sections" }).getByRole("link");
  const after = await nav.allTextContents();
  expect(after.indexOf(section.name)).toBe(at - 1);
  expect(after[at]).toBe(before[at - 1]);
  await expect(nav.last()).toHaveText(`Weather ${suffix}`);
  await expect(nav.last()).toHaveAttribute("href", "https://weather.example/today");
  await expect(reader.page.getByRole("contentinfo").getByRole("link")).toHaveText(["Corrections", "Newsletter", "Front page"]);
  await reader.context.close();
});

test("an editor writes an About page with the article editor: at /about, in the menus and the sitemap", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const slug = `about-${suffix}`;
  await loginAs(page, "EDITOR", { open: "/dashboard/pages" });
  await page.getByRole("link", { name: "New page" }).click();
  await page.getByLabel("Title").fill(`About us ${suffix}`);
  // An address another part of the site answers is refused at the field, with the title kept.
  await page.getByLabel("Address").fill("search");
  const body = page.getByRole("textbox", { name: "Body", exact: true });
  await body.click();
  await page.keyboard.type(`## Who we are\nA newsroom of twelve, ${suffix}.`);
  await page.getByRole("button", { name: "Save page" }).click();
  await expect(page.getByText("This address belongs to another part of the site: choose another.")).toBeVisible();
  await expect(page.getByLabel("Title")).toHaveValue(`About us ${suffix}`);
  await page.getByLabel("Address").fill(slug);
  await page.getByRole("button", { name: "Save page" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Saved. Readers see it at /${slug}.` })).toBeVisible();

  const reader = await readerContext(browser);
  const response = await reader.page.goto(`/${slug}`);
  expect(response?.status()).toBe(200);
  expect(response?.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(`About us ${suffix}`);
  await expect(reader.page.getByRole("heading", { level: 2, name: "Who we are" })).toBeVisible();
  await expect(reader.page.getByText(`A newsroom of twelve, ${suffix}.`)).toBeVisible();
  expect(await (await reader.page.request.get("/sitemap-pages.xml")).text()).toContain(`/${slug}</loc>`);

  // In the footer menu.
  await page.goto("/dashboard/menus");
  const footerDesk = page.getByRole("region", { name: "Footer menu" });
  await footerDesk.getByLabel("Section or page").selectOption({ label: `About us ${suffix}` });
  await footerDesk.getByRole("button", { name: "Add to menu" }).click();
  await footerDesk.getByRole("button", { name: "Save footer menu" }).click();
  await expect(footerDesk.getByRole("status").filter({ hasText: "Footer menu saved." })).toBeVisible();
  await reader.page.goto("/");
  await reader.page.getByRole("contentinfo").getByRole("link", { name: `About us ${suffix}` }).click();
  await expect(reader.page).toHaveURL(`/${slug}`);

  // An edit shows at once; an unknown address is still a 404.
  await page.goto("/dashboard/pages");
  await page.getByRole("link", { name: `About us ${suffix}` }).click();
  await page.getByLabel("Title").fill(`About the Gazette ${suffix}`);
  await page.getByRole("button", { name: "Save page" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  await reader.page.goto(`/${slug}`);
  await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(`About the Gazette ${suffix}`);
  expect((await reader.page.request.get(`/no-such-page-${suffix}`)).status()).toBe(404);
  await reader.context.close();
});
