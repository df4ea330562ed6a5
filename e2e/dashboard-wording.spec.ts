import { db } from "../lib/db";
import { formatDateTimeInZone } from "../lib/format-core";
import { createArticle, createReply, uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

// The site's zone as the test server runs it (SITE_TIME_ZONE, UTC unset). The browser is elsewhere,
// with American habits: the dashboard must still write dates and times the site's way.
const SITE_ZONE = process.env.SITE_TIME_ZONE || "UTC";
test.use({ timezoneId: "America/New_York", locale: "en-US" });

/** A newsletter issue as the sender records it: `articleCount` stories to `recipientCount` subscribers. */
async function recordIssue(subject: string, counts: { articleCount: number; recipientCount: number }) {
  const periodEnd = new Date();
  await db.newsletterIssue.create({
    data: {
      period: `DAILY:${subject}`,
      frequency: "DAILY",
      subject,
      html: "<p>Stories</p>",
      text: "Stories",
      ...counts,
      periodStart: new Date(periodEnd.getTime() - 24 * 60 * 60 * 1000),
      periodEnd,
    },
  });
}

test("the newsletter page says “1 article to 0 subscribers”, in the plural only where English has one", async ({ page }) => {
  const suffix = uniqueSuffix();
  await recordIssue(`Gazette daily ${suffix}`, { articleCount: 1, recipientCount: 0 });
  await recordIssue(`Gazette weekly ${suffix}`, { articleCount: 3, recipientCount: 1 });
  await loginAs(page, "ADMIN", { open: "/dashboard/newsletter" });
  const issues = page.getByRole("region", { name: "Recent issues" });
  await expect(issues.getByText(`Gazette daily ${suffix}: 1 article to 0 subscribers`)).toBeVisible();
  await expect(issues.getByText(`Gazette weekly ${suffix}: 3 articles to 1 subscriber`)).toBeVisible();
});

test("the demo's pending replies are dated in the past, as the moderators' queue shows them", async ({ page }) => {
  await loginAs(page, "MODERATOR", { open: "/dashboard/moderation" });
  const queue = page.getByRole("main");
  await expect(queue.locator("time").first()).toBeVisible();
  const now = Date.now();
  const dates = await queue.locator("time").evaluateAll((times) => times.map((time) => time.getAttribute("datetime")!));
  expect(dates.length).toBeGreaterThan(0);
  for (const date of dates) expect(Date.parse(date), `${date} is in the future`).toBeLessThanOrEqual(now);
});

test("the moderation queue writes when a reply came on the site's clocks, as the rest of the dashboard does, not the browser's", async ({ page }) => {
  const article = await createArticle();
  const receivedAt = new Date(Date.now() - 30_000);
  const reply = await createReply({ articleId: article.id, authorName: `Zone Reader ${uniqueSuffix()}`, status: "PENDING", createdAt: receivedAt });
  await loginAs(page, "MODERATOR", { open: "/dashboard/moderation" });
  const item = page.getByRole("article", { name: `Reply by ${reply.authorName}` });
  const written = formatDateTimeInZone(receivedAt, SITE_ZONE);
  await expect(item.locator("time")).toHaveText(written);
  // Not the browser's zone, nor its habits ("12/5/2026, 6:30 PM").
  expect(written).not.toBe(formatDateTimeInZone(receivedAt, "America/New_York"));
  await expect(item.locator("time")).not.toHaveText(/AM|PM|\//);
});
