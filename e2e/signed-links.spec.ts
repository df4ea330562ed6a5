// A newsletter confirmation link expires after 7 days; the page says so and offers to subscribe
// again. The token is made with the site's own signing function and an injected clock.

import { db } from "../lib/db";
import { expect, test } from "./fixtures";
import { CONFIRM_LINK_LIFETIME_MS, signLink } from "../lib/mail/tokens";
import { uniqueSuffix } from "./factories";

const secret = () => process.env.AUTH_SECRET!;

test("an expired confirmation link says it expired, changes nothing, and offers to subscribe again", async ({ page }) => {
  const subscriber = await db.newsletterSubscriber.create({ data: { email: `late-${uniqueSuffix()}@example.net`, frequency: "WEEKLY" }, select: { id: true } });
  const eightDaysAgo = new Date(Date.now() - CONFIRM_LINK_LIFETIME_MS - 24 * 60 * 60 * 1000);
  await page.goto(`/email/confirm?t=${signLink("newsletter-confirm", subscriber.id, secret(), eightDaysAgo)}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Confirm");
  await expect(page.getByText("This confirmation link has expired")).toBeVisible();
  await expect(page.getByRole("button", { name: "Confirm subscription" })).toHaveCount(0);
  await page.getByRole("link", { name: "Subscribe again" }).click();
  await expect(page).toHaveURL(/\/newsletter$/);
  await expect(page.getByRole("form", { name: "Subscribe to the newsletter" })).toBeVisible();
  expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id }, select: { confirmedAt: true } })).confirmedAt).toBeNull();

  // A link sent six days ago still works.
  const sixDaysAgo = new Date(Date.now() - 6 * 24 * 60 * 60 * 1000);
  await page.goto(`/email/confirm?t=${signLink("newsletter-confirm", subscriber.id, secret(), sixDaysAgo)}`);
  await page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are subscribed." })).toBeVisible();
  expect((await db.newsletterSubscriber.findUniqueOrThrow({ where: { id: subscriber.id }, select: { confirmedAt: true } })).confirmedAt).not.toBeNull();
});

test("an unsubscribe link from long ago still works, for that subscription only", async ({ page }) => {
  const [leaving, staying] = await Promise.all(
    ["leaving", "staying"].map((who) => db.newsletterSubscriber.create({ data: { email: `${who}-${uniqueSuffix()}@example.net`, frequency: "DAILY", confirmedAt: new Date() }, select: { id: true } })),
  );
  const longAgo = new Date(Date.now() - 400 * 24 * 60 * 60 * 1000);
  await page.goto(`/email/unsubscribe?t=${signLink("newsletter-unsubscribe", leaving!.id, secret(), longAgo)}`);
  await page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(page.getByRole("status").filter({ hasText: "You are unsubscribed" })).toBeVisible();
  expect(await db.newsletterSubscriber.count({ where: { id: leaving!.id } })).toBe(0);
  expect(await db.newsletterSubscriber.count({ where: { id: staying!.id } })).toBe(1);
});
