import { expect, test } from "./fixtures";
import { PAGE_SIZE, createArticle, createAuthor, createReply, uniqueSuffix, words } from "./factories";
import type { Locator, Page } from "@playwright/test";

// Parts far below the first screen are laid out only as they near it (`content-visibility: auto`,
// app/design.css, decision 064), with a guessed height until then. A reader who jumps to the end of
// a page (End, a scroll bar dragged down, a link to #respond) would reach a part still at its guess:
// laid out a frame later, a wrong guess moves everything after it and, at the end of the page,
// everything on screen, under the reader's pointer. So what ends a page is laid out from the start
// (decision 065). What a browser lays out does not depend on the database: once in CI (@once).

/**
 * Jumps to the end of the page in one step, as the End key or a dragged scroll bar does, and returns
 * where `target` was on screen then and after the next frames, once the late parts are laid out.
 */
async function jumpToEnd(page: Page, target: Locator): Promise<{ before: number; after: number; scrolledBy: number }> {
  const handle = await target.elementHandle();
  const moved = await page.evaluate(async (element) => {
    const top = () => Math.round(element!.getBoundingClientRect().top);
    const root = document.scrollingElement!;
    root.scrollTop = root.scrollHeight;
    const before = top();
    const startedAt = root.scrollTop;
    for (let frame = 0; frame < 6; frame++) await new Promise((resolve) => requestAnimationFrame(resolve));
    return { before, after: top(), scrolledBy: root.scrollTop - startedAt };
  }, handle);
  await handle?.dispose();
  return moved;
}

test("a reader who jumps to the end of an author's list finds the Older link where it was, and it works @once", async ({ page }) => {
  const suffix = uniqueSuffix();
  const author = await createAuthor({ displayName: `Jo Lateparts ${suffix}` });
  for (let i = 0; i < PAGE_SIZE + 1; i++) {
    await createArticle({ title: `Lateparts story ${i} ${suffix}`, authorId: author.id, publishedAt: new Date(Date.now() - (i + 1) * 60_000) });
  }
  await page.goto(`/authors/${author.handle}`);
  const older = page.getByRole("link", { name: /Older/ });
  const moved = await jumpToEnd(page, older);
  expect(moved.after, `the Older link moved on screen: ${JSON.stringify(moved)}`).toBe(moved.before);
  await older.click();
  await expect(page).toHaveURL(`/authors/${author.handle}?page=2`);
  await expect(page.getByRole("list", { name: `Articles by ${author.displayName}` }).getByRole("heading")).toHaveText([`Lateparts story ${PAGE_SIZE} ${suffix}`]);
});

test("a reader who jumps to the end of a long story finds the reply form's button where it was @once", async ({ page }) => {
  const suffix = uniqueSuffix();
  // Paragraphs of one line and of many, and a thread of replies above the form.
  const body = Array.from({ length: 30 }, (_, index) => (index % 3 === 0 ? `Line ${index}.` : `Paragraph ${index}. ${words(80, "reporting")}`)).join("\n\n");
  const article = await createArticle({ title: `Late parts ${suffix}`, body });
  for (let i = 0; i < 8; i++) await createReply({ articleId: article.id, authorName: `Reader ${i} ${suffix}`, body: `Reply ${i} ${suffix}. ${words(i * 12, "indeed")}`, status: "APPROVED" });
  await page.goto(`/articles/${article.slug}`);
  const button = page.getByRole("form", { name: "Leave a Reply" }).getByRole("button", { name: "Post Comment" });
  const moved = await jumpToEnd(page, button);
  expect(moved.after, `the reply button moved on screen: ${JSON.stringify(moved)}`).toBe(moved.before);
  await expect(button).toBeInViewport();

  // On paper, every paragraph is laid out, skipped on screen or not.
  await page.emulateMedia({ media: "print" });
  const skipped = await page.locator(".story-body > p").evaluateAll((paragraphs) => paragraphs.filter((p) => getComputedStyle(p).contentVisibility !== "visible").length);
  expect(skipped, "paragraphs left to content-visibility when printed").toBe(0);
});

test("on a tall screen, the end of a story whose replies are closed stays put when a reader jumps there @once", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 1100 });
  const suffix = uniqueSuffix();
  const body = Array.from({ length: 20 }, (_, index) => `Paragraph ${index}. ${words(index % 2 ? 6 : 90, "reporting")}`).join("\n\n");
  const article = await createArticle({ title: `Closed late parts ${suffix}`, body, repliesOpen: false });
  // Fourteen replies: the first four are laid out as they near the screen, the last ten from the start.
  for (let i = 0; i < 14; i++) await createReply({ articleId: article.id, authorName: `Reader ${i} ${suffix}`, body: `Reply ${i} ${suffix}. ${words((i % 5) * 15, "indeed")}`, status: "APPROVED" });
  await page.goto(`/articles/${article.slug}`);
  const closed = page.getByText("Comments are closed.");
  const moved = await jumpToEnd(page, closed);
  expect(moved.after, `the closing note moved on screen: ${JSON.stringify(moved)}`).toBe(moved.before);
  await expect(closed).toBeInViewport();
});
