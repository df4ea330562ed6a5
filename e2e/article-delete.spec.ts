import { expect, loginAs, test } from "./fixtures";
import { db } from "../lib/db";
import { createArticle, createReply, uniqueSuffix } from "./factories";

// "Delete article" on the editor's page: for good, editors only, and never on one click
// (e2e/request-path.spec.ts checks that no reader gets the article once the editor is told).

test("an editor deletes an article only once the box is ticked; it leaves the site and the dashboard with its replies", async ({ page, request }) => {
  const article = await createArticle({ title: `Deleted for good ${uniqueSuffix()}` });
  await createReply({ articleId: article.id, body: `A reply that goes with it ${uniqueSuffix()}` });
  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });

  const panel = page.getByRole("form", { name: "Delete article" });
  await panel.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(panel.getByText("Tick the box to confirm")).toBeVisible();
  await expect(panel.getByLabel("Yes, delete this article for good")).toHaveAttribute("aria-invalid", "true");
  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(200);

  await panel.getByLabel("Yes, delete this article for good").check();
  await panel.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page).toHaveURL(/\/dashboard\/articles\?deleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Deleted." })).toBeVisible();

  expect((await request.get(`/articles/${article.slug}`)).status()).toBe(404);
  await page.goto(`/dashboard/articles?q=${encodeURIComponent(article.title)}`);
  await expect(page.getByText("No articles match.")).toBeVisible();
  const gone = await page.goto(`/dashboard/articles/${article.id}/edit`);
  expect(gone?.status()).toBe(404);
});

test("authors see no way to delete, not even their own draft", async ({ page }) => {
  const user = await loginAs(page, "AUTHOR");
  const author = await db.author.findFirstOrThrow({ where: { userId: user.id }, select: { id: true } });
  const draft = await createArticle({ title: `Mine to keep ${uniqueSuffix()}`, status: "DRAFT", authorId: author.id });
  await page.goto(`/dashboard/articles/${draft.id}/edit`);
  await expect(page.getByRole("button", { name: "Save draft" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Delete article" })).toHaveCount(0);
});
