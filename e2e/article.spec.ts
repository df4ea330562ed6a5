import { expect, test } from "./fixtures";
import { createArticle, createAuthor, createCategory, createReply, createTag, uniqueSuffix, words } from "./factories";

test("an article page shows headline, standfirst, byline, dates, reading time, sections, body, source and author box", async ({ page }) => {
  const suffix = uniqueSuffix();
  const author = await createAuthor({
    displayName: `Marta Quill ${suffix}`,
    bio: `Marta Quill ${suffix} has covered courts and councils for twelve years.`,
    avatarUrl: "/avatars/marcus-chen.webp",
    website: "https://example.org/marta",
    links: [{ label: "Mastodon", url: "https://mastodon.example/@marta" }],
  });
  const category = await createCategory({ name: `Courts ${suffix}` });
  const tagA = await createTag({ name: `Appeals ${suffix}` });
  const tagB = await createTag({ name: `Justice ${suffix}` });
  const article = await createArticle({
    title: `Court Rules on Council Parking Fines ${suffix}`,
    standfirst: "Judges say the charges were lawful but the signs were not.",
    body: [
      "# A heading inside the body",
      `The ruling came on Tuesday. ${words(480)}`,
      "> A quoted line.",
      "- first point\n- second point",
      '<script>window.__xss = true</script><img src="x" onerror="window.__xss = true">',
    ].join("\n\n"),
    authorId: author.id,
    categoryId: category.id,
    tagIds: [tagA.id, tagB.id],
    sourceName: "www.france24.com",
    sourceUrl: "https://www.france24.com/en/some-story",
    publishedAt: new Date("2026-03-14T09:30:00Z"),
    editedAt: new Date("2026-03-15T10:05:00Z"),
  });

  const response = await page.goto(`/articles/${article.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page).toHaveTitle(`${article.title} · Gazette`);

  // The headline is the only h1; a "# heading" in the body became an h2.
  await expect(page.getByRole("heading", { level: 1 })).toHaveCount(1);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByRole("heading", { level: 2, name: "A heading inside the body" })).toBeVisible();
  await expect(page.getByText("Judges say the charges were lawful but the signs were not.")).toBeVisible();

  const header = page.getByRole("article").locator("header").first();
  await expect(header.getByRole("link", { name: author.displayName })).toHaveAttribute("href", `/authors/${author.handle}`);
  await expect(header.getByText("Published 14 March 2026 at 09:30")).toBeVisible();
  await expect(header.getByText("Updated 15 March 2026 at 10:05")).toBeVisible();
  await expect(header.getByText("3 min read")).toBeVisible();
  await expect(header.getByRole("link", { name: category.name })).toHaveAttribute("href", `/category/${category.slug}`);

  const tags = page.getByRole("navigation", { name: "Tags" });
  await expect(tags.getByRole("link", { name: tagA.name })).toHaveAttribute("href", `/tag/${tagA.slug}`);
  await expect(tags.getByRole("link", { name: tagB.name })).toHaveAttribute("href", `/tag/${tagB.slug}`);

  // Markdown rendered; raw HTML from the body is inert.
  await expect(page.getByText("A quoted line.")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "second point" })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __xss?: boolean }).__xss)).toBeUndefined();
  expect(await page.locator('main script:not([type="application/ld+json"])').count()).toBe(0);

  // "Original Source: www.france24.com", linking to the source.
  await expect(page.getByText("Original Source:")).toBeVisible();
  await expect(page.getByRole("link", { name: "www.france24.com" })).toHaveAttribute("href", "https://www.france24.com/en/some-story");

  const box = page.getByRole("complementary", { name: `About ${author.displayName}` });
  await expect(box.getByRole("heading", { name: `About ${author.displayName}` })).toBeVisible();
  await expect(box.getByText(`Marta Quill ${suffix} has covered courts and councils for twelve years.`)).toBeVisible();
  await expect(box.locator('img[src="/avatars/marcus-chen.webp"]')).toBeVisible();
  await expect(box.getByRole("link", { name: "Mastodon" })).toHaveAttribute("href", "https://mastodon.example/@marta");
  await box.getByRole("link", { name: `View all posts by ${author.displayName} →` }).click();
  await expect(page).toHaveURL(`/authors/${author.handle}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(author.displayName);
});

test("an article that was never edited after publishing shows no 'Updated' line", async ({ page }) => {
  const article = await createArticle({ publishedAt: new Date("2026-02-01T08:00:00Z"), editedAt: null });
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByText("Published 1 February 2026 at 08:00")).toBeVisible();
  await expect(page.getByText(/^Updated/)).toHaveCount(0);
  await expect(page.getByText("Original Source:")).toHaveCount(0);
});

test("approved replies are shown threaded with their count; pending, spam and trashed ones are not", async ({ page }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  const first = await createReply({
    articleId: article.id,
    authorName: `Alice ${suffix}`,
    authorEmail: `alice-${suffix}@example.net`,
    authorWebsite: "https://alice.example.org/",
    body: "First reply.\n\nIt has two paragraphs and a link: https://example.org/more",
    createdAt: new Date(Date.now() - 3000),
  });
  await createReply({ articleId: article.id, authorName: `Bob ${suffix}`, body: "Second reply.", createdAt: new Date(Date.now() - 2000) });
  await createReply({
    articleId: article.id,
    parentId: first.id,
    authorName: `Carol ${suffix}`,
    body: "An answer to Alice.",
    createdAt: new Date(Date.now() - 1000),
  });
  for (const status of ["PENDING", "SPAM", "TRASH"] as const) {
    await createReply({ articleId: article.id, authorName: `Hidden ${status} ${suffix}`, status });
  }

  await page.goto(`/articles/${article.slug}`);
  const section = page.getByRole("region", { name: "3 Replies" });
  await expect(section).toBeVisible();
  const alice = section.getByRole("article", { name: `Reply by Alice ${suffix}` });
  await expect(alice.getByText("First reply.")).toBeVisible();
  await expect(alice.getByRole("link", { name: `Alice ${suffix}`, exact: true })).toHaveAttribute("rel", "ugc nofollow noopener");
  await expect(alice.getByRole("link", { name: "https://example.org/more" })).toHaveAttribute("rel", "ugc nofollow noopener");

  // Carol's answer is nested inside the list item that holds Alice's reply.
  const aliceThread = section.getByRole("listitem").filter({ has: page.getByRole("article", { name: `Reply by Alice ${suffix}` }) });
  await expect(aliceThread.getByRole("article", { name: `Reply by Carol ${suffix}` })).toBeVisible();
  const bobThread = section.getByRole("listitem").filter({ has: page.getByRole("article", { name: `Reply by Bob ${suffix}` }) });
  await expect(bobThread.getByRole("article", { name: `Reply by Carol ${suffix}` })).toHaveCount(0);

  await expect(page.getByText(`Hidden`)).toHaveCount(0);
  // A commenter's email address never reaches a reader page.
  expect(await page.content()).not.toContain(`alice-${suffix}@example.net`);
});

test("an article with no replies says so, and one with replies closed says 'Comments are closed.'", async ({ page }) => {
  const open = await createArticle();
  await page.goto(`/articles/${open.slug}`);
  await expect(page.getByRole("heading", { name: "No replies yet" })).toBeVisible();
  await expect(page.getByText("Comments are closed.")).toHaveCount(0);

  const closed = await createArticle({ repliesOpen: false });
  await page.goto(`/articles/${closed.slug}`);
  await expect(page.getByText("Comments are closed.")).toBeVisible();
});
