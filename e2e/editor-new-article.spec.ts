import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { formatDateTimeInZone, formatTimeInZone } from "../lib/format-core";
import { createUser, uniqueSuffix } from "./factories";
import { bodyEditor, expect, loginAs, test, writeBody } from "./fixtures";
import { csrfToken, postSignIn } from "./sign-in-api";

// The site's zone as the test server runs it (SITE_TIME_ZONE, UTC unset). The browser is elsewhere,
// with American habits: the dashboard must still write dates the site's way, on the site's clocks.
const SITE_ZONE = process.env.SITE_TIME_ZONE || "UTC";
test.use({ timezoneId: "America/New_York", locale: "en-US" });

const title = (page: Page) => page.getByRole("textbox", { name: "Title", exact: true });

/** Write a story and leave it unsaved: autosave keeps it, leaving the page is confirmed. */
async function abandonDraft(page: Page, story: { title: string; standfirst: string; body: string }) {
  await page.goto("/dashboard/articles/new");
  await title(page).fill(story.title);
  await page.getByLabel("Standfirst").fill(story.standfirst);
  await writeBody(page, story.body);
  await expect(page.getByRole("status").filter({ hasText: /Unsaved changes kept as a draft copy at/ })).toBeVisible();
  page.once("dialog", (dialog) => dialog.accept());
  await page.goto("/dashboard");
}

test("a new article opens blank; the unsaved earlier one is offered with its title and time, and discarding it keeps the new story apart", async ({ page }) => {
  const user = await loginAs(page, "EDITOR");
  const suffix = uniqueSuffix();
  await abandonDraft(page, { title: `Flood Barrier Delayed ${suffix}`, standfirst: "The first story's standfirst.", body: "The first story's body." });
  const kept = await db.articleAutosave.findFirstOrThrow({ where: { userId: user.id }, select: { updatedAt: true } });

  await page.goto("/dashboard/articles/new");
  const offer = page.getByRole("region", { name: "An unsaved draft" });
  await expect(offer).toContainText(`“Flood Barrier Delayed ${suffix}”`);
  await expect(offer).toContainText(`kept on ${formatDateTimeInZone(kept.updatedAt, SITE_ZONE)}`);
  // The new article itself is blank.
  await expect(title(page)).toHaveValue("");
  await expect(page.getByLabel("Standfirst")).toHaveValue("");
  await expect(bodyEditor(page)).toHaveText("");

  await offer.getByRole("button", { name: "Discard" }).click();
  await expect(offer).toHaveCount(0);
  await title(page).fill(`Tram Line Opens ${suffix}`);
  await page.getByLabel("Standfirst").fill("The second story's standfirst.");
  await writeBody(page, "The second story's body.");
  // The autosave note is written on the site's clocks, 24-hour, not the browser's "11:30:06 PM".
  const note = page.getByRole("status").filter({ hasText: /Unsaved changes kept as a draft copy at/ });
  await expect(note).toHaveText(/at \d{2}:\d{2}\.$/);
  const copy = await db.articleAutosave.findFirstOrThrow({ where: { userId: user.id }, select: { updatedAt: true } });
  await expect(note).toContainText(formatTimeInZone(copy.updatedAt, SITE_ZONE));
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();

  const saved = await db.article.findFirstOrThrow({ where: { title: `Tram Line Opens ${suffix}` }, select: { standfirst: true, bodyText: true } });
  expect(saved).toEqual({ standfirst: "The second story's standfirst.", bodyText: "The second story's body." });
  expect(await db.article.count({ where: { title: `Flood Barrier Delayed ${suffix}` } })).toBe(0);
});

test("restoring the unsaved earlier article brings back all of it, and only it", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const suffix = uniqueSuffix();
  await abandonDraft(page, { title: `Harbour Strike Ends ${suffix}`, standfirst: "Dockers return on Monday.", body: "Pay rises by six per cent." });

  await page.goto("/dashboard/articles/new");
  await page.getByRole("region", { name: "An unsaved draft" }).getByRole("button", { name: "Restore" }).click();
  await expect(title(page)).toHaveValue(`Harbour Strike Ends ${suffix}`);
  await expect(page.getByLabel("Standfirst")).toHaveValue("Dockers return on Monday.");
  await expect(bodyEditor(page)).toHaveText("Pay rises by six per cent.");
  await expect(page.getByRole("status").filter({ hasText: /^Restored your unsaved draft from \d{1,2} \w+ \d{4} at \d{2}:\d{2}\./ })).toBeVisible();
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  // Saved, the copy is gone: the next new article opens blank with nothing to offer.
  await page.goto("/dashboard/articles/new");
  await expect(title(page)).toHaveValue("");
  await expect(page.getByRole("region", { name: "An unsaved draft" })).toHaveCount(0);
});

test("a new article's first byline is the writer's own, not the first name in the alphabet", async ({ page }) => {
  const user = await loginAs(page, "EDITOR", { name: `Zoe Writer ${uniqueSuffix()}` });
  await page.goto("/dashboard/articles/new");
  await expect(page.getByLabel("Byline 1", { exact: true }).locator("option:checked")).toHaveText(user.name);
  await title(page).fill(`My Own Byline ${user.name}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const article = await db.article.findFirstOrThrow({ where: { title: `My Own Byline ${user.name}` }, select: { author: { select: { displayName: true } } } });
  expect(article.author.displayName).toBe(user.name);
});

test("an editor with no author profile yet starts with their own byline, which saving creates", async ({ page }) => {
  const suffix = uniqueSuffix();
  const password = `pw-${suffix}-long-enough`;
  const user = await createUser({ email: `new-editor-${suffix}@example.com`, name: `Yusuf Editor ${suffix}`, role: "EDITOR", password });
  expect(await postSignIn(page.request, { email: user.email, password, csrfToken: await csrfToken(page.request) })).toBe("signed-in");
  await page.goto("/dashboard/articles/new");
  await expect(page.getByLabel("Byline 1", { exact: true }).locator("option:checked")).toHaveText(`Yusuf Editor ${suffix} (you)`);
  await title(page).fill(`First Piece ${suffix}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  const article = await db.article.findFirstOrThrow({ where: { title: `First Piece ${suffix}` }, select: { author: { select: { displayName: true, userId: true } } } });
  expect(article.author).toEqual({ displayName: `Yusuf Editor ${suffix}`, userId: user.id });
  // From then on it is their byline on the list, chosen by default.
  await page.goto("/dashboard/articles/new");
  await expect(page.getByLabel("Byline 1", { exact: true }).locator("option:checked")).toHaveText(`Yusuf Editor ${suffix}`);
});

test("the slug hint shows the custom slug's address once one is typed", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await title(page).fill("Harbour Tolls Rise");
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/The address: \/articles\/harbour-tolls-rise\./);
  await page.getByLabel("Slug").fill("tolls-2027");
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/The address: \/articles\/tolls-2027\./);
  await page.getByLabel("Slug").fill("");
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(/The address: \/articles\/harbour-tolls-rise\./);
});

test("the schedule field says its time zone and is read on the site's clocks, not the browser's", async ({ page }) => {
  await loginAs(page, "EDITOR");
  const suffix = uniqueSuffix();
  await page.goto("/dashboard/articles/new");
  const when = page.getByLabel("Publish time (for Schedule)");
  await expect(when).toHaveAccessibleDescription(new RegExp(`Times are in ${SITE_ZONE.replace("/", "\\/")}`));
  await title(page).fill(`Budget Night ${suffix}`);
  await when.fill("2030-12-05T23:30:00");
  await page.getByRole("button", { name: "Schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Scheduled" })).toBeVisible();
  const article = await db.article.findFirstOrThrow({ where: { title: `Budget Night ${suffix}` }, select: { publishedAt: true } });
  expect(formatDateTimeInZone(article.publishedAt!, SITE_ZONE)).toBe("5 December 2030 at 23:30");
  // Reopened, the field shows the same time on the same clocks.
  await page.reload();
  await expect(page.getByLabel("Publish time (for Schedule)")).toHaveValue(/^2030-12-05T23:30(:00)?$/);
});
