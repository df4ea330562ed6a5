import { db } from "../lib/db";
import { createArticle, createAuthor, uniqueSuffix } from "./factories";
import { expect, loginAs, makeUser, signIn, test } from "./fixtures";

test("an editor adds a co-author and publishes: both bylines on the article, the article on both author pages and feeds", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const first = await createAuthor({ displayName: `Marta Chen ${suffix}` });
  const second = await createAuthor({ displayName: `Amara Okoye ${suffix}` });
  const third = await createAuthor({ displayName: `Priya Rao ${suffix}` });
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Two Desks One Story ${suffix}`);
  await page.getByLabel("Body").fill("Reported from two cities.");
  await page.getByLabel("Byline 1").selectOption({ label: first.displayName });
  await page.getByRole("button", { name: "Add a byline" }).click();
  await page.getByLabel("Byline 2").selectOption({ label: third.displayName });
  await page.getByRole("button", { name: "Add a byline" }).click();
  await page.getByLabel("Byline 3").selectOption({ label: second.displayName });
  // Reorder and remove: Priya moves last, then goes.
  await page.getByRole("button", { name: `Move ${third.displayName} down` }).click();
  await expect(page.getByLabel("Byline 2")).toHaveValue(second.id);
  await expect(page.getByLabel("Byline 3")).toHaveValue(third.id);
  await page.getByRole("button", { name: `Remove ${third.displayName}` }).click();
  await expect(page.getByLabel("Byline 3")).toHaveCount(0);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();

  const article = await db.article.findFirstOrThrow({ where: { title: `Two Desks One Story ${suffix}` }, select: { slug: true, authorId: true } });
  expect(article.authorId).toBe(first.id);
  const reader = await browser.newPage();
  await reader.goto(`/articles/${article.slug}`);
  await expect(reader.getByText(`By ${first.displayName} and ${second.displayName}`)).toBeVisible();
  await expect(reader.getByRole("link", { name: second.displayName, exact: true }).first()).toHaveAttribute("href", `/authors/${second.handle}`);
  await expect(reader.getByRole("heading", { name: `About ${second.displayName}` })).toBeVisible();
  const jsonLd = await reader.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")));
  const news = jsonLd.find((data) => data["@type"] === "NewsArticle");
  expect(news.author.map((person: { "@type": string; name: string }) => [person["@type"], person.name])).toEqual([
    ["Person", first.displayName],
    ["Person", second.displayName],
  ]);

  for (const author of [first, second]) {
    await reader.goto(`/authors/${author.handle}`);
    await expect(reader.getByRole("link", { name: `Two Desks One Story ${suffix}` })).toBeVisible();
    const feed = await reader.request.get(`/authors/${author.handle}/feed.xml`);
    const rss = await feed.text();
    expect(rss).toContain(`Two Desks One Story ${suffix}`);
    expect(rss).toContain(`<dc:creator>${first.displayName}</dc:creator>`);
    expect(rss).toContain(`<dc:creator>${second.displayName}</dc:creator>`);
  }
  await reader.goto(`/authors/${third.handle}`);
  await expect(reader.getByRole("link", { name: `Two Desks One Story ${suffix}` })).toHaveCount(0);
  await reader.close();
});

test("an author may edit an article on which they have a second byline, and no other", async ({ page }) => {
  const suffix = uniqueSuffix();
  const author = await makeUser("AUTHOR");
  const profile = await db.author.findFirstOrThrow({ where: { userId: author.id }, select: { id: true } });
  const lead = await createAuthor({ displayName: `Lead ${suffix}` });
  const shared = await createArticle({ title: `Shared draft ${suffix}`, status: "DRAFT", authorId: lead.id, coAuthorIds: [profile.id] });
  const notMine = await createArticle({ title: `Not mine ${suffix}`, status: "DRAFT", authorId: lead.id });
  await signIn(page, author);
  await page.goto("/dashboard/articles");
  await expect(page.getByRole("link", { name: `Shared draft ${suffix}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Not mine ${suffix}` })).toHaveCount(0);
  await page.goto(`/dashboard/articles/${shared.id}/edit`);
  await page.getByLabel("Standfirst").fill(`Written by two ${suffix}.`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Saved." })).toBeVisible();
  // Saving as an author keeps the bylines as they were (the lead stays first).
  const bylines = await db.articleByline.findMany({ where: { articleId: shared.id }, orderBy: { position: "asc" }, select: { authorId: true } });
  expect(bylines.map((byline) => byline.authorId)).toEqual([lead.id, profile.id]);
  expect((await db.article.findUniqueOrThrow({ where: { id: shared.id }, select: { authorId: true } })).authorId).toBe(lead.id);
  const response = await page.goto(`/dashboard/articles/${notMine.id}/edit`);
  expect(response?.status()).toBe(404);
});

test("forged bylines are refused at the field and the article keeps its own", async ({ page }) => {
  const suffix = uniqueSuffix();
  const lead = await createAuthor({ displayName: `Forge Lead ${suffix}` });
  const article = await createArticle({ title: `Forged bylines ${suffix}`, authorId: lead.id });
  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });
  for (const forged of ["no-such-author", `${lead.id},../../x`, Array.from({ length: 11 }, (_, n) => `author${n}`).join(",")]) {
    await page.locator('input[name="bylines"]').evaluate((input: HTMLInputElement, value) => (input.value = value), forged);
    await page.getByRole("button", { name: "Update" }).click();
    await expect(page.getByText(/Choose authors from the list\.|Use at most 10 bylines\./)).toBeVisible();
  }
  const bylines = await db.articleByline.findMany({ where: { articleId: article.id }, select: { authorId: true } });
  expect(bylines).toEqual([{ authorId: lead.id }]);
});
