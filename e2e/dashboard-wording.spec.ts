import { db } from "../lib/db";
import { uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

test("the newsletter page says “1 article to 0 subscribers”, in the plural only where English has one", async ({ page }) => {
  const suffix = uniqueSuffix();
  const periodEnd = new Date();
  await db.newsletterIssue.create({
    data: {
      period: `DAILY:plural-one-${suffix}`,
      frequency: "DAILY",
      subject: `Gazette daily ${suffix}`,
      html: "<p>One story</p>",
      text: "One story",
      articleCount: 1,
      recipientCount: 0,
      periodStart: new Date(periodEnd.getTime() - 24 * 60 * 60 * 1000),
      periodEnd,
    },
  });
  await db.newsletterIssue.create({
    data: {
      period: `DAILY:plural-many-${suffix}`,
      frequency: "DAILY",
      subject: `Gazette weekly ${suffix}`,
      html: "<p>Stories</p>",
      text: "Stories",
      articleCount: 3,
      recipientCount: 1,
      periodStart: new Date(periodEnd.getTime() - 24 * 60 * 60 * 1000),
      periodEnd,
    },
  });
  await loginAs(page, "ADMIN");
  await page.goto("/dashboard/newsletter");
  const issues = page.getByRole("region", { name: "Recent issues" });
  await expect(issues.getByText(`Gazette daily ${suffix}: 1 article to 0 subscribers`)).toBeVisible();
  await expect(issues.getByText(`Gazette weekly ${suffix}: 3 articles to 1 subscriber`)).toBeVisible();
});

test("the demo's pending replies are dated in the past, as the moderators' queue shows them", async ({ page }) => {
  await loginAs(page, "MODERATOR");
  await page.goto("/dashboard/moderation");
  const queue = page.getByRole("main");
  await expect(queue.locator("time").first()).toBeVisible();
  const now = Date.now();
  const dates = await queue.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(Date.parse(date), `${date} is in the future`).toBeLessThanOrEqual(now);
});
