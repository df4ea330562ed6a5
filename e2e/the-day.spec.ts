import AxeBuilder from "@axe-core/playwright";
import type { Locator, Page } from "@playwright/test";
import { db } from "../lib/db";
import { addDaysTo, dayOf, rangeOf, weekOf } from "../lib/articles/calendar";
import { fromZonedInputValue } from "../lib/format-core";
import { createArticle, createAuthor, createCategory, uniqueSuffix } from "./factories";
import { expect, loginAs, readerContext, test } from "./fixtures";

// The newsroom's day in the dashboard (docs/decisions/043-the-day-in-the-dashboard.md): the
// overview's lists, the calendar where a story is rescheduled by moving it, and the article list's
// filters, order and bulk actions, which go through the same checks as one article at a time.

const SITE_TIME_ZONE = process.env.SITE_TIME_ZONE || "UTC";

/** Drag by mouse from the middle of one element to the middle of another, as dnd-kit's pointer sensor wants. */
async function drag(page: Page, from: Locator, to: Locator) {
  const a = (await from.boundingBox())!;
  const b = (await to.boundingBox())!;
  await page.mouse.move(a.x + a.width / 2, a.y + a.height / 2);
  await page.mouse.down();
  await page.mouse.move(a.x + a.width / 2 + 10, a.y + a.height / 2 + 10, { steps: 5 });
  await page.mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 15 });
  await page.mouse.up();
}

function daySection(page: Page, day: string) {
  return page.locator(`section[data-day="${day}"]`);
}

test("an editor's day: overview lists, rescheduling in the calendar by mouse and keyboard, the article list filtered, sorted and changed in bulk", async ({ page, browser }) => {
  test.slow(); // one long journey through three pages
  const suffix = uniqueSuffix();
  const editor = await loginAs(page, "EDITOR");
  const mine = await db.author.findUniqueOrThrow({ where: { userId: editor.id }, select: { id: true } });
  const reporter = await createAuthor({ displayName: `Reporter ${suffix}` });
  const other = await createAuthor({ displayName: `Other ${suffix}` });
  const harbour = await createCategory({ name: `Harbour ${suffix}` });
  const city = await createCategory({ name: `City ${suffix}` });

  // The overview: my draft, and a story going live later today (halfway to the site's midnight).
  const now = Date.now();
  const midnight = rangeOf(dayOf(new Date(now), SITE_TIME_ZONE), dayOf(new Date(now), SITE_TIME_ZONE), SITE_TIME_ZONE).to.getTime();
  const draft = await createArticle({ title: `My draft ${suffix}`, status: "DRAFT", authorId: mine.id });
  const today = await createArticle({ title: `Later today ${suffix}`, status: "SCHEDULED", publishedAt: new Date(now + (midnight - now) / 2), authorId: reporter.id });
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "My drafts" }).getByRole("link", { name: draft.title })).toBeVisible();
  await expect(page.getByRole("region", { name: "Scheduled today" }).getByRole("link", { name: today.title })).toBeVisible();
  await expect(page.getByRole("region", { name: "In review" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Published today" })).toBeVisible();

  // The calendar: next week's Wednesday at 09:30 on the site's clocks.
  const nextWeek = weekOf(addDaysTo(dayOf(new Date(now), SITE_TIME_ZONE), 7, SITE_TIME_ZONE), SITE_TIME_ZONE);
  const [wednesday, thursday, friday] = [nextWeek[2]!, nextWeek[3]!, nextWeek[4]!];
  const moving = await createArticle({ title: `Moving story ${suffix}`, status: "SCHEDULED", publishedAt: fromZonedInputValue(`${wednesday}T09:30`, SITE_TIME_ZONE), authorId: reporter.id });
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Calendar" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Calendar" })).toBeVisible();
  await expect(page.getByText(/Times are in /)).toBeVisible();
  await expect(daySection(page, dayOf(new Date(now), SITE_TIME_ZONE)).getByRole("link", { name: today.title })).toBeVisible();
  await page.getByRole("navigation", { name: "Calendar" }).getByRole("link", { name: /Next week/ }).click();
  await expect(page).toHaveURL(new RegExp(`view=week&date=${addDaysTo(dayOf(new Date(now), SITE_TIME_ZONE), 7, SITE_TIME_ZONE)}`));
  const card = page.locator(`li[data-story="${moving.id}"]`);
  await expect(daySection(page, wednesday).getByRole("link", { name: moving.title })).toBeVisible();
  await expect(card).toContainText("09:30");

  // By mouse: dragged onto Friday, it keeps its time of day.
  await drag(page, card.locator("time"), daySection(page, friday).getByRole("heading"));
  await expect(page.getByRole("status").filter({ hasText: `“${moving.title}” moved` })).toBeVisible();
  await expect(daySection(page, friday).getByRole("link", { name: moving.title })).toBeVisible();
  await expect(daySection(page, wednesday).getByRole("link", { name: moving.title })).toHaveCount(0);

  // By keyboard: its "Move to" date, then Enter.
  const moveTo = card.getByLabel("Move to");
  await moveTo.fill(thursday);
  await moveTo.press("Enter");
  await expect(daySection(page, thursday).getByRole("link", { name: moving.title })).toBeVisible();
  await expect(daySection(page, thursday).locator(`li[data-story="${moving.id}"]`)).toContainText("09:30");

  // The editor's schedule field has the new time, on the site's clocks.
  await daySection(page, thursday).getByRole("link", { name: moving.title }).click();
  await expect(page.getByLabel("Publish time (for Schedule)")).toHaveValue(new RegExp(`^${thursday}T09:30`));
  await expect(page.getByLabel("Publish time (for Schedule)")).toHaveAccessibleDescription(/Times are in /);

  // The article list: by author, section and status, sorted by title.
  const bravo = await createArticle({ title: `Bravo ${suffix} tide tables`, authorId: reporter.id, categoryId: harbour.id });
  const alpha = await createArticle({ title: `Alpha ${suffix} ferry fares`, authorId: reporter.id, categoryId: harbour.id });
  await createArticle({ title: `Charlie ${suffix} unfinished`, status: "DRAFT", authorId: reporter.id, categoryId: harbour.id });
  await createArticle({ title: `Delta ${suffix} someone else`, authorId: other.id, categoryId: harbour.id });
  await page.goto("/dashboard/articles");
  await page.getByLabel("Author", { exact: true }).selectOption({ label: reporter.displayName });
  await page.getByLabel("Section", { exact: true }).selectOption({ label: harbour.name });
  await page.getByRole("button", { name: "Search" }).click();
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Published" }).click();
  await expect(page).toHaveURL(new RegExp(`status=published&author=${reporter.id}&section=${harbour.id}`));
  await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(page).toHaveURL(/sort=title/);
  const table = page.getByRole("table");
  const titles = table.getByRole("row").locator("td:nth-child(2)");
  await expect(titles).toHaveText([alpha.title, bravo.title]);
  await expect(page.getByRole("columnheader", { name: /Title/ })).toHaveAttribute("aria-sort", "ascending");
  await page.getByRole("columnheader", { name: /Title/ }).getByRole("link").click();
  await expect(titles).toHaveText([bravo.title, alpha.title]);

  // A reader sees both, then bulk Unpublish takes them away.
  const reader = await readerContext(browser);
  expect((await reader.page.goto(`/articles/${alpha.slug}`))?.status()).toBe(200);
  await table.getByRole("checkbox", { name: "Select all" }).check();
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished 2 articles." })).toBeVisible();
  await expect(page.getByText("No articles match.")).toBeVisible();
  expect((await reader.page.goto(`/articles/${alpha.slug}`))?.status()).toBe(404);
  expect((await reader.page.goto(`/articles/${bravo.slug}`))?.status()).toBe(404);

  // Bulk "Move to section": both drafts now, under another section.
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Drafts" }).click();
  await table.getByRole("checkbox", { name: `Select “${alpha.title}”` }).check();
  await table.getByRole("checkbox", { name: `Select “${bravo.title}”` }).check();
  await page.getByRole("button", { name: "Move to section" }).click();
  await expect(page.getByText("Choose the section to move the articles to.")).toBeVisible();
  await table.getByRole("checkbox", { name: `Select “${alpha.title}”` }).check();
  await table.getByRole("checkbox", { name: `Select “${bravo.title}”` }).check();
  await page.getByLabel("Move to").selectOption({ label: city.name });
  await page.getByRole("button", { name: "Move to section" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Moved 2 articles." })).toBeVisible();
  await page.getByLabel("Section", { exact: true }).selectOption({ label: city.name });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(titles).toHaveText([bravo.title, alpha.title]);
  const audit = await db.auditEvent.count({ where: { entityId: { in: [alpha.id, bravo.id] }, action: { in: ["article.unpublish", "article.save"] } } });
  expect(audit).toBe(4);
  await reader.context.close();
});

test("an author's bulk Publish is refused, for their own story and for someone else's, and nothing changes", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const author = await loginAs(page, "AUTHOR");
  const own = await db.author.findUniqueOrThrow({ where: { userId: author.id }, select: { id: true } });
  const draft = await createArticle({ title: `Author's draft ${suffix}`, status: "DRAFT", authorId: own.id });
  const theirs = await createArticle({ title: `Not theirs ${suffix}`, status: "DRAFT" });
  await page.goto(`/dashboard/articles?q=${encodeURIComponent(suffix)}`);
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: theirs.title })).toHaveCount(0);
  await table.getByRole("checkbox", { name: `Select “${draft.title}”` }).check();
  // Someone else's article slipped into the form, as a crafted request would.
  await page.locator("#bulk-articles").evaluate((form, id) => {
    const input = document.createElement("input");
    input.type = "hidden";
    input.name = "ids";
    input.value = id;
    form.append(input);
  }, theirs.id);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  const message = page.getByRole("status").filter({ hasText: "Nothing was changed." });
  await expect(message).toContainText(`“${draft.title}”: Only editors can publish`);
  await expect(message).toContainText("not yours or no longer exists");
  await expect(message).not.toContainText(theirs.title);
  const reader = await readerContext(browser);
  expect((await reader.page.goto(`/articles/${draft.slug}`))?.status()).toBe(404);
  await reader.context.close();
  expect((await db.article.findUniqueOrThrow({ where: { id: theirs.id }, select: { status: true } })).status).toBe("DRAFT");
});

test("the overview, the calendar and the article list pass axe in light and dark", { tag: "@once" }, async ({ page }) => {
  test.slow(); // eight axe audits
  const suffix = uniqueSuffix();
  await createArticle({ title: `Axe story ${suffix}`, status: "SCHEDULED", publishedAt: new Date(Date.now() + 3_600_000) });
  await loginAs(page, "EDITOR");
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    for (const path of ["/dashboard", "/dashboard/calendar", "/dashboard/calendar?view=day", "/dashboard/articles"]) {
      await page.goto(path);
      const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), `${path} (${colorScheme})`).toEqual([]);
    }
  }
});
