import type { APIRequestContext } from "@playwright/test";
import { XMLParser } from "fast-xml-parser";
import { db } from "../lib/db";
import { createArticle, createAuthor, createCategory, createReply, createTag, createUser, uniqueSuffix, revalidateReaderPages } from "./factories";
import { expect, loginAs, test } from "./fixtures";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });
const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);
/** Every `<url>` of every sitemap the index at /sitemap.xml names. */
async function sitemapEntries(request: APIRequestContext): Promise<{ loc: string; lastmod?: string }[]> {
  const index = xml.parse(await (await request.get("/sitemap.xml")).text()).sitemapindex;
  const parts = await Promise.all(asArray(index.sitemap).map(async (s: { loc: string }) => xml.parse(await (await request.get(s.loc)).text()).urlset));
  return parts.flatMap((part) => asArray(part.url));
}
// A made-up word that appears in no other article.
const word = () => `zq${uniqueSuffix().replace(/\d/g, "x")}`;

test("search ranks title matches first, highlights the words and shows only published articles", async ({ page }) => {
  const term = word();
  const inBody = await createArticle({ title: `Body mention ${uniqueSuffix()}`, body: `Long report. ${term} appears here, and ${term} again.`, publishedAt: new Date(Date.now() - 1000) });
  const inTitle = await createArticle({ title: `The ${term} question`, body: "Nothing else.", publishedAt: new Date(Date.now() - 5000) });
  const inStandfirst = await createArticle({ title: `Standfirst mention ${uniqueSuffix()}`, standfirst: `About ${term}.`, publishedAt: new Date(Date.now() - 3000) });
  await createArticle({ title: `Draft with ${term}`, status: "DRAFT" });
  await createArticle({ title: `Scheduled with ${term}`, status: "SCHEDULED", publishedAt: new Date(Date.now() + 86_400_000) });

  await page.goto("/");
  await page.getByRole("searchbox", { name: "Search the site" }).fill(term.toUpperCase());
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/search\\?q=${term.toUpperCase()}`));
  await expect(page.getByRole("status")).toHaveText(`3 results for “${term.toUpperCase()}”`);
  const results = page.getByRole("list", { name: "Search results" }).getByRole("heading");
  await expect(results).toHaveText([inTitle.title, inStandfirst.title, inBody.title]);
  await expect(page.locator("mark").filter({ hasText: new RegExp(term, "i") }).first()).toBeVisible();

  await page.goto(`/search?q=${word()}`);
  await expect(page.getByRole("status")).toContainText("No results for");
});

test("the search index follows publishing, editing, unpublishing and deleting", async ({ page }) => {
  const first = word();
  const second = word();
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Index story ${first}`);
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const search = async (term: string) => {
    await page.goto(`/search?q=${term}`);
    return page.getByRole("list", { name: "Search results" }).getByRole("heading").allTextContents();
  };
  expect(await search(first)).toEqual([`Index story ${first}`]);

  const article = await db.article.findFirstOrThrow({ where: { title: `Index story ${first}` } });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Index story ${second}`);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated." })).toBeVisible();
  expect(await search(first)).toEqual([]);
  expect(await search(second)).toEqual([`Index story ${second}`]);

  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Unpublish" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Unpublished." })).toBeVisible();
  expect(await search(second)).toEqual([]);

  // Written outside the application: the index follows (triggers), and the cache is told.
  await db.article.update({ where: { id: article.id }, data: { status: "PUBLISHED", publishedAt: new Date() } });
  await revalidateReaderPages();
  expect(await search(second)).toEqual([`Index story ${second}`]);
  await db.article.delete({ where: { id: article.id } });
  await revalidateReaderPages();
  expect(await search(second)).toEqual([]);
});

test("RSS, Atom and JSON feeds list the latest published articles, for the site, an author, a category and a tag", async ({ request }) => {
  const suffix = uniqueSuffix();
  // The byline's account has an email address, like the replier's: neither may reach a feed.
  const account = await createUser({ email: `feed-writer-${suffix}@example.net`, role: "AUTHOR" });
  const author = await createAuthor({ displayName: `Feed Writer ${suffix}`, userId: account.id });
  const category = await createCategory({ name: `Feed Desk ${suffix}` });
  const tag = await createTag({ name: `Feed Tag ${suffix}` });
  const article = await createArticle({
    title: `Feed story ${suffix} & <friends>`,
    standfirst: "The summary.",
    body: "Body with **bold** text.",
    authorId: author.id,
    categoryId: category.id,
    tagIds: [tag.id],
    publishedAt: new Date(),
  });
  await createReply({ articleId: article.id, authorEmail: `feed-secret-${suffix}@example.net` });
  const draft = await createArticle({ title: `Feed draft ${suffix}`, status: "DRAFT", authorId: author.id, categoryId: category.id });

  for (const base of ["", `/authors/${author.handle}`, `/category/${category.slug}`, `/tag/${tag.slug}`]) {
    const rss = await request.get(`${base}/feed.xml`);
    expect(rss.headers()["content-type"]).toBe("application/rss+xml; charset=utf-8");
    const rssText = await rss.text();
    const channel = xml.parse(rssText).rss.channel;
    const items = asArray(channel.item);
    expect(items.length).toBeGreaterThan(0);
    expect(items.length).toBeLessThanOrEqual(20);
    const item = items.find((entry: { title: string }) => entry.title === article.title);
    expect(item, base).toBeTruthy();
    expect(item.link).toMatch(new RegExp(`/articles/${article.slug}$`));
    expect(item.description).toBe("The summary.");
    // RSS 2.0's <author> is an email address: the byline is Dublin Core's creator instead.
    expect(item["dc:creator"]).toBe(author.displayName);
    expect(item.author).toBeUndefined();
    expect(rssText).toMatch(/<rss[^>]*\sxmlns:dc="http:\/\/purl\.org\/dc\/elements\/1\.1\/"/);
    expect(item["content:encoded"]).toContain("<strong>bold</strong>");
    expect(asArray(item.category).map((c: string | { "#text": string }) => (typeof c === "string" ? c : c["#text"]))).toContain(category.name);
    expect(rssText).not.toContain(draft.title);

    const atom = await request.get(`${base}/atom.xml`);
    expect(atom.headers()["content-type"]).toBe("application/atom+xml; charset=utf-8");
    const atomText = await atom.text();
    const entry = asArray(xml.parse(atomText).feed.entry).find((e: { title: { "#text"?: string } | string }) =>
      (typeof e.title === "string" ? e.title : e.title["#text"]) === article.title,
    );
    expect(entry, base).toBeTruthy();
    expect(asArray(entry.author)[0].name).toBe(author.displayName);

    const json = await request.get(`${base}/feed.json`);
    expect(json.headers()["content-type"]).toBe("application/feed+json; charset=utf-8");
    const jsonText = await json.text();
    const feed = JSON.parse(jsonText);
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof feed.title).toBe("string");
    const jsonItem = feed.items.find((i: { title: string }) => i.title === article.title);
    expect(jsonItem).toMatchObject({ id: expect.any(String), url: expect.stringContaining(`/articles/${article.slug}`), content_html: expect.stringContaining("<strong>") });
    expect(jsonItem.authors[0].name).toBe(author.displayName);
    for (const text of [rssText, atomText, jsonText]) {
      expect(text).not.toContain("@example.net");
      expect(text).not.toContain(draft.title);
    }
  }
  expect((await request.get(`/authors/nobody-${suffix}/feed.xml`)).status()).toBe(404);
  expect((await request.get(`/tag/nothing-${suffix}/feed.json`)).status()).toBe(404);
});

test("feeds answer conditional requests with 304 until something is published", async ({ request, page }) => {
  const first = await request.get("/feed.xml");
  const etag = first.headers()["etag"]!;
  const lastModified = first.headers()["last-modified"]!;
  expect(etag).toBeTruthy();
  expect((await request.get("/feed.xml", { headers: { "If-None-Match": etag } })).status()).toBe(304);
  expect((await request.get("/feed.xml", { headers: { "If-Modified-Since": lastModified } })).status()).toBe(304);
  expect((await request.get("/feed.json", { headers: { "If-None-Match": etag } })).status()).toBe(200);

  await createArticle({ title: `Conditional ${uniqueSuffix()}`, publishedAt: new Date() });
  const after = await request.get("/feed.xml", { headers: { "If-None-Match": etag } });
  expect(after.status()).toBe(200);
  expect(after.headers()["etag"]).not.toBe(etag);

  const article = await createArticle();
  for (const path of ["/", `/articles/${article.slug}`, "/tag/energy"]) {
    await page.goto(path);
    await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').first()).toHaveAttribute("href", /^http:\/\/localhost:\d+\/feed\.xml$/);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]').first()).toHaveAttribute("href", /\/atom\.xml$/);
    await expect(page.locator('head link[rel="alternate"][type="application/feed+json"]').first()).toHaveAttribute("href", /\/feed\.json$/);
  }
});

test("the sitemap lists exactly the published articles, with authors, categories and tags; the news sitemap the last 48 hours", async ({ request }) => {
  const fresh = await createArticle({ title: `Sitemap fresh ${uniqueSuffix()}`, publishedAt: new Date(Date.now() - 3600_000) });
  const old = await createArticle({ title: `Sitemap old ${uniqueSuffix()}`, publishedAt: new Date(Date.now() - 72 * 3600_000) });
  const draft = await createArticle({ status: "DRAFT" });

  const entries = await sitemapEntries(request);
  const urls: string[] = entries.map((u) => u.loc);
  const articleSlugs = urls.filter((u) => u.includes("/articles/")).map((u) => u.split("/articles/")[1]).sort();
  const now = new Date();
  const published = await db.article.findMany({
    where: { status: { in: ["PUBLISHED", "SCHEDULED"] }, publishedAt: { lte: now } },
    select: { slug: true },
  });
  expect(articleSlugs).toEqual(published.map((a) => a.slug).sort());
  expect(articleSlugs).not.toContain(draft.slug);
  expect(urls.some((u) => /\/authors\/marcus-chen$/.test(u))).toBe(true);
  expect(urls.some((u) => /\/category\/world$/.test(u))).toBe(true);
  expect(urls.some((u) => /\/tag\/energy$/.test(u))).toBe(true);
  expect(entries.find((u) => u.loc.endsWith(`/articles/${fresh.slug}`))?.lastmod).toBeTruthy();
  expect(new Set(urls).size, "each address once").toBe(urls.length);

  const news = xml.parse(await (await request.get("/news-sitemap.xml")).text());
  const newsUrls = asArray(news.urlset.url);
  const entry = newsUrls.find((u: { loc: string }) => u.loc.endsWith(`/articles/${fresh.slug}`));
  expect(entry["news:news"]["news:title"]).toBe(fresh.title);
  expect(entry["news:news"]["news:publication"]["news:name"]).toBe("Gazette");
  expect(newsUrls.some((u: { loc: string }) => u.loc.endsWith(`/articles/${old.slug}`))).toBe(false);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toMatch(/Disallow: \/dashboard/);
  // /login says noindex itself; a crawler kept out by robots.txt would never read that.
  expect(robots).not.toMatch(/Disallow: \/login/);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/sitemap\.xml/);
  expect(robots).toMatch(/Sitemap: http:\/\/localhost:\d+\/news-sitemap\.xml/);
});

test("/sitemap.xml is an index of parts at the root, each a urlset the reader cache may keep, one listing a new article", async ({ request, baseURL }) => {
  const article = await createArticle({ title: `Indexed story ${uniqueSuffix()}`, publishedAt: new Date() });
  const response = await request.get("/sitemap.xml");
  expect(response.headers()["content-type"]).toBe("application/xml; charset=utf-8");
  expect(response.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  const parsed = xml.parse(await response.text());
  expect(parsed.urlset).toBeUndefined();
  expect(parsed.sitemapindex["@xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
  const every: { loc: string; lastmod?: string }[] = asArray(parsed.sitemapindex.sitemap);
  // The default edition's parts are at the root; other editions' (when a spec before made one) under their path.
  const parts = every.filter(({ loc }) => new URL(loc).pathname.startsWith("/sitemap-"));
  expect(parts.length).toBeGreaterThan(1);
  expect(parts.map((p) => p.loc)).toEqual([`${baseURL}/sitemap-pages.xml`, ...parts.slice(1).map((_, i) => `${baseURL}/sitemap-articles-${i + 1}.xml`)]);

  let listed = false;
  for (const { loc } of every) {
    const part = await request.get(loc);
    expect(part.status(), loc).toBe(200);
    expect(part.headers()["content-type"], loc).toBe("application/xml; charset=utf-8");
    expect(part.headers()["cache-control"], loc).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
    const urlset = xml.parse(await part.text()).urlset;
    expect(urlset["@xmlns"], loc).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    const urls = asArray(urlset.url) as { loc: string }[];
    expect(urls.length, loc).toBeGreaterThan(0);
    expect(urls.length, loc).toBeLessThanOrEqual(50_000);
    listed ||= urls.some((u) => u.loc === `${baseURL}/articles/${article.slug}`);
  }
  expect(listed).toBe(true);
  // Parts list articles oldest first: the newest is in the last part, and there is none past it.
  expect(await (await request.get(parts.at(-1)!.loc)).text()).toContain(`/articles/${article.slug}<`);
  expect((await request.get(`/sitemap-articles-${parts.length}.xml`)).status(), "no part past the last").toBe(404);

  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
});

test("the sign-in page is kept out of search results by noindex, which robots.txt lets crawlers read", { tag: "@once" }, async ({ page, request }) => {
  await page.goto("/login");
  await expect(page.locator('head meta[name="robots"]')).toHaveAttribute("content", /noindex/);
  const robots = await (await request.get("/robots.txt")).text();
  expect(robots).not.toMatch(/Disallow: \/login/);
});

test("an article's last change is its last edit after publication, the same on the page, in JSON-LD, feeds and the sitemap", async ({ page, request }) => {
  // The row itself is written now (updatedAt), after both dates: only the editorial edit counts.
  const author = await createAuthor({ displayName: `Dated Writer ${uniqueSuffix()}` });
  const publishedAt = new Date(Date.now() - 2 * 86_400_000);
  const editedAt = new Date(Date.now() - 86_400_000);
  const edited = await createArticle({ title: `Edited story ${uniqueSuffix()}`, authorId: author.id, publishedAt, editedAt });
  const untouched = await createArticle({ title: `Untouched story ${uniqueSuffix()}`, authorId: author.id, publishedAt });

  await page.goto(`/articles/${edited.slug}`);
  await expect(page.locator('head meta[property="article:modified_time"]')).toHaveAttribute("content", editedAt.toISOString());
  const news = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((d) => d["@type"] === "NewsArticle");
  expect(news.dateModified).toBe(editedAt.toISOString());

  const atom = asArray(xml.parse(await (await request.get(`/authors/${author.handle}/atom.xml`)).text()).feed.entry);
  const atomUpdated = (title: string) => atom.find((e: { title: { "#text"?: string } | string }) => (typeof e.title === "string" ? e.title : e.title["#text"]) === title).updated;
  expect(atomUpdated(edited.title)).toBe(editedAt.toISOString());
  expect(atomUpdated(untouched.title)).toBe(publishedAt.toISOString());
  const json = JSON.parse(await (await request.get(`/authors/${author.handle}/feed.json`)).text());
  expect(json.items.find((i: { title: string }) => i.title === edited.title).date_modified).toBe(editedAt.toISOString());
  const rss = await request.get(`/authors/${author.handle}/feed.xml`);
  expect(new Date(rss.headers()["last-modified"]!).getTime()).toBe(Math.floor(editedAt.getTime() / 1000) * 1000);

  const entries = await sitemapEntries(request);
  expect(entries.find((u) => u.loc.endsWith(`/articles/${edited.slug}`))?.lastmod).toBe(editedAt.toISOString());
  expect(entries.find((u) => u.loc.endsWith(`/articles/${untouched.slug}`))?.lastmod).toBe(publishedAt.toISOString());
});

test("article pages carry canonical, OpenGraph, Twitter and NewsArticle data", async ({ page, request, baseURL }) => {
  const suffix = uniqueSuffix();
  const author = await createAuthor({ displayName: `Meta Writer ${suffix}`, website: "https://example.org/meta", links: [{ label: "Mastodon", url: "https://mastodon.example/@meta" }] });
  const category = await createCategory({ name: `Meta Desk ${suffix}` });
  const tag = await createTag({ name: `Meta Tag ${suffix}` });
  const article = await createArticle({
    title: `Metadata story ${suffix}`,
    standfirst: "What it is about.",
    authorId: author.id,
    categoryId: category.id,
    tagIds: [tag.id],
    sourceName: "www.france24.com",
    sourceUrl: "https://www.france24.com/en/story",
    publishedAt: new Date("2026-05-01T10:00:00Z"),
    editedAt: new Date("2026-05-02T10:00:00Z"),
  });
  await page.goto(`/articles/${article.slug}`);
  const head = page.locator("head");
  await expect(head.locator('link[rel="canonical"]')).toHaveAttribute("href", `${baseURL}/articles/${article.slug}`);
  await expect(head.locator('meta[property="og:type"]')).toHaveAttribute("content", "article");
  await expect(head.locator('meta[property="article:published_time"]')).toHaveAttribute("content", "2026-05-01T10:00:00.000Z");
  await expect(head.locator('meta[property="article:modified_time"]')).toHaveAttribute("content", "2026-05-02T10:00:00.000Z");
  await expect(head.locator('meta[property="article:section"]')).toHaveAttribute("content", category.name);
  await expect(head.locator('meta[property="article:tag"]')).toHaveAttribute("content", tag.name);
  await expect(head.locator('meta[name="twitter:card"]')).toHaveAttribute("content", "summary_large_image");
  const ogImage = await head.locator('meta[property="og:image"]').getAttribute("content");
  expect(ogImage).toBe(`${baseURL}/articles/${article.slug}/og.png`);
  const image = await request.get(ogImage!);
  expect(image.status()).toBe(200);
  expect(image.headers()["content-type"]).toBe("image/png");

  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text));
  const news = data.find((d) => d["@type"] === "NewsArticle");
  expect(news).toMatchObject({
    headline: article.title,
    description: "What it is about.",
    datePublished: "2026-05-01T10:00:00.000Z",
    dateModified: "2026-05-02T10:00:00.000Z",
    articleSection: category.name,
    keywords: tag.name,
    isBasedOn: { "@type": "CreativeWork", name: "www.france24.com", url: "https://www.france24.com/en/story" },
    publisher: { "@type": "NewsMediaOrganization", name: "Gazette" },
  });
  // schema.org: an ImageObject's width and height are Distance or QuantitativeValue, never bare numbers.
  expect(news.publisher.logo).toEqual({ "@type": "ImageObject", url: `${baseURL}/logo.png` });
  expect(news.author[0]).toMatchObject({
    "@type": "Person",
    name: author.displayName,
    url: `${baseURL}/authors/${author.handle}`,
    sameAs: ["https://example.org/meta", "https://mastodon.example/@meta"],
  });
  expect(news.image[0]).toBe(ogImage);
  const crumbs = data.find((d) => d["@type"] === "BreadcrumbList");
  expect(crumbs.itemListElement.map((i: { name: string }) => i.name)).toEqual(["Gazette", category.name, article.title]);

  await page.goto(`/authors/${author.handle}`);
  const profile = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((d) => d["@type"] === "ProfilePage");
  expect(profile.mainEntity).toMatchObject({ "@type": "Person", name: author.displayName, url: `${baseURL}/authors/${author.handle}` });
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"][href$="/feed.xml"]').last()).toHaveAttribute("href", new RegExp(`/authors/${author.handle}/feed.xml$`));
});

test("every reader page and the sign-in page has a share card: its own address, an image and the image's alt text", { tag: "@once" }, async ({ page, request, baseURL }) => {
  test.setTimeout(60_000); // eight pages and their images
  const article = await createArticle({ title: `Shared story ${uniqueSuffix()}` });
  const pages = ["/", "/?page=2", "/authors/marcus-chen", "/category/world", "/tag/energy", "/search?q=port", "/login", `/articles/${article.slug}`];
  for (const path of pages) {
    await page.goto(path);
    const head = page.locator("head");
    const meta = (selector: string) => head.locator(selector).getAttribute("content");
    const canonical = (await head.locator('link[rel="canonical"]').count()) ? await head.locator('link[rel="canonical"]').getAttribute("href") : null;
    const ogUrl = await meta('meta[property="og:url"]');
    if (canonical) expect(ogUrl, path).toBe(canonical);
    // Absolute, and this page's own address ("http://host" and "http://host/" are the same one).
    expect(new URL(ogUrl!).href, path).toBe(new URL(path, baseURL).href);
    const image = await meta('meta[property="og:image"]');
    expect(image, path).toMatch(new RegExp(`^${baseURL}/`));
    expect(await meta('meta[property="og:image:alt"]'), path).toBeTruthy();
    expect(await meta('meta[name="twitter:card"]'), path).toBe("summary_large_image");
    expect(await meta('meta[name="twitter:image"]'), path).toBe(image);
    expect(await meta('meta[name="twitter:image:alt"]'), path).toBe(await meta('meta[property="og:image:alt"]'));
    const response = await request.get(image!);
    expect(response.status(), image!).toBe(200);
    expect(response.headers()["content-type"], image!).toBe("image/png");
  }
  await page.goto(`/articles/${article.slug}`);
  await expect(page.locator('head meta[name="twitter:image:alt"]')).toHaveAttribute("content", article.title);

  // The site's own image: a large card's 1200 × 630 (a PNG's width and height follow its signature).
  const png = await (await request.get("/og.png")).body();
  expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
});

test("related articles share tags first, then the category", async ({ page }) => {
  const suffix = uniqueSuffix();
  const category = await createCategory({ name: `Related Desk ${suffix}` });
  const [t1, t2] = [await createTag({ name: `R1 ${suffix}` }), await createTag({ name: `R2 ${suffix}` })];
  const main = await createArticle({ title: `Main ${suffix}`, categoryId: category.id, tagIds: [t1.id, t2.id] });
  const both = await createArticle({ title: `Both tags ${suffix}`, tagIds: [t1.id, t2.id], publishedAt: new Date(Date.now() - 300_000) });
  const one = await createArticle({ title: `One tag ${suffix}`, tagIds: [t1.id] });
  const sameSection = await createArticle({ title: `Same section ${suffix}`, categoryId: category.id });
  await createArticle({ title: `Unrelated draft ${suffix}`, tagIds: [t1.id], status: "DRAFT" });
  await page.goto(`/articles/${main.slug}`);
  const related = page.getByRole("region", { name: "Related" });
  await expect(related.getByRole("link")).toHaveText([both.title, one.title, sameSection.title]);
});

test("paginated lists tell crawlers their neighbours", { tag: "@once" }, async ({ page }) => {
  await page.goto("/?page=2");
  await expect(page.locator('head link[rel="prev"]')).toHaveAttribute("href", "/");
  await expect(page.locator('head link[rel="next"]')).toHaveAttribute("href", "/?page=3");
  await expect(page.getByText(/^Page 2 of \d+$/)).toBeVisible();
});
