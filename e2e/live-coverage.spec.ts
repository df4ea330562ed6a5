import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, otherSession, readerContext, test } from "./fixtures";

// Live coverage: the desk, the reader's open page following it without a reload, a second editor's
// desk, the structured data, the cached answers, accessibility. The server under test polls at the
// default a newcomer gets (LIVE_POLL_MS, 3 s): each wait below is for what a person would see within
// the 10 seconds readers are promised.
const WITHIN_TEN_SECONDS = { timeout: 10_000 };

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** Type an update into the desk's composer (or the open edit form), replacing what is there. */
async function typeUpdate(page: Page, text: string) {
  const box = page.getByRole("textbox", { name: "Update", exact: true });
  await box.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  await page.keyboard.type(text);
}

type LiveBlog = {
  "@type": string;
  dateModified: string;
  coverageStartTime: string;
  coverageEndTime?: string;
  publisher: { name: string; logo: { url: string } };
  liveBlogUpdate: { "@type": string; headline: string; datePublished: string; dateModified: string; articleBody: string; url: string; publisher: { name: string } }[];
};

async function liveBlogData(page: Page, path: string): Promise<LiveBlog> {
  const response = await page.request.get(path);
  const html = await response.text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((match) => JSON.parse(match[1]!) as LiveBlog);
  const data = blocks.find((block) => block["@type"] === "LiveBlogPosting");
  expect(data, "a LiveBlogPosting block").toBeTruthy();
  return data!;
}

test("an editor runs live coverage from the desk; an open reader page and a second editor's desk follow without a reload", async ({ page, browser }) => {
  test.slow();
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Storm Ada live ${suffix}` });
  const path = `/articles/${article.slug}`;
  const desk = `/dashboard/articles/${article.id}/live`;

  // The editor ticks "Live coverage" in the article's editor, which opens the desk.
  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });
  await page.getByRole("checkbox", { name: "Live coverage" }).click();
  await expect(page).toHaveURL(desk);
  await expect(page.getByRole("button", { name: "End live coverage" })).toBeVisible();

  // A reader opened the page before any update; it is a cached page.
  const reader = await readerContext(browser);
  await reader.page.setViewportSize({ width: 1000, height: 500 });
  // Loaded and left alone: a live page runs its scripts at once, no input needed (decision 064).
  const first = await reader.page.goto(path, { waitUntil: "load" });
  await expect(reader.page.locator("html")).toHaveAttribute("data-hydrated", "");
  expect(first?.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  const again = await reader.page.request.get(path);
  expect(again.headers()["x-nextjs-cache"], "the live page answers from the cache").toBe("HIT");
  await expect(reader.page.getByText("Live", { exact: true })).toBeVisible();
  await expect(reader.page.getByText("No updates yet.")).toBeVisible();

  // A second editor has the same desk open in another browser.
  const second = await otherSession(browser, "EDITOR");
  await second.page.goto(desk);

  // Post a key event with a headline.
  await page.getByLabel("Headline").fill("Storm reaches the coast");
  await typeUpdate(page, "Winds of 120 km/h were measured at the harbour.");
  await page.getByRole("checkbox", { name: "Key event" }).check();
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible();
  await expect(page.getByLabel("Headline"), "the composer is empty for the next update").toHaveValue("");

  const readerUpdate = reader.page.getByRole("article", { name: "Storm reaches the coast" });
  await expect(readerUpdate, "the open page shows the update without a reload").toContainText("Winds of 120 km/h", WITHIN_TEN_SECONDS);
  await expect(reader.page.getByRole("navigation", { name: "Key events" }).getByRole("link", { name: /Storm reaches the coast/ })).toHaveAttribute("href", /^#update-/);
  await expect(second.page.getByRole("article", { name: "Storm reaches the coast" }), "the second desk sees the first editor's update").toBeVisible(WITHIN_TEN_SECONDS);
  await expect(reader.page.getByRole("status").filter({ hasText: "New update: Storm reaches the coast" })).toBeAttached();

  // A second update, posted with Ctrl/⌘+Enter, without a headline.
  await typeUpdate(page, "Ferries to the islands are cancelled until tomorrow.");
  await page.keyboard.press("ControlOrMeta+Enter");
  await expect(reader.page.getByText("Ferries to the islands are cancelled")).toBeVisible(WITHIN_TEN_SECONDS);
  // Newest first, and the switch puts the oldest first.
  const updates = reader.page.getByRole("list", { name: "Updates" }).getByRole("article");
  await expect(updates.first()).toContainText("Ferries");
  await reader.page.getByRole("button", { name: "Oldest first" }).click();
  await expect(updates.first()).toContainText("Winds of 120 km/h");
  await reader.page.getByRole("button", { name: "Oldest first" }).click();

  // The second editor opens the first update to edit it; the first editor edits it meanwhile.
  await second.page.getByRole("article", { name: "Storm reaches the coast" }).getByRole("button", { name: "Edit" }).click();
  await page.getByRole("article", { name: "Storm reaches the coast" }).getByRole("button", { name: "Edit" }).click();
  await page.getByLabel("Headline").fill("Storm makes landfall");
  await typeUpdate(page, "Winds of 130 km/h were measured at the harbour.");
  // Marked as a correction, with what was corrected: kept in the history and on the corrections page.
  await page.getByRole("checkbox", { name: "This edit is a correction" }).check();
  await page.getByLabel("What was corrected").fill(`The wind speed was 130 km/h, not 120 (${suffix}).`);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Correction saved." })).toBeVisible();
  await expect(reader.page.getByRole("article", { name: "Storm makes landfall" })).toContainText("130 km/h", WITHIN_TEN_SECONDS);

  // The second editor's save, made against the older version, is refused with the newer text shown.
  await second.page.getByLabel("Headline").fill("Storm hits the coast");
  await second.page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.page.getByText(/saved this update at .* after you opened it/)).toBeVisible();
  await expect(second.page.getByText("The newer text, saved by someone else")).toBeVisible();
  await expect(second.page.getByText("Winds of 130 km/h")).toBeVisible();
  await expect(second.page.getByLabel("Headline"), "what the second editor typed is kept").toHaveValue("Storm hits the coast");
  await second.page.getByRole("button", { name: "Cancel" }).click();

  const corrections = await reader.page.request.get("/corrections");
  expect(await corrections.text()).toContain(`The wind speed was 130 km/h, not 120 (${suffix}).`);

  // Pin it: "What we know so far" on the desk and on the reader's page.
  await page.getByRole("article", { name: "Storm makes landfall" }).getByRole("button", { name: "Pin" }).click();
  await expect(page.getByRole("region", { name: "What we know so far" })).toContainText("Storm makes landfall");
  await expect(reader.page.getByRole("region", { name: "What we know so far" })).toContainText("130 km/h", WITHIN_TEN_SECONDS);

  // A reader scrolled down into the updates is not moved: a button counts what is new, so does the title.
  // (The parts below the fold are laid out as they come near, decision 064: at the bottom, the page
  // settles once its height and the scroll position stay the same from one frame to the next.)
  const scrolledTo = await reader.page.evaluate(async () => {
    const frame = () => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn)));
    let before = "";
    for (let tries = 0; tries < 50; tries++) {
      window.scrollTo(0, document.body.scrollHeight);
      await frame();
      const now = `${document.body.scrollHeight}:${window.scrollY}`;
      if (now === before) break;
      before = now;
    }
    return window.scrollY;
  });
  expect(scrolledTo).toBeGreaterThan(0);
  await typeUpdate(page, "The coastguard has rescued two sailors.");
  await page.getByRole("button", { name: "Post update" }).click();
  const newUpdates = reader.page.getByRole("button", { name: "1 new update" });
  await expect(newUpdates).toBeVisible(WITHIN_TEN_SECONDS);
  await expect(reader.page).toHaveTitle(/^\(1\) /);
  expect(await reader.page.evaluate(() => window.scrollY), "the reader was not moved").toBe(scrolledTo);
  await expect(reader.page.getByText("The coastguard has rescued two sailors.")).toHaveCount(0);
  await newUpdates.click();
  await expect(reader.page.getByText("The coastguard has rescued two sailors.")).toBeVisible();
  await expect(reader.page).not.toHaveTitle(/^\(\d+\) /);

  // Delete the second update: it leaves the open page.
  await page.getByRole("article").filter({ hasText: "Ferries to the islands" }).getByRole("button", { name: "Delete" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update deleted." })).toBeVisible();
  await expect(reader.page.getByText("Ferries to the islands are cancelled")).toHaveCount(0, WITHIN_TEN_SECONDS);

  // The poll answers: short-lived and shared, then never changing; nothing private in them.
  const latest = await reader.page.request.get(`/live/${article.id}/latest.json`);
  expect(latest.headers()["cache-control"]).toBe("public, max-age=0, s-maxage=2");
  const { seq } = (await latest.json()) as { seq: number };
  expect(seq).toBeGreaterThanOrEqual(6);
  const range = await reader.page.request.get(`/live/${article.id}/changes/0-${seq}`);
  expect(range.headers()["cache-control"]).toContain("immutable");
  expect(await range.text()).not.toMatch(/@example\.com/);
  expect((await reader.page.request.get(`/live/${article.id}/changes/0-${seq + 1}`)).status(), "a range not all written yet").toBe(404);

  // Google: LiveBlogPosting with its updates, each with its anchor.
  const data = await liveBlogData(reader.page, path);
  expect(data.coverageStartTime).toBeTruthy();
  expect(data.coverageEndTime).toBeUndefined();
  expect(data.publisher.name).toBeTruthy();
  expect(data.publisher.logo.url).toMatch(/^http/);
  expect(data.liveBlogUpdate.map((entry) => entry.headline)).toEqual(["The coastguard has rescued two sailors.", "Storm makes landfall"]);
  const landfall = data.liveBlogUpdate[1]!;
  expect(landfall).toMatchObject({ "@type": "BlogPosting", articleBody: "Winds of 130 km/h were measured at the harbour.", publisher: { name: data.publisher.name } });
  expect(landfall.url).toMatch(new RegExp(`${path}#update-[\\w-]+$`));
  expect(Date.parse(landfall.dateModified)).toBeGreaterThan(Date.parse(landfall.datePublished));
  expect(Date.parse(data.dateModified), "the article's dateModified moves with the updates").toBeGreaterThanOrEqual(Date.parse(data.liveBlogUpdate[0]!.datePublished) - 1000);

  // The news sitemap's lastmod moves with the updates too.
  const sitemap = await (await reader.page.request.get("/news-sitemap.xml")).text();
  const entry = new RegExp(`<loc>[^<]*${path}</loc>\\s*<lastmod>([^<]+)</lastmod>`).exec(sitemap);
  expect(entry, "the article is in the news sitemap").toBeTruthy();
  expect(Date.parse(entry![1]!)).toBe(Date.parse(data.dateModified));

  // The update's own address: its own share card, its canonical the live page.
  const anchor = landfall.url.split("#update-")[1]!;
  const own = await reader.page.request.get(`${path}/updates/${anchor}`);
  const ownHtml = await own.text();
  expect(ownHtml).toMatch(/<meta property="og:title" content="Storm makes landfall · /);
  expect(ownHtml).toMatch(new RegExp(`<link rel="canonical" href="[^"]*${path}"`));
  // Its share card is its own (headline, coverage title, time, LIVE while live), cached as the article's card.
  const cardUrl = /<meta property="og:image" content="([^"]+)"/.exec(ownHtml)?.[1];
  expect(cardUrl).toMatch(new RegExp(`^https?://[^/]+${path}/updates/${anchor}/og\\.png$`));
  const card = await reader.page.request.get(cardUrl!);
  expect(card.status()).toBe(200);
  expect(card.headers()["content-type"]).toBe("image/png");
  const liveCard = await card.body();
  expect([liveCard.readUInt32BE(16), liveCard.readUInt32BE(20)]).toEqual([1200, 630]);
  expect(card.headers()["cache-control"]).toBe((await reader.page.request.get(`${path}/og.png`)).headers()["cache-control"]);
  // The feed of the coverage's updates, linked from the page.
  const feedHref = await reader.page.getByRole("link", { name: "Feed of these updates" }).getAttribute("href");
  const feed = await reader.page.request.get(feedHref!);
  expect(await feed.text()).toContain("Storm makes landfall");

  await expectNoAxeViolations(reader.page);
  await expectNoAxeViolations(page);

  // End the coverage: the open page says so and stops asking; the markup gets its end time.
  await page.getByRole("button", { name: "End live coverage" }).click();
  await expect(page.getByRole("button", { name: "Resume live coverage" })).toBeVisible();
  await expect(reader.page.getByRole("heading", { name: "Live coverage ended" })).toBeVisible(WITHIN_TEN_SECONDS);
  await expect(reader.page.getByText("Live", { exact: true })).toHaveCount(0);
  expect((await liveBlogData(reader.page, path)).coverageEndTime).toBeTruthy();
  // The update's card loses its LIVE mark.
  await expect.poll(async () => Buffer.compare(await (await reader.page.request.get(cardUrl!)).body(), liveCard)).not.toBe(0);
  await page.getByRole("button", { name: "Resume live coverage" }).click();
  await expect(page.getByRole("button", { name: "End live coverage" })).toBeVisible();

  await reader.context.close();
  await second.context.close();
});

test("the desk refuses hostile input next to the field, authors only work on their own coverage, moderators on none", { tag: "@once" }, async ({ page, browser }) => {
  // The author is signed in on the page; an editor turns on the coverage of two articles.
  const author = await loginAs(page, "AUTHOR");
  const profile = await db.author.findUniqueOrThrow({ where: { userId: author.id }, select: { id: true } });
  const own = await createArticle({ authorId: profile.id });
  const others = await createArticle();
  const draft = await createArticle({ status: "DRAFT" });

  const editor = await otherSession(browser, "EDITOR");
  // A draft cannot be live coverage.
  await editor.page.goto(`/dashboard/articles/${draft.id}/edit`);
  await expect(editor.page.getByRole("checkbox", { name: "Live coverage" })).toHaveCount(0);
  for (const article of [own, others]) {
    await editor.page.goto(`/dashboard/articles/${article.id}/edit`);
    await editor.page.getByRole("checkbox", { name: "Live coverage" }).click();
    await expect(editor.page).toHaveURL(`/dashboard/articles/${article.id}/live`);
  }
  await editor.context.close();

  // On the coverage of their own article, bad input is refused at the field, and the text is kept.
  await page.goto(`/dashboard/articles/${own.id}/live`);
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByText("Write the update before posting it.")).toBeVisible();
  await page.getByLabel("Headline").fill(`A headline ${"far ".repeat(40)}too long`);
  await typeUpdate(page, "Typed text is kept.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByText("Keep the headline under 120 characters.")).toBeVisible();
  await expect(page.getByLabel("Headline")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("textbox", { name: "Update", exact: true })).toContainText("Typed text is kept.");
  await page.getByLabel("Headline").fill("<script>alert(1)</script>");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible();
  await expect(page.getByRole("article", { name: "<script>alert(1)</script>" }), "shown as text").toBeVisible();

  // Not on someone else's coverage, and a moderator has no desk at all.
  const refused = await page.goto(`/dashboard/articles/${others.id}/live`);
  expect(refused?.status()).toBe(404);
  const moderator = await otherSession(browser, "MODERATOR");
  const answer = await moderator.page.goto(`/dashboard/articles/${own.id}/live`);
  expect(answer?.status()).toBe(403);
  await moderator.context.close();
});
