import { expect, test } from "./fixtures";
import { createArticle, createAuthor, createCategory, uniqueSuffix } from "./factories";

test("the front page lists the latest published articles, newest first, with their details", async ({ page }) => {
  const suffix = uniqueSuffix();
  const author = await createAuthor({ displayName: `Home Writer ${suffix}` });
  const category = await createCategory({ name: `Home Desk ${suffix}` });
  const older = await createArticle({
    title: `Older home story ${suffix}`,
    authorId: author.id,
    categoryId: category.id,
    publishedAt: new Date(Date.now() - 1000),
  });
  const newer = await createArticle({
    title: `Newest home story ${suffix}`,
    standfirst: `What happened today, ${suffix}.`,
    authorId: author.id,
    categoryId: category.id,
    publishedAt: new Date(),
  });
  await createArticle({ title: `Unpublished home draft ${suffix}`, status: "DRAFT", authorId: author.id });

  await page.goto("/");
  const list = page.getByRole("list", { name: "Latest articles" });
  const items = list.getByRole("listitem");
  await expect(items.nth(0).getByRole("heading", { name: newer.title })).toBeVisible();
  // Newest first (another test may have published in between these two; order is what counts).
  const headings = await list.getByRole("heading").allTextContents();
  expect(headings.indexOf(older.title)).toBeGreaterThan(headings.indexOf(newer.title));

  const lead = items.nth(0);
  await expect(lead.getByText(`What happened today, ${suffix}.`)).toBeVisible();
  await expect(lead.getByRole("link", { name: author.displayName })).toHaveAttribute("href", `/authors/${author.handle}`);
  await expect(lead.getByRole("link", { name: category.name })).toHaveAttribute("href", `/category/${category.slug}`);
  await expect(lead.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}T/);
  await expect(page.getByText(`Unpublished home draft ${suffix}`)).toHaveCount(0);

  await lead.getByRole("link", { name: newer.title }).click();
  await expect(page).toHaveURL(`/articles/${newer.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(newer.title);
});

test("the front page is paginated with ?page=N and answers 404 past the last page", async ({ page }) => {
  await page.goto("/");
  const pages = page.getByRole("navigation", { name: "Latest articles, pages" });
  await expect(pages.getByText(/^Page 1 of \d+$/)).toBeVisible();
  await expect(pages.getByRole("link", { name: /Newer/ })).toHaveCount(0);
  const firstOnPageOne = await page.getByRole("list", { name: "Latest articles" }).getByRole("heading").first().textContent();

  await pages.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL("/?page=2");
  await expect(pages.getByText(/^Page 2 of \d+$/)).toBeVisible();
  const headings = page.getByRole("list", { name: "Latest articles" }).getByRole("heading");
  await expect(headings).toHaveCount(10);
  await expect(headings.first()).not.toHaveText(firstOnPageOne!);

  await pages.getByRole("link", { name: /Newer/ }).click();
  await expect(page).toHaveURL("/");

  const totalText = await pages.getByText(/^Page \d+ of \d+$/).textContent();
  const lastPage = Number(totalText!.match(/of (\d+)/)![1]);
  const response = await page.goto(`/?page=${lastPage + 1}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});
