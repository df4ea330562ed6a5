import type { Page } from "@playwright/test";
import { createArticle, createReply, uniqueSuffix } from "./factories";
import { expect, loginAs, test, uniqueIp, writeReply } from "./fixtures";
import { XSS_PAYLOADS } from "./xss-payloads";

async function expectInert(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
  // No element from any payload exists as an element (it is all text).
  const injected = await page
    .locator("main")
    .locator("script:not([type=\"application/ld+json\"]), iframe, object, embed, svg, video, audio, marquee, form[action^='javascript'], [onerror], [onload], [onmouseover], [onfocus], [ontoggle], a[href^='javascript'], a[href^='data:']")
    .evaluateAll((elements) => elements.map((element) => element.outerHTML.slice(0, 120)));
  expect(injected).toEqual([]);
}

test(`${XSS_PAYLOADS.length} injection payloads in every reply field are shown as text to readers and moderators`, async ({ page }) => {
  expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(50);
  const dialogs: string[] = [];
  page.on("dialog", (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `XSS ${suffix}` });
  for (const [index, payload] of XSS_PAYLOADS.entries()) {
    await createReply({
      articleId: article.id,
      authorName: payload.slice(0, 100),
      authorEmail: `x${index}-${suffix}@example.net`,
      authorWebsite: payload,
      body: `${payload}\n\n${payload}`,
      status: index % 2 ? "APPROVED" : "PENDING",
    });
  }
  // One more through the real form, every field a payload (the website must be a URL to pass).
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
  await page.goto(`/articles/${article.slug}`);
  await writeReply(page, { name: XSS_PAYLOADS[2]!, email: `form-${suffix}@example.net`, website: XSS_PAYLOADS.at(-1)!, body: XSS_PAYLOADS.join("\n") });
  await expect(page.getByRole("status").filter({ hasText: "Your comment is awaiting moderation." })).toBeVisible();

  await page.reload();
  await expect(page.getByRole("region", { name: /\d+ Replies/ })).toBeVisible();
  await expect(page.getByText(XSS_PAYLOADS[0]!).first()).toBeVisible();
  await expectInert(page);

  await loginAs(page, "MODERATOR");
  for (const status of ["pending", "approved"]) {
    await page.goto(`/dashboard/moderation?status=${status}`);
    await expect(page.getByRole("article", { name: /^Reply by/ }).first()).toBeVisible();
    await expectInert(page);
  }
  expect(dialogs).toEqual([]);
});
