import type { Page } from "@playwright/test";
import { createArticle, createReply, uniqueSuffix } from "./factories";
import { issueReplyToken } from "../lib/replies/token";
import { expect, loginAs, otherSession, test, uniqueIp, updateTitle } from "./fixtures";

// Reader pages are served from the cache (docs/decisions/011-caching-reader-pages.md). These tests
// first make sure a page is cached, then change what it shows the way staff do, and expect readers to
// see the change on their next visit, without waiting.

/** Visit twice: the second answer must come from the cache. */
async function visitCached(page: Page, path: string) {
  await page.goto(path);
  const again = await page.goto(path);
  expect(again?.headers()["x-nextjs-cache"], `${path} is served from the cache`).toBe("HIT");
}

test("reader pages and searches tell a CDN it may cache them; the dashboard, odd searches and sign-in are private", { tag: "@once" }, async ({ page, request }) => {
  const article = await createArticle();
  for (const path of ["/", "/?page=2", `/articles/${article.slug}`, `/articles/${article.slug}/og.png`, "/category/world", "/search?q=port", "/feed.xml", "/sitemap.xml"]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(response.headers()["cache-control"], path).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  }
  for (const path of ["/search?q=100%25", "/login"]) {
    expect((await request.get(path)).headers()["cache-control"], path).toMatch(/private.*no-store|no-store.*private/);
  }
  await loginAs(page, "EDITOR");
  const dashboard = await page.goto("/dashboard");
  expect(dashboard?.headers()["cache-control"]).toMatch(/private.*no-store/);
});

test("a browser gets a cached page and its stylesheet compressed with brotli, made once in the background; a client that asks for gzip gets gzip", { tag: "@once" }, async ({ page }) => {
  const article = await createArticle();
  const path = `/articles/${article.slug}`;
  await page.goto(path); // Chromium offers gzip, deflate, br and zstd
  // From the cache, the first answers are gzip (brotli starts on the second and is made in the
  // background); then every browser gets the brotli.
  await expect(async () => {
    const headers = (await page.goto(path))?.headers() ?? {};
    expect([headers["x-nextjs-cache"], headers["content-encoding"]]).toEqual(["HIT", "br"]);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  // The stylesheet too, compressed once and kept: brotli, immutable.
  const stylesheet = new URL((await page.locator('link[rel="stylesheet"]').first().getAttribute("href"))!, page.url());
  await expect(async () => {
    const response = await fetch(stylesheet, { headers: { "Accept-Encoding": "gzip, deflate, br" } });
    // Kept bytes have a length; Next.js's own answer (streamed through the middleware) has none, and
    // offers ranges.
    expect([response.headers.get("content-encoding"), response.headers.get("cache-control"), response.headers.get("accept-ranges")]).toEqual(["br", "public, max-age=31536000, immutable", null]);
    expect(Number(response.headers.get("content-length"))).toBeGreaterThan(1000);
    expect(await response.text()).toContain("--color-accent");
  }).toPass({ timeout: 15_000 });
  const gzip = await fetch(new URL(path, page.url()), { headers: { "Accept-Encoding": "gzip" } });
  expect(gzip.headers.get("content-encoding")).toBe("gzip");
  expect(await gzip.text()).toContain(article.title);
});

test("a search is cached per words and page and still shows what is published next; words a path cannot carry are searched per request", async ({ page }) => {
  const suffix = uniqueSuffix();
  const status = page.getByRole("status").filter({ hasText: "for “" });
  await createArticle({ title: `Harbour tariff ${suffix}` });
  await visitCached(page, `/search?q=tariff+${suffix}`);
  await expect(status).toHaveText(`1 result for “tariff ${suffix}”`);
  await visitCached(page, `/search?q=Tariff%20${suffix}&page=1`);
  await expect(status).toHaveText(`1 result for “Tariff ${suffix}”`);

  await createArticle({ title: `Harbour tariff again ${suffix}` });
  await page.goto(`/search?q=tariff+${suffix}`);
  await expect(status).toHaveText(`2 results for “tariff ${suffix}”`);

  // A slash or a percent sign cannot travel in a path: such a search is rendered for its reader.
  const odd = await page.goto(`/search?q=${encodeURIComponent(`tariff/${suffix} 100%`)}`);
  expect(odd?.status()).toBe(200);
  expect(odd?.headers()["cache-control"]).toMatch(/no-store/);
  await expect(page.getByRole("searchbox", { name: "Search articles" })).toHaveValue(`tariff/${suffix} 100%`);
});

test("a cached article page shows an editor's update and a moderator's approval at once", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Cached story ${suffix}` });
  const reply = await createReply({ articleId: article.id, authorName: `Waiting ${suffix}`, status: "PENDING" });
  await visitCached(page, `/articles/${article.slug}`);
  await visitCached(page, "/");
  await expect(page.getByRole("link", { name: `Cached story ${suffix}` })).toBeVisible();

  const editor = await otherSession(browser, "EDITOR");
  await updateTitle(editor.page, `Cached story ${suffix}`, `Cached story updated ${suffix}`);

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Cached story updated ${suffix}`);
  await page.goto("/");
  await expect(page.getByRole("link", { name: `Cached story updated ${suffix}` })).toBeVisible();

  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  await moderator.page.getByRole("button", { name: `Approve reply by ${reply.authorName}` }).click();
  await expect(moderator.page.getByRole("status").filter({ hasText: "Approved: 1 reply." })).toBeVisible();

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("article", { name: `Reply by ${reply.authorName}` })).toBeVisible();
  await Promise.all([editor.context.close(), moderator.context.close()]);
});

test("a reply approved at once through the API is on the cached article page at once", async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const email = `regular-${suffix}@example.net`;
  const article = await createArticle();
  // A commenter with an approved reply before is trusted: their next reply is approved at once.
  await createReply({ articleId: article.id, authorName: `Regular ${suffix}`, authorEmail: email, status: "APPROVED" });
  await visitCached(page, `/articles/${article.slug}`);

  const response = await request.post(`/api/articles/${article.id}/replies`, {
    headers: { "X-Forwarded-For": uniqueIp() },
    data: { name: `Regular ${suffix}`, email, body: `Second thoughts ${suffix}.`, token: issueReplyToken(article.id, Date.now() - 30_000) },
  });
  expect(response.status()).toBe(201);
  expect((await response.json()).status).toBe("APPROVED");
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText(`Second thoughts ${suffix}.`)).toBeVisible();
});

test("a scheduled article goes live at its time on cached pages, with no one touching anything", async ({ page }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `On the hour ${suffix}`, status: "SCHEDULED", publishedAt: new Date(Date.now() + 6_000) });
  expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(404);
  await visitCached(page, "/");
  await expect(page.getByRole("link", { name: `On the hour ${suffix}` })).toHaveCount(0);

  // No write, no revalidation request: the cached home page ends at the publish time by itself.
  await expect(async () => {
    await page.goto("/");
    await expect(page.getByRole("link", { name: `On the hour ${suffix}` })).toBeVisible({ timeout: 500 });
  }).toPass({ timeout: 20_000, intervals: [1_000] });
  await expect(async () => {
    expect((await page.goto(`/articles/${article.slug}`))?.status()).toBe(200);
  }).toPass({ timeout: 10_000, intervals: [1_000] });
});

test("the revalidation endpoint refuses callers without the token and explains a bad request", { tag: "@once" }, async ({ request }) => {
  expect((await request.post("/api/revalidate", { data: { everything: true } })).status()).toBe(401);
  const wrong = await request.post("/api/revalidate", { data: { everything: true }, headers: { Authorization: "Bearer not-the-token" } });
  expect(wrong.status()).toBe(401);
  const bad = await request.post("/api/revalidate", { data: { paths: ["/"] }, headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}` } });
  expect(bad.status()).toBe(400);
  expect((await bad.json()).error).toContain('{"tags"');
  const good = await request.post("/api/revalidate", { data: { tags: ["articles"] }, headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}` } });
  expect(await good.json()).toEqual({ revalidated: ["articles"] });
});
