// An update added to a published article dates the article: readers see "Updated …", and every
// machine-readable date (JSON-LD, OpenGraph, sitemaps, the three feeds) moves with it.
import type { APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

async function sitemapLastmod(request: APIRequestContext, loc: string): Promise<string | undefined> {
  const index = xml.parse(await (await request.get("/sitemap.xml")).text()).sitemapindex;
  for (const part of asArray<{ loc: string }>(index.sitemap)) {
    const urls = asArray<{ loc: string; lastmod?: string }>(xml.parse(await (await request.get(part.loc)).text()).urlset?.url);
    const found = urls.find((url) => url.loc === loc);
    if (found) return found.lastmod;
  }
  return undefined;
}

test("an update to a published article dates it for readers, search engines and feeds", async ({ page, browser, request, baseURL }) => {
  const suffix = uniqueSuffix();
  // Published a minute ago: within the news sitemap's 48 hours, clearly before the update, and newer
  // than what the suite's other specs published before it (the feeds list the latest articles only).
  const publishedAt = new Date(Date.now() - 60 * 1000);
  publishedAt.setMilliseconds(0);
  const article = await createArticle({ title: `Flood barrier opens ${suffix}`, publishedAt });
  const url = new URL(`/articles/${article.slug}`, baseURL).toString();

  const reader = await browser.newPage();
  await reader.goto(`/articles/${article.slug}`);
  await expect(reader.getByText(/^Published /)).toBeVisible();
  await expect(reader.getByText("Updated", { exact: false })).toHaveCount(0);

  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });
  const panel = page.getByRole("region", { name: "Corrections and updates" });
  await panel.getByLabel("Kind").selectOption("update");
  await panel.getByLabel("Note").fill(`Update ${suffix}: the second gate is open too.`);
  const before = Date.now();
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Update added." })).toBeVisible();
  const after = Date.now();
  const isTheUpdate = (iso: string | undefined | null) => {
    const time = Date.parse(iso ?? "");
    return time >= before - 1000 && time <= after + 1000;
  };

  // The reader sees when it changed: "Updated <date>", a <time> with the instant.
  await reader.reload();
  const updated = reader.getByText(/Updated/).locator("time");
  await expect(updated).toBeVisible();
  expect(isTheUpdate(await updated.getAttribute("datetime"))).toBe(true);
  await expect(updated).toHaveText(new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeStyle: "short", timeZone: "UTC" }).format(new Date(Date.parse((await updated.getAttribute("datetime"))!))));

  // JSON-LD and OpenGraph.
  const jsonLd = await reader.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")));
  const news = jsonLd.find((data) => data["@type"] === "NewsArticle");
  expect(news.datePublished).toBe(publishedAt.toISOString());
  expect(isTheUpdate(news.dateModified)).toBe(true);
  expect(isTheUpdate(await reader.locator('meta[property="article:modified_time"]').getAttribute("content"))).toBe(true);
  expect(await reader.locator('meta[property="article:published_time"]').getAttribute("content")).toBe(publishedAt.toISOString());

  // Sitemaps.
  expect(isTheUpdate(await sitemapLastmod(request, url))).toBe(true);
  const newsUrls = asArray<{ loc: string; lastmod?: string }>(xml.parse(await (await request.get("/news-sitemap.xml")).text()).urlset.url);
  expect(isTheUpdate(newsUrls.find((entry) => entry.loc === url)?.lastmod)).toBe(true);

  // Atom <updated>, JSON Feed date_modified; RSS's only date is its pubDate, so it says the
  // publication and carries the update in <atom:updated>.
  const atom = xml.parse(await (await request.get("/atom.xml")).text()).feed;
  const atomEntry = asArray<{ id: string; updated: string; published: string }>(atom.entry).find((entry) => entry.id === url)!;
  expect(isTheUpdate(atomEntry.updated)).toBe(true);
  expect(Date.parse(atomEntry.published)).toBe(publishedAt.getTime());
  const json = await (await request.get("/feed.json")).json();
  const jsonItem = json.items.find((item: { id: string }) => item.id === url);
  expect(isTheUpdate(jsonItem.date_modified)).toBe(true);
  expect(Date.parse(jsonItem.date_published)).toBe(publishedAt.getTime());
  const rss = xml.parse(await (await request.get("/feed.xml")).text()).rss.channel;
  const rssItem = asArray<{ link: string; pubDate: string; "atom:updated"?: string }>(rss.item).find((item) => item.link === url)!;
  expect(Date.parse(rssItem.pubDate)).toBe(publishedAt.getTime());
  expect(isTheUpdate(rssItem["atom:updated"])).toBe(true);
  await reader.close();
});
