import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, otherSession, signIn, test } from "./fixtures";

/** Sign out and wait for the sign-in page: the next navigation must not race the action's redirect. */
async function signOut(page: Page) {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
}

async function expectForbidden(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(403);
  await expect(page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
}

test("each role reaches its own parts of the dashboard and is refused the rest", async ({ page }) => {
  await loginAs(page, "MODERATOR");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Articles" })).toHaveCount(0);
  await expect(page.getByRole("list", { name: "At a glance" }).getByText("Pending replies")).toBeVisible();
  for (const path of ["/dashboard/articles", "/dashboard/articles/new", "/dashboard/taxonomy", "/dashboard/users"]) await expectForbidden(page, path);
  // A route handler refuses as every route does (lib/actions/route-guard.ts): 403 with its reason as JSON.
  const original = await page.request.get("/dashboard/media/any-image/original");
  expect(original.status()).toBe(403);
  expect(await original.json()).toEqual({ error: expect.any(String) });
  await signOut(page);

  await loginAs(page, "AUTHOR");
  await expect(page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Users" })).toHaveCount(0);
  for (const path of ["/dashboard/taxonomy", "/dashboard/users"]) await expectForbidden(page, path);
  expect((await page.goto("/dashboard/articles/new"))?.status()).toBe(200);
  await signOut(page);

  await loginAs(page, "EDITOR");
  await expectForbidden(page, "/dashboard/users");
  expect((await page.goto("/dashboard/taxonomy"))?.status()).toBe(200);
  await signOut(page);

  await loginAs(page, "ADMIN");
  expect((await page.goto("/dashboard/users"))?.status()).toBe(200);
});

test("authors see and edit only their own articles", async ({ page }) => {
  const author = await loginAs(page, "AUTHOR");
  const mine = await db.author.findUniqueOrThrow({ where: { userId: author.id } });
  const own = await createArticle({ title: `Mine ${uniqueSuffix()}`, authorId: mine.id, status: "DRAFT" });
  const theirs = await createArticle({ title: `Theirs ${uniqueSuffix()}`, status: "DRAFT" });
  await page.goto("/dashboard/articles");
  await expect(page.getByRole("link", { name: own.title })).toBeVisible();
  await expect(page.getByRole("link", { name: theirs.title })).toHaveCount(0);
  expect((await page.goto(`/dashboard/articles/${theirs.id}/edit`))?.status()).toBe(404);
});

test("server actions refuse a caller without a session, whatever the page showed", { tag: "@once" }, async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`No session ${suffix}`);
  // The session ends (cookie gone) while the form is open; the action must check for itself.
  await page.context().clearCookies();
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Please sign in." })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(`No session ${suffix}`);
  expect(await db.article.count({ where: { title: `No session ${suffix}` } })).toBe(0);
});

test("server actions refuse a signed-in caller whose role lacks the permission", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "ADMIN", { open: "/dashboard/users" });

  // Swap the admin's session for an author's while the admin-only form is on screen.
  const author = await otherSession(browser, "AUTHOR");
  await page.context().clearCookies();
  await page.context().addCookies(await author.context.cookies());
  await page.getByLabel("Name").fill(`Intruder ${suffix}`);
  await page.getByLabel("Email").fill(`intruder-${suffix}@example.com`);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You do not have permission to do that." })).toBeVisible();
  expect(await db.user.count({ where: { email: `intruder-${suffix}@example.com` } })).toBe(0);
  await author.context.close();
});

test("an author cannot publish or archive even by sending the intent to the action", async ({ page }) => {
  const author = await loginAs(page, "AUTHOR");
  const profile = await db.author.findUniqueOrThrow({ where: { userId: author.id } });
  const draft = await createArticle({ title: `Sneaky ${uniqueSuffix()}`, authorId: profile.id, status: "DRAFT" });
  await page.goto(`/dashboard/articles/${draft.id}/edit`);
  await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Archive" })).toHaveCount(0);
  for (const intent of ["publish", "archive"]) {
    // Forge the button the UI does not offer.
    await page.evaluate((value) => {
      const button = document.createElement("button");
      button.type = "submit";
      button.name = "intent";
      button.value = value;
      button.textContent = `Forged ${value}`;
      document.querySelector('form[aria-label="Article editor"]')!.append(button);
    }, intent);
    await page.getByRole("button", { name: `Forged ${intent}` }).click();
    await expect(page.getByRole("status").filter({ hasText: "Only editors can publish" })).toBeVisible();
    expect((await db.article.findUniqueOrThrow({ where: { id: draft.id } })).status).toBe("DRAFT");
    await page.reload();
  }
});

test("the overview counts drafts, reviews, scheduled and today's articles", async ({ page }) => {
  const editor = await loginAs(page, "EDITOR");
  const glance = page.getByRole("list", { name: "At a glance" });
  const count = async (label: string) => Number(await glance.getByRole("listitem").filter({ hasText: label }).locator("p").first().textContent());
  await page.goto("/dashboard");
  const before = { drafts: await count("Drafts"), review: await count("In review"), scheduled: await count("Scheduled"), today: await count("Published today") };
  await createArticle({ status: "DRAFT" });
  await createArticle({ status: "IN_REVIEW" });
  await createArticle({ status: "SCHEDULED", publishedAt: new Date(Date.now() + 86_400_000) });
  await createArticle({ status: "PUBLISHED", publishedAt: new Date() });
  await page.reload();
  expect(await count("Drafts")).toBe(before.drafts + 1);
  expect(await count("In review")).toBe(before.review + 1);
  expect(await count("Scheduled")).toBe(before.scheduled + 1);
  expect(await count("Published today")).toBe(before.today + 1);
  expect(editor.role).toBe("EDITOR");
});

test("the article list filters by status, searches titles and paginates", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR");
  await createArticle({ title: `Zebra Crossing ${suffix}`, status: "DRAFT" });
  await createArticle({ title: `zebra habitats ${suffix}`, status: "PUBLISHED" });
  await page.goto("/dashboard/articles");
  await page.getByRole("searchbox", { name: "Search by title" }).fill(`ZEBRA`);
  await page.getByRole("button", { name: "Search" }).click();
  const table = page.getByRole("table");
  await expect(table.getByRole("link", { name: `Zebra Crossing ${suffix}` })).toBeVisible();
  await expect(table.getByRole("link", { name: `zebra habitats ${suffix}` })).toBeVisible();
  await page.getByRole("navigation", { name: "Filter by status" }).getByRole("link", { name: "Drafts" }).click();
  await expect(page).toHaveURL(/status=draft/);
  await expect(table.getByRole("link", { name: `Zebra Crossing ${suffix}` })).toBeVisible();
  await expect(table.getByRole("link", { name: `zebra habitats ${suffix}` })).toHaveCount(0);
  const row = table.getByRole("row").filter({ hasText: `Zebra Crossing ${suffix}` });
  await expect(row.getByText("Draft", { exact: true })).toBeVisible();

  await page.goto("/dashboard/articles?status=published");
  await expect(page.getByRole("navigation", { name: "Article list pages" }).getByText(/^Page 1 of \d+$/)).toBeVisible();
  await page.getByRole("navigation", { name: "Article list pages" }).getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(/status=published&page=2/);
});

test("dashboard, article list and editor have no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page }) => {
  // axe over several whole pages: slow on a busy machine, not a measure of anything.
  test.slow();
  await loginAs(page, "ADMIN");
  const article = await createArticle();
  for (const path of ["/dashboard", "/dashboard/articles", "/dashboard/articles/new", `/dashboard/articles/${article.id}/edit`, "/dashboard/users", "/dashboard/profile", "/dashboard/taxonomy"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});

test("an admin invites a user, whose invitation waits in the outbox while no mail server answers", async ({ page, browser }) => {
  test.slow(); // two people, three sign-ins
  const suffix = uniqueSuffix();
  await loginAs(page, "ADMIN", { open: "/dashboard/users" });
  await page.getByLabel("Name").fill(`New Reporter ${suffix}`);
  await page.getByLabel("Email").fill(`new-${suffix}@example.com`);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to New Reporter ${suffix}` })).toBeVisible();

  // The test server's SMTP_URL points at a server that only runs during the mail specs: the
  // invitation waits in the outbox, where an administrator can read it (as on a laptop without mail).
  await page.goto("/dashboard/outbox");
  await page.getByRole("row").filter({ hasText: `new-${suffix}@example.com` }).getByRole("link", { name: /invited you/ }).click();
  const link = await page.getByRole("link", { name: /\/login\/welcome\?token=/ }).getAttribute("href");
  await page.goto("/dashboard/users");

  await page.getByRole("combobox", { name: `Role of New Reporter ${suffix}` }).selectOption("AUTHOR");
  await page.getByRole("row").filter({ hasText: `New Reporter ${suffix}` }).getByRole("button", { name: "Change role" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Role changed." })).toBeVisible();
  expect((await db.user.findUniqueOrThrow({ where: { email: `new-${suffix}@example.com` } })).role).toBe("AUTHOR");

  const context = await browser.newContext();
  const newcomer = await context.newPage();
  await newcomer.goto(link!);
  await newcomer.getByLabel(/^New password/).fill("a much better password");
  await newcomer.getByLabel("Confirm new password").fill("a much better password");
  await newcomer.getByRole("button", { name: "Choose password" }).click();
  await expect(newcomer).toHaveURL(/\/login\?welcome=1/);
  await signIn(newcomer, { email: `new-${suffix}@example.com`, password: "a much better password" });
  await expect(newcomer.getByText("You signed in with a one-time password.")).toHaveCount(0);
  expect((await newcomer.goto("/dashboard/articles/new"))?.status()).toBe(200);

  // Deactivated, then reactivated: they can sign in again.
  await page.getByRole("button", { name: `Deactivate New Reporter ${suffix}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Deactivated." })).toBeVisible();
  await newcomer.goto("/dashboard");
  await expect(newcomer).toHaveURL(/\/login/);
  await page.getByRole("button", { name: `Reactivate New Reporter ${suffix}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Reactivated." })).toBeVisible();
  await signIn(newcomer, { email: `new-${suffix}@example.com`, password: "a much better password" });
  await context.close();
});

test("everyone edits their own profile, and readers see it on the author page", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "AUTHOR", { open: "/dashboard/profile" });
  await page.getByLabel("Display name").fill(`Renamed Writer ${suffix}`);
  await page.getByLabel("Handle").fill(`renamed-writer-${suffix}`);
  await page.getByLabel("Bio").fill("Writes about bridges.");
  await page.getByLabel("Website").fill("https://example.org/renamed");
  await page.getByLabel("Social links").fill("Mastodon https://mastodon.example/@renamed\nnot a link");
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByLabel("Social links")).toHaveAccessibleDescription(/Line 2/);
  await expect(page.getByLabel("Bio")).toHaveValue("Writes about bridges.");
  await page.getByLabel("Social links").fill("Mastodon https://mastodon.example/@renamed");
  await page.getByLabel("Avatar").setInputFiles({
    name: "me.png",
    mimeType: "image/png",
    buffer: Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64"),
  });
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Profile saved." })).toBeVisible();

  await page.goto(`/authors/renamed-writer-${suffix}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Renamed Writer ${suffix}`);
  await expect(page.getByText("Writes about bridges.")).toBeVisible();
  await expect(page.getByRole("link", { name: "Mastodon" })).toHaveAttribute("href", "https://mastodon.example/@renamed");
  const avatar = page.getByRole("main").locator('img[src^="/uploads/"]');
  await expect(avatar).toBeVisible();
  expect((await page.request.get((await avatar.getAttribute("src"))!)).status()).toBe(200);

  // Below the fold, in the author box under an article, the avatar loads lazily.
  const author = await db.author.findUniqueOrThrow({ where: { handle: `renamed-writer-${suffix}` }, select: { id: true } });
  const article = await createArticle({ authorId: author.id });
  await page.goto(`/articles/${article.slug}`);
  const boxed = page.getByRole("complementary", { name: `About Renamed Writer ${suffix}` }).locator("img");
  await expect(boxed).toHaveAttribute("loading", "lazy");
  await expect(boxed).toHaveAttribute("width", "72");
});

test("a wrong current password is refused next to the field", async ({ page }) => {
  await loginAs(page, "MODERATOR", { open: "/dashboard/profile" });
  await page.getByLabel("Current password").fill("wrong");
  await page.getByLabel(/^New password/).fill("long enough password");
  await page.getByLabel("Confirm new password").fill("long enough password");
  await page.getByRole("button", { name: "Change password" }).click();
  await expect(page.getByLabel("Current password")).toHaveAccessibleDescription("That is not your current password.");
});

test("editors create, rename, merge and delete categories and tags, and articles keep working", async ({ page }) => {
  test.slow(); // a long journey: a dozen forms and reader pages, about half the default time on a quiet machine
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR", { open: "/dashboard/taxonomy" });
  const categories = page.getByRole("region", { name: "Categories" });
  await categories.getByLabel("New category").fill(`Harbours ${suffix}`);
  await categories.getByRole("button", { name: "Add category" }).click();
  await expect(categories.getByRole("status").filter({ hasText: `Category “Harbours ${suffix}” created.` })).toBeVisible();
  await categories.getByLabel("New category").fill(`Ports ${suffix}`);
  await categories.getByRole("button", { name: "Add category" }).click();
  await expect(categories.getByRole("listitem").filter({ hasText: `Ports ${suffix} (0 articles)` })).toBeVisible();

  const harbours = await db.category.findFirstOrThrow({ where: { name: `Harbours ${suffix}` } });
  const article = await createArticle({ categoryId: harbours.id });

  await page.reload();
  const harboursRow = categories.getByRole("listitem").filter({ hasText: `Harbours ${suffix} (1 article)` });
  await harboursRow.getByLabel(`Rename Harbours ${suffix}`).fill(`Harbours and Docks ${suffix}`);
  await harboursRow.getByRole("button", { name: "Rename" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Renamed to “Harbours and Docks ${suffix}”.` })).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("main").getByRole("link", { name: `Harbours and Docks ${suffix}` })).toBeVisible();

  await page.goto("/dashboard/taxonomy");
  await categories.getByRole("combobox", { name: "Merge category" }).selectOption({ label: `Harbours and Docks ${suffix}` });
  await categories.getByRole("combobox", { name: "into" }).selectOption({ label: `Ports ${suffix}` });
  await categories.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("status").filter({ hasText: /merged\. Their articles moved across\./ })).toBeVisible();
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("main").getByRole("link", { name: `Ports ${suffix}` })).toBeVisible();

  await page.goto("/dashboard/taxonomy");
  await categories.getByRole("button", { name: `Delete Ports ${suffix}` }).click();
  await expect(page.getByRole("status").filter({ hasText: "Category deleted." })).toBeVisible();
  const response = await page.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);

  // Tags: created on the fly by the editor, merged here.
  const tags = page.getByRole("region", { name: "Tags" });
  await page.goto("/dashboard/taxonomy");
  await tags.getByLabel("New tag").fill(`Ferries ${suffix}`);
  await tags.getByRole("button", { name: "Add tag" }).click();
  // Wait for each answer: the form clears itself when it comes, and would clear the next name too.
  await expect(tags.getByRole("status").filter({ hasText: `Tag “Ferries ${suffix}” created.` })).toBeVisible();
  await tags.getByLabel("New tag").fill(`Boats ${suffix}`);
  await tags.getByRole("button", { name: "Add tag" }).click();
  await expect(tags.getByRole("status").filter({ hasText: `Tag “Boats ${suffix}” created.` })).toBeVisible();
  const ferries = await db.tag.findFirstOrThrow({ where: { name: `Ferries ${suffix}` } });
  const tagged = await createArticle({ tagIds: [ferries.id] });
  await page.reload();
  await tags.getByRole("combobox", { name: "Merge tag" }).selectOption({ label: `Ferries ${suffix}` });
  await tags.getByRole("combobox", { name: "into" }).selectOption({ label: `Boats ${suffix}` });
  await tags.getByRole("button", { name: "Merge" }).click();
  await expect(page.getByRole("status").filter({ hasText: /merged\. Their articles moved across\./ })).toBeVisible();
  await page.goto(`/articles/${tagged.slug}`);
  await expect(page.getByRole("navigation", { name: "Tags" }).getByRole("link", { name: `Boats ${suffix}` })).toBeVisible();
});

test("a form already open refuses to save while a one-time password is in use, and keeps what was typed", async ({ page }) => {
  const user = await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill("Typed before the password was reset");
  // An administrator resets this account to a one-time password while the editor is open.
  await db.user.update({ where: { id: user.id }, data: { mustChangePassword: true } });
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("You signed in with a one-time password: choose your own password on your profile page first.")).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue("Typed before the password was reset");
  expect(await db.article.count({ where: { title: "Typed before the password was reset" } })).toBe(0);
});
