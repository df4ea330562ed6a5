import { expect, test } from "./fixtures";
import { createArticle, createCategory, createReply, uniqueSuffix, words } from "./factories";

// A reader page shows itself before Next.js's scripts run, and they still run: the reply form, the
// page's client island, works, and links navigate without loading a new document
// (lib/http/scripts-after-paint.ts, docs/decisions/028-scripts-after-paint.md). They run when the
// reader or the page needs them (decision 064): at once when the reply form is near the first
// screen, otherwise at the reader's first key, touch or pointer, or as the form comes near. What a
// browser receives does not depend on the database: once in CI (@once). The test server runs the
// production default, as every spec does.

test("an article page is painted before Next.js's scripts run, and the reply form and navigation still work @once", async ({ page }) => {
  const suffix = uniqueSuffix();
  const section = await createCategory({ name: `Painted section ${suffix}` });
  const article = await createArticle({ title: `Painted first ${suffix}`, categoryId: section.id });
  const following = await createArticle({ title: `Read next ${suffix}` });
  await createReply({ articleId: article.id, authorName: `Ines ${suffix}`, body: `Quick to read ${suffix}.`, status: "APPROVED" });
  // When the first of Next.js's chunks starts running (each begins by reaching for globalThis.TURBOPACK),
  // and the largest paint, both in the page's own clock.
  await page.addInitScript(() => {
    const seen = window as unknown as { __firstChunkAt?: number; __largestPaintAt?: number };
    let value: unknown;
    const mark = () => {
      if (seen.__firstChunkAt === undefined && (document.currentScript as HTMLScriptElement | null)?.src.includes("/_next/static/")) seen.__firstChunkAt = performance.now();
    };
    Object.defineProperty(globalThis, "TURBOPACK", {
      configurable: true,
      get: () => (mark(), value),
      set: (next) => (mark(), (value = next)),
    });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) seen.__largestPaintAt = entry.startTime;
    }).observe({ type: "largest-contentful-paint", buffered: true });
  });
  const errors: string[] = [];
  page.on("console", (message) => message.type() === "error" && errors.push(message.text()));
  // The App Router's prefetches (an RSC request marked as one), by the path they are for.
  const prefetched: string[] = [];
  page.on("request", (request) => request.headers()["next-router-prefetch"] && prefetched.push(new URL(request.url()).pathname));
  const chunkRequests: string[] = [];
  page.on("request", (request) => request.url().includes("/_next/static/") && request.url().endsWith(".js") && chunkRequests.push(request.url()));

  // The first answer puts the page in the cache; the browser gets the cached page every reader gets.
  expect((await page.request.get(`/articles/${article.slug}`)).status()).toBe(200);
  // Loaded and left alone: a short story's reply form is within a screen of the first one, so the
  // scripts come without the reader doing anything.
  const answer = await page.goto(`/articles/${article.slug}`, { waitUntil: "load" });
  expect(answer?.headers()["x-nextjs-cache"]).toBe("HIT");
  await expect(page.locator("html")).toHaveAttribute("data-hydrated", "");
  const html = await answer!.text();
  expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]+" async="">/);
  expect(html.slice(0, html.indexOf("</head>"))).not.toMatch(/<link rel="preload" as="script"/);

  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  const timing = await page.waitForFunction(() => {
    const seen = window as unknown as { __firstChunkAt?: number; __largestPaintAt?: number };
    return seen.__firstChunkAt !== undefined && seen.__largestPaintAt !== undefined ? { chunkAt: seen.__firstChunkAt, paintAt: seen.__largestPaintAt } : null;
  });
  const { chunkAt, paintAt } = (await timing.jsonValue())!;
  expect(chunkAt, "the first chunk ran after the largest paint").toBeGreaterThan(paintAt);

  // Hydrated: "Reply" on an approved reply turns the form into a reply to that reader, in place
  // (clicked before the scripts have come, it only leads to the form: a reader clicks again).
  await expect(async () => {
    await page.getByRole("link", { name: `Reply to Ines ${suffix}` }).click();
    await expect(page.getByRole("heading", { name: `Reply to Ines ${suffix}` })).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 10_000 });
  // Each chunk fetched once, and in the page once.
  expect(chunkRequests.length).toBeGreaterThan(0);
  expect(new Set(chunkRequests).size).toBe(chunkRequests.length);
  const tags = await page.evaluate(() => [...document.querySelectorAll<HTMLScriptElement>('script[src*="/_next/static/"]')].map((script) => script.src));
  expect(new Set(tags).size).toBe(tags.length);

  // Prefetch on intent, not on sight (decision 050): the section's link is on screen (above the
  // headline), and nothing fetches its page until a reader points at it. Pointing at the masthead
  // first prefetches the home page; by the time that request has gone out, a prefetch on sight of
  // the section (Next.js's <Link> sends one as soon as it is hydrated and visible) would have too.
  const sectionLink = page.getByRole("link", { name: section.name, exact: true }).first();
  await sectionLink.scrollIntoViewIfNeeded();
  await expect(sectionLink).toBeInViewport();
  expect(prefetched).toEqual([]);
  await page.getByRole("link", { name: "Gazette", exact: true }).hover();
  await expect.poll(() => prefetched).toContain("/");
  expect(prefetched).not.toContain(`/category/${section.slug}`);
  await sectionLink.hover();
  await expect.poll(() => prefetched).toContain(`/category/${section.slug}`);

  // Client-side navigation: the home page comes without a new document (this window keeps its mark).
  await page.evaluate(() => ((window as unknown as { __sameDocument: boolean }).__sameDocument = true));
  await page.getByRole("link", { name: "Gazette", exact: true }).click();
  await expect(page).toHaveURL(`/`);
  await expect(page.getByRole("heading", { level: 1, name: "Gazette: the front page" })).toBeAttached();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  // A story's headline is a plain link too (decision 050): clicked, its page comes in the same document.
  const story = page.getByRole("link", { name: following.title }).first();
  await story.click();
  await expect(page.getByRole("heading", { level: 1, name: following.title })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument)).toBe(true);
  expect(errors).toEqual([]);
});

test("a long story's reader who only reads gets no script; the first key, or scrolling near the reply form, brings them @once", async ({ page }) => {
  const suffix = uniqueSuffix();
  const body = Array.from({ length: 40 }, (_, index) => `Paragraph ${index + 1} of a long read. ${words(60, "reporting")}`).join("\n\n");
  const article = await createArticle({ title: `Long read ${suffix}`, body });
  const chunkRequests: string[] = [];
  page.on("request", (request) => request.url().includes("/_next/static/") && request.url().endsWith(".js") && chunkRequests.push(request.url()));
  const html = page.locator("html");

  // Painted and loaded: the page says it waits for the reader, and no script has been asked for.
  await page.goto(`/articles/${article.slug}`, { waitUntil: "load" });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(html).toHaveAttribute("data-scripts", "on-demand");
  await page.waitForLoadState("networkidle");
  expect(chunkRequests).toEqual([]);
  // Plain HTML meanwhile: the reply form is there to use.
  await expect(page.getByRole("form", { name: "Leave a Reply" })).toBeAttached();

  // Scrolling with the wheel (no key, no pointer movement) towards the reply form brings them.
  await expect(async () => {
    await page.mouse.wheel(0, 1500);
    expect(chunkRequests.length).toBeGreaterThan(0);
  }).toPass({ timeout: 15_000 });
  await expect(html).toHaveAttribute("data-hydrated", "");
  await expect(html).not.toHaveAttribute("data-scripts", /./);
  expect(new Set(chunkRequests).size, "each chunk fetched once").toBe(chunkRequests.length);

  // A fresh load, then the reader's first key (Tab to the first link): the scripts come at once.
  chunkRequests.length = 0;
  await page.goto(`/articles/${article.slug}`, { waitUntil: "load" });
  await expect(html).toHaveAttribute("data-scripts", "on-demand");
  expect(chunkRequests).toEqual([]);
  await page.keyboard.press("Tab");
  await expect(html).toHaveAttribute("data-hydrated", "");
  expect(chunkRequests.length).toBeGreaterThan(0);
});
