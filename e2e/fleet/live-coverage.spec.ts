import { expect, test } from "@playwright/test";
import { createArticle, uniqueSuffix } from "../factories";
import { loginAs } from "../fixtures";
import { instanceUrl, publicUrl } from "./load";

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

// What makes it scale: nginx (docs/deploy/nginx.conf, location /live/) keeps a coverage's "latest"
// answer as long as its Cache-Control says and, when it expires, lets one request fetch the new one
// while the others get the copy it replaces. A burst of readers' polls therefore costs the instances at
// most one answer, before and after an update, and the update still reaches the readers in time.
test("readers polling through nginx share one answer per expiry, and still see an update within 10 seconds", async ({ page }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Fleet live polls ${suffix}` });
  await loginAs(page, "EDITOR");
  await page.goto(`${instanceUrl(0)}/dashboard/articles/${article.id}/edit`);
  await page.getByRole("checkbox", { name: "Live coverage" }).click();
  await expect(page).toHaveURL(`${instanceUrl(0)}/dashboard/articles/${article.id}/live`);

  const latest = `${publicUrl}/live/${article.id}/latest.json`;
  const burst = async () => {
    const answers = await Promise.all(Array.from({ length: 40 }, () => fetch(latest)));
    return Promise.all(answers.map(async (answer) => ({ cache: answer.headers.get("x-cache-status"), seq: ((await answer.json()) as { seq: number }).seq })));
  };
  const askedInstances = (answers: { cache: string | null }[]) => answers.filter((answer) => answer.cache === "MISS" || answer.cache === "EXPIRED" || answer.cache === "BYPASS").length;

  const first = await burst();
  expect(first.every((answer) => answer.seq === 0)).toBe(true);
  expect(askedInstances(first)).toBeLessThanOrEqual(1);

  await page.getByLabel("Headline").fill(`Through nginx ${suffix}`);
  await page.getByRole("textbox", { name: "Update", exact: true }).click();
  await page.keyboard.type("Every reader, one answer.");
  await page.getByRole("button", { name: "Post update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Update posted." })).toBeVisible();

  // Bursts until the readers have the update; then: no burst asked the instances more than once.
  const asked: number[] = [];
  await expect(async () => {
    const answers = await burst();
    asked.push(askedInstances(answers));
    expect(answers.some((answer) => answer.seq === 1)).toBe(true);
  }).toPass({ timeout: 10_000 });
  expect(Math.max(...asked)).toBeLessThanOrEqual(1);
});
