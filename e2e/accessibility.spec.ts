import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { createArticle, createAuthor, createCategory, createCorrection, createReply, createTag } from "./factories";
import { loginAs } from "./fixtures";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("reader pages have no WCAG 2 A/AA violations", () => {
  let paths: Record<string, string>;

  test.beforeAll(async () => {
    const author = await createAuthor({ avatarUrl: "/avatars/sofia-lindqvist.svg", links: [{ label: "Mastodon", url: "https://mastodon.example/@a" }] });
    const coAuthor = await createAuthor();
    const category = await createCategory();
    const tag = await createTag();
    const article = await createArticle({
      authorId: author.id,
      coAuthorIds: [coAuthor.id],
      categoryId: category.id,
      tagIds: [tag.id],
      sourceName: "www.example-wire.com",
      sourceUrl: "https://www.example-wire.com/story",
      body: "Intro paragraph.\n\n## Section\n\n> Quote\n\n- a\n- b\n\n[Link](https://example.org)",
      editedAt: new Date(),
    });
    await createCorrection({ articleId: article.id, kind: "correction" });
    await createCorrection({ articleId: article.id, kind: "update" });
    const reply = await createReply({ articleId: article.id, authorWebsite: "https://example.org" });
    await createReply({ articleId: article.id, parentId: reply.id });
    paths = {
      home: "/",
      article: `/articles/${article.slug}`,
      author: `/authors/${author.handle}`,
      category: `/category/${category.slug}`,
      tag: `/tag/${tag.slug}`,
      "page 2": "/?page=2",
      corrections: "/corrections",
      "not found": "/no-such-page",
    };
  });

  for (const name of ["home", "article", "author", "category", "tag", "page 2", "corrections", "not found"]) {
    test(name, async ({ page }) => {
      await page.goto(paths[name]!);
      await expectNoAxeViolations(page);
    });
  }
});

test("the media library, its picker and the editor's new controls have no WCAG 2 A/AA violations", async ({ page }) => {
  await loginAs(page, "EDITOR");
  await page.goto("/dashboard/media");
  await expect(page.getByRole("heading", { level: 1, name: "Media" })).toBeVisible();
  await expectNoAxeViolations(page);
  const article = await createArticle();
  await createCorrection({ articleId: article.id });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  await expect(page.getByRole("region", { name: "Corrections and updates" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Choose from library" }).click();
  await expect(page.getByRole("dialog", { name: "Media library" })).toBeVisible();
  await expect(page.getByRole("dialog", { name: "Media library" }).getByRole("status").filter({ hasText: /image|match/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("reader pages fit a 360 px wide screen without sideways scrolling", async ({ page }) => {
  const article = await createArticle({ title: "A deliberately long headline with an extraordinarily long word: Donaudampfschifffahrtsgesellschaft" });
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", `/articles/${article.slug}`, "/authors/marcus-chen", "/category/world"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("keyboard users can skip to the content and see where focus is", async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});
