import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

// A phone held upright: the dashboard's tables scroll inside their own labelled region, the page
// itself never scrolls sideways.
test.use({ viewport: { width: 390, height: 844 } });

async function expectNoSidewaysScroll(page: Page) {
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `page is ${widths.scroll}px wide in a ${widths.client}px window`).toBeLessThanOrEqual(widths.client);
}

/** The table is reachable: a focusable region named after it, which scrolls when the table is wider. */
async function expectScrollableTable(page: Page, name: RegExp) {
  const region = page.getByRole("region", { name });
  await expect(region).toBeVisible();
  await expect(region.getByRole("table")).toBeVisible();
  await expect(region).toHaveAttribute("tabindex", "0");
}

test("the users, newsletter and article tables fit a 390-pixel screen", { tag: "@once" }, async ({ page }) => {
  const suffix = uniqueSuffix();
  await createArticle({ title: `A rather long headline for a narrow screen to wrap ${suffix}` });
  await db.newsletterSubscriber.create({ data: { email: `a-long-address-for-a-small-screen-${suffix}@example.com`, frequency: "DAILY" } });
  await loginAs(page, "ADMIN", { open: "/dashboard/users" });
  await expect(page.getByRole("heading", { name: "Users", level: 1 })).toBeVisible();
  await expectScrollableTable(page, /Everyone who can sign in/);
  await expectNoSidewaysScroll(page);

  await page.goto("/dashboard/newsletter");
  await expect(page.getByRole("heading", { name: "Newsletter", level: 1 })).toBeVisible();
  await expectScrollableTable(page, /Newsletter subscribers/);
  await expectNoSidewaysScroll(page);

  await page.goto("/dashboard/articles");
  await expect(page.getByRole("link", { name: `A rather long headline for a narrow screen to wrap ${suffix}` })).toBeVisible();
  await expectScrollableTable(page, /^Articles/);
  await expectNoSidewaysScroll(page);

  for (const path of ["/dashboard", "/dashboard/outbox", "/dashboard/media", "/dashboard/taxonomy", "/dashboard/articles/new"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Dashboard" })).toBeVisible();
    await expectNoSidewaysScroll(page);
  }
});
