import { expect, test } from "@playwright/test";
import { createArticle, createReply, uniqueSuffix } from "./factories";

// A reader page shows itself before Next.js's scripts run, and they still run: the reply form, the
// page's client island, works (lib/http/scripts-after-paint.ts, docs/decisions/028-scripts-after-paint.md).
// What a browser receives does not depend on the database: once in CI (@once).
test("an article page is painted before Next.js's scripts run, and the reply form still works @once", async ({ page }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Painted first ${suffix}` });
  await createReply({ articleId: article.id, authorName: `Ines ${suffix}`, body: `Quick to read ${suffix}.`, status: "APPROVED" });
  // The moment Next.js's runtime starts (its main chunk sets window.next), in the page's own clock.
  await page.addInitScript(() => {
    let value: unknown;
    Object.defineProperty(window, "next", {
      configurable: true,
      get: () => value,
      set(next) {
        (window as unknown as { __runtimeAt: number }).__runtimeAt = performance.now();
        value = next;
      },
    });
  });

  // Twice: the second answer is the cached page every reader gets.
  await page.goto(`/articles/${article.slug}`);
  const answer = await page.goto(`/articles/${article.slug}`);
  expect(answer?.headers()["x-nextjs-cache"]).toBe("HIT");
  const html = await answer!.text();
  expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]+" async="">/);
  expect(html.slice(0, html.indexOf("</head>"))).toMatch(/<link rel="preload" as="script" fetchPriority="low" href="\/_next\/static\/chunks\/[^"]+\.js"\/>/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  const timing = await page.waitForFunction(() => {
    const runtimeAt = (window as unknown as { __runtimeAt?: number }).__runtimeAt;
    const paint = performance.getEntriesByName("first-contentful-paint")[0];
    return runtimeAt && paint ? { runtimeAt, paintAt: paint.startTime } : null;
  });
  const { runtimeAt, paintAt } = (await timing.jsonValue())!;
  expect(runtimeAt, "Next.js's runtime started after the first paint").toBeGreaterThan(paintAt);

  // Hydrated: "Reply" on an approved reply turns the form into a reply to that reader, in place.
  await page.getByRole("link", { name: `Reply to Ines ${suffix}` }).click();
  await expect(page.getByRole("heading", { name: `Reply to Ines ${suffix}` })).toBeVisible();
});
