import { expect, test } from "./fixtures";
import { PAGE_SIZE, createArticle, createAuthor, createCategory, createTag, uniqueSuffix } from "./factories";

test("an author page shows the profile and only their published articles, paginated", async ({ page }) => {
  const suffix = uniqueSuffix();
  const author = await createAuthor({
    displayName: `Ines Varga ${suffix}`,
    bio: "Ines Varga writes about rivers and the people who live beside them.",
    website: "https://example.org/ines",
    links: [{ label: "Bluesky", url: "https://bsky.app/profile/ines.example.org" }],
  });
  for (let i = 0; i < PAGE_SIZE + 1; i++) {
    await createArticle({ title: `Ines story ${i} ${suffix}`, authorId: author.id, publishedAt: new Date(Date.now() - (i + 1) * 60_000) });
  }
  await createArticle({ title: `Ines draft ${suffix}`, authorId: author.id, status: "DRAFT" });

  await page.goto(`/authors/${author.handle}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.displayName);
  await expect(page.getByText("Ines Varga writes about rivers and the people who live beside them.")).toBeVisible();
  const links = page.getByRole("list", { name: `${author.displayName} elsewhere` });
  await expect(links.getByRole("link", { name: "Website" })).toHaveAttribute("href", "https://example.org/ines");
  await expect(links.getByRole("link", { name: "Bluesky" })).toHaveAttribute("href", "https://bsky.app/profile/ines.example.org");

  const list = page.getByRole("list", { name: `Articles by ${author.displayName}` });
  await expect(list.getByRole("heading")).toHaveCount(PAGE_SIZE);
  await expect(list.getByRole("heading").first()).toHaveText(`Ines story 0 ${suffix}`);
  await expect(page.getByText(`Ines draft ${suffix}`)).toHaveCount(0);

  await page.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(`/authors/${author.handle}?page=2`);
  await expect(list.getByRole("heading")).toHaveText([`Ines story ${PAGE_SIZE} ${suffix}`]);
  expect((await page.goto(`/authors/${author.handle}?page=3`))?.status()).toBe(404);
});

test("an author with nothing published still has a profile page", async ({ page }) => {
  const author = await createAuthor();
  await createArticle({ authorId: author.id, status: "DRAFT" });
  await page.goto(`/authors/${author.handle}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.displayName);
  await expect(page.getByText(`${author.displayName} has not published anything yet.`)).toBeVisible();
});

test("a category archive lists its published articles, newest first, paginated", async ({ page }) => {
  const suffix = uniqueSuffix();
  const category = await createCategory({ name: `Harbours ${suffix}`, description: "Ports, ships and the sea." });
  for (let i = 0; i < PAGE_SIZE + 2; i++) {
    await createArticle({ title: `Harbour story ${i} ${suffix}`, categoryId: category.id, publishedAt: new Date(Date.now() - (i + 1) * 60_000) });
  }
  await createArticle({ title: `Harbour scheduled ${suffix}`, categoryId: category.id, status: "SCHEDULED", publishedAt: new Date(Date.now() + 3600_000) });

  await page.goto(`/category/${category.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(category.name);
  await expect(page.getByText("Ports, ships and the sea.")).toBeVisible();
  const list = page.getByRole("list", { name: `Articles in ${category.name}` });
  await expect(list.getByRole("heading")).toHaveCount(PAGE_SIZE);
  await expect(list.getByRole("heading").first()).toHaveText(`Harbour story 0 ${suffix}`);
  await expect(page.getByText(`Harbour scheduled ${suffix}`)).toHaveCount(0);

  await page.getByRole("link", { name: /Older/ }).click();
  await expect(page).toHaveURL(`/category/${category.slug}?page=2`);
  await expect(list.getByRole("heading")).toHaveText([`Harbour story ${PAGE_SIZE} ${suffix}`, `Harbour story ${PAGE_SIZE + 1} ${suffix}`]);
});

test("a tag archive lists the published articles with that tag, and offers its feed", async ({ page }) => {
  const suffix = uniqueSuffix();
  const tag = await createTag({ name: `Lighthouses ${suffix}` });
  const other = await createTag({ name: `Other ${suffix}` });
  const tagged = await createArticle({ title: `Tagged story ${suffix}`, tagIds: [tag.id, other.id] });
  await createArticle({ title: `Untagged story ${suffix}`, tagIds: [other.id] });

  await page.goto(`/articles/${tagged.slug}`);
  await page.getByRole("navigation", { name: "Tags" }).getByRole("link", { name: tag.name }).click();
  await expect(page).toHaveURL(`/tag/${tag.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(tag.name);
  const list = page.getByRole("list", { name: `Articles in ${tag.name}` });
  await expect(list.getByRole("heading")).toHaveText([tagged.title]);
  // Feed readers find the topic's own feed.
  await expect(page.locator('head link[rel="alternate"][type="application/rss+xml"]').last()).toHaveAttribute("href", new RegExp(`/tag/${tag.slug}/feed.xml$`));
});
