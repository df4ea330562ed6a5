import { expect, test } from "@playwright/test";
import { createArticle, uniqueSuffix } from "../factories";
import { loginAs } from "../fixtures";
import { instanceUrl } from "./load";

// Live coverage in a fleet: an update posted on one instance reaches a reader whose page,
// and so whose polls, are on the other instance, within the 10 seconds (the changes travel
// through the shared cache's tag expirations in Redis; docs/decisions/037-live-coverage.md).

test("an update posted on one instance reaches a reader polling the other within 10 seconds", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Fleet live ${suffix}` });
  const [one, two] = [instanceUrl(0), instanceUrl(1)];

  await loginAs(page, "EDITOR");
  await page.goto(`${one}/dashboard/articles/${article.id}/edit`);
  await page.getByRole("checkbox", { name: "Live coverage" }).click();
  await expect(page).toHaveURL(`${one}/dashboard/articles/${article.id}/live`);

  const readerContext = await browser.newContext();
  const reader = await readerContext.newPage();
  await reader.goto(`${two}/articles/${article.slug}`);
  await expect(reader.locator("html[data-hydrated]")).toBeAttached();
  await expect(reader.getByText("No updates yet.")).toBeVisible();

  await page.getByLabel("Headline").fill(`Posted on one ${suffix}`);
  const box = page.getByRole("textbox", { name: "Update", exact: true });
  await box.click();
  await page.keyboard.type("Seen on two.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible();
  // The production interval (3 s) applies in the fleet: within the 10 seconds.
  await expect(reader.getByRole("article", { name: `Posted on one ${suffix}` })).toContainText("Seen on two.", { timeout: 10_000 });

  const latest = await fetch(`${two}/live/${article.id}/latest.json`);
  expect(((await latest.json()) as { seq: number }).seq).toBe(1);
  await readerContext.close();
});
