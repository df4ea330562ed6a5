import { expect, test } from "./fixtures";
import { createArticle, uniqueSuffix } from "./factories";

const HOUR = 60 * 60 * 1000;

const hidden = [
  { label: "a draft", status: "DRAFT", publishedAt: null },
  { label: "an article in review", status: "IN_REVIEW", publishedAt: null },
  { label: "an article scheduled for the future", status: "SCHEDULED", publishedAt: new Date(Date.now() + 24 * HOUR) },
  { label: "an archived article", status: "ARCHIVED", publishedAt: new Date(Date.now() - 24 * HOUR) },
  { label: "a published article dated in the future", status: "PUBLISHED", publishedAt: new Date(Date.now() + 24 * HOUR) },
] as const;

for (const { label, status, publishedAt } of hidden) {
  test(`${label} answers 404 and is listed nowhere`, async ({ page }) => {
    const suffix = uniqueSuffix();
    const article = await createArticle({ title: `Hidden ${status} ${suffix}`, status, publishedAt });

    const response = await page.goto(`/articles/${article.slug}`);
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByText(article.title)).toHaveCount(0);

    await page.goto("/");
    await expect(page.getByText(article.title)).toHaveCount(0);
  });
}

test("a scheduled article whose time has come is public without anyone touching it", async ({ page }) => {
  const article = await createArticle({ status: "SCHEDULED", publishedAt: new Date(Date.now() - 1000) });
  const response = await page.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
});

test("an address that matches nothing answers with the 404 page", async ({ page }) => {
  for (const path of ["/no-such-page", "/articles/no-such-article", "/authors/nobody-at-all", "/category/none", "/tag/none"]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Go to the front page" })).toBeVisible();
  }
});
