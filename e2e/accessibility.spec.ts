import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { newLinkToken } from "../lib/mail/tokens";
import { createArticle, createAuthor, createCategory, createCorrection, createReply, createTag, uniqueSuffix } from "./factories";
import { bodyEditor, expect, loginAs, makeUser, test } from "./fixtures";

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test.describe("reader pages have no WCAG 2 A/AA violations", { tag: "@once" }, () => {
  let paths: Record<string, string>;

  test.beforeAll(async () => {
    const author = await createAuthor({ avatarUrl: "/avatars/sofia-lindqvist.webp", links: [{ label: "Mastodon", url: "https://mastodon.example/@a" }] });
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
      body: {
        type: "doc",
        content: [
          { type: "paragraph", content: [{ type: "text", text: "Intro paragraph with " }, { type: "text", text: "a link", marks: [{ type: "link", attrs: { href: "https://example.org" } }] }] },
          { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Section" }] },
          { type: "blockquote", content: [{ type: "paragraph", content: [{ type: "text", text: "Quote" }] }] },
          { type: "bulletList", content: [{ type: "listItem", content: [{ type: "paragraph", content: [{ type: "text", text: "a" }] }] }] },
          { type: "pullQuote", content: [{ type: "text", text: "A pulled quotation" }] },
          { type: "figure", attrs: { src: "/uploads/missing.png", alt: "A harbour", caption: "The harbour", credit: "Photo: Ada", width: "full", mediaId: null } },
          { type: "embed", attrs: { url: "https://vimeo.com/76979871" } },
          { type: "horizontalRule" },
        ],
      },
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

test("the media library, its picker and the editor's new controls have no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR", { open: "/dashboard/media" });
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

test("reader pages fit a 360 px wide screen without sideways scrolling", { tag: "@once" }, async ({ page }) => {
  const article = await createArticle({ title: "A deliberately long headline with an extraordinarily long word: Donaudampfschifffahrtsgesellschaft" });
  await page.setViewportSize({ width: 360, height: 740 });
  for (const path of ["/", `/articles/${article.slug}`, "/authors/marcus-chen", "/category/world"]) {
    await page.goto(path);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, path).toBeLessThanOrEqual(0);
  }
});

test("keyboard users can skip to the content and see where focus is", { tag: "@once" }, async ({ page }) => {
  await page.goto("/");
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name: "Skip to content" });
  await expect(skip).toBeFocused();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe("none");
});

test("the article editor, its toolbar, link bar and image dialog have no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.type("## A heading");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Some text for the body.");
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Link" }).click();
  await expect(page.getByLabel("Link address")).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Cancel" }).click();

  // The toolbar is one tab stop; arrow keys move along it.
  await page.getByRole("button", { name: "Bold" }).focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByRole("button", { name: "Italic" })).toBeFocused();

  await page.getByRole("button", { name: "Insert image" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  await page.keyboard.press("Escape");
  await expect(dialog).toBeHidden();
});

test("the mail pages have no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page }) => {
  test.slow(); // axe over six pages
  const suffix = uniqueSuffix();
  const newcomer = await makeUser("AUTHOR");
  const forgetful = await makeUser("EDITOR");
  const links = Object.fromEntries(
    await Promise.all(
      ([[newcomer.id, "invitation"], [forgetful.id, "password-reset"]] as const).map(async ([userId, purpose]) => {
        const { token, tokenHash } = newLinkToken();
        await db.emailToken.create({ data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
        return [purpose, token] as const;
      }),
    ),
  );
  await db.newsletterSubscriber.create({ data: { email: `axe-${suffix}@example.net`, frequency: "DAILY", confirmedAt: new Date() } });
  await db.outboxMessage.create({ data: { kind: "editorial", to: `axe-${suffix}@example.com`, subject: `Axe notice ${suffix}`, text: "Text", html: "<p>Text</p>" } });

  for (const path of ["/newsletter", "/login/forgot", `/login/reset?token=${links["password-reset"]}`, `/login/welcome?token=${links.invitation}`]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(page.getByRole("heading", { name: "This link no longer works" })).toHaveCount(0);
    await expectNoAxeViolations(page);
  }
  await loginAs(page, "ADMIN");
  for (const path of ["/dashboard/outbox", "/dashboard/newsletter"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
  }
});
