import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { createArticle, createAuthor, createCategory, createReply, createTag, uniqueSuffix } from "./factories";
import { expect, loginAs, otherSession, readerContext, test, uniqueIp, writeReply } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
});

async function status(page: Page, text: string | RegExp) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test("the article page invites replies the way readers expect", { tag: "@once" }, async ({ page }) => {
  const article = await createArticle();
  await page.goto(`/articles/${article.slug}`);
  const section = page.getByRole("region", { name: "Leave a Reply" });
  await expect(section.getByRole("heading", { name: "Leave a Reply" })).toBeVisible();
  await expect(section.getByText("Your email address will not be published. Required fields are marked")).toBeVisible();
  const form = section.getByRole("form", { name: "Leave a Reply" });
  for (const label of ["Name", "Email", "Comment"]) await expect(form.getByLabel(label)).toHaveAttribute("required", "");
  await expect(form.getByLabel("Website")).not.toHaveAttribute("required", "");
  await expect(form.getByRole("button", { name: "Post Comment" })).toBeVisible();
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("a reply waits for a moderator: its author sees it pending, nobody else does, then everyone sees it approved", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  await page.goto(`/articles/${article.slug}`);
  await writeReply(page, { name: `Nadia ${suffix}`, email: `nadia-${suffix}@example.net`, body: `A first thought ${suffix}.` });
  await status(page, "Your comment is awaiting moderation.");
  await expect(page.getByRole("form", { name: "Leave a Reply" }).getByLabel("Comment")).toHaveValue("");
  const mine = page.getByRole("article", { name: "Your reply, awaiting moderation" });
  await expect(mine).toContainText(`A first thought ${suffix}.`);
  await page.reload();
  await expect(page.getByRole("article", { name: "Your reply, awaiting moderation" })).toContainText(`A first thought ${suffix}.`);

  const stranger = await readerContext(browser);
  await stranger.page.goto(`/articles/${article.slug}`);
  await expect(stranger.page.getByText(`A first thought ${suffix}.`)).toHaveCount(0);
  await expect(stranger.page.getByRole("heading", { name: "No replies yet" })).toBeVisible();

  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  const item = moderator.page.getByRole("article", { name: `Reply by Nadia ${suffix}` });
  await expect(item).toContainText(`nadia-${suffix}@example.net`);
  await expect(item).toContainText("First reply from this email address");
  await item.getByRole("button", { name: `Approve reply by Nadia ${suffix}` }).click();
  await status(moderator.page, "Approved: 1 reply.");

  await stranger.page.reload();
  await expect(stranger.page.getByRole("region", { name: "1 Reply" }).getByRole("article", { name: `Reply by Nadia ${suffix}` })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("article", { name: `Reply by Nadia ${suffix}` })).toBeVisible();
  await expect(page.getByRole("article", { name: "Your reply, awaiting moderation" })).toHaveCount(0);
  await Promise.all([stranger.context.close(), moderator.context.close()]);
});

test("readers answer an approved reply in a thread, and can cancel", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  const parent = await createReply({ articleId: article.id, authorName: `Omar ${suffix}`, body: "Parent reply." });
  // A known commenter (an approved reply before), published at once when not in a hurry.
  await createReply({ articleId: article.id, authorName: "Earlier", authorEmail: `lena-${suffix}@example.net`, body: "Earlier reply." });
  await page.goto(`/articles/${article.slug}`);
  await page.getByRole("link", { name: `Reply to Omar ${suffix}` }).click();
  await expect(page.getByRole("heading", { name: `Reply to Omar ${suffix}` })).toBeVisible();
  await page.getByRole("button", { name: "Cancel reply" }).click();
  await expect(page.getByRole("heading", { name: "Leave a Reply" })).toBeVisible();
  await page.getByRole("link", { name: `Reply to Omar ${suffix}` }).click();
  await writeReply(page, { name: `Lena ${suffix}`, email: `lena-${suffix}@example.net`, body: "An answer to Omar." });
  // Sent within a second of typing (pasted): held for a moderator even from a known commenter.
  await status(page, "Your comment is awaiting moderation.");
  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  const held = moderator.page.getByRole("article", { name: `Reply by Lena ${suffix}` });
  await expect(held).toContainText(`In reply to Omar ${suffix}`);
  await expect(held).toContainText(/Sent \d+(\.\d)? s after typing began/);
  await held.getByRole("button", { name: `Approve reply by Lena ${suffix}` }).click();
  await status(moderator.page, "Approved: 1 reply.");
  await moderator.context.close();
  await page.reload();
  const omarThread = page.getByRole("listitem").filter({ has: page.getByRole("article", { name: `Reply by Omar ${suffix}` }) });
  await expect(omarThread.getByRole("article", { name: `Reply by Lena ${suffix}` })).toContainText("An answer to Omar.");
  expect((await db.reply.findFirstOrThrow({ where: { authorName: `Lena ${suffix}` } })).parentId).toBe(parent.id);
});

test("robots are caught: the honeypot, the block list and a forged token go to spam, with the reason", async ({ page, browser, request }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();

  await page.goto(`/articles/${article.slug}`);
  await page.evaluate(() => ((document.querySelector('input[name="company"]') as HTMLInputElement).value = "Acme Ltd"));
  await writeReply(page, { name: `Honey ${suffix}`, email: `honey-${suffix}@example.net`, body: "Great post" });
  // The same answer as any held reply: it waits in the moderators' Spam tab (decision 029).
  await status(page, "Your comment is awaiting moderation.");

  const blocked = await readerContext(browser);
  await blocked.page.goto(`/articles/${article.slug}`);
  await writeReply(blocked.page, { name: `Seller ${suffix}`, email: `seller-${suffix}@example.net`, body: "Best Casino Bonus here" });
  await status(blocked.page, "Your comment is awaiting moderation.");

  const forged = await request.post(`/api/articles/${article.id}/replies`, {
    headers: { "X-Forwarded-For": uniqueIp() },
    data: { name: `Forger ${suffix}`, email: `forger-${suffix}@example.net`, body: "Hello", token: `${article.id}.page.not-the-signature` },
  });
  expect(forged.status()).toBe(201);
  expect((await forged.json()).status).toBe("PENDING");

  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation?status=spam");
  await expect(moderator.page.getByRole("article", { name: `Reply by Honey ${suffix}` })).toContainText("A hidden field that only robots see was filled in.");
  await expect(moderator.page.getByRole("article", { name: `Reply by Seller ${suffix}` })).toContainText("Contains “casino bonus”, which is on the block list.");
  await expect(moderator.page.getByRole("article", { name: `Reply by Forger ${suffix}` })).toContainText("The form's token was missing or forged");
  await expect(moderator.page.getByRole("article", { name: `Reply by Honey ${suffix}` }).getByText("Why it was marked as spam")).toBeVisible();
  await moderator.page.goto("/dashboard/moderation");
  await expect(moderator.page.getByRole("article", { name: new RegExp(`Reply by (Honey|Seller|Forger) ${suffix}`) })).toHaveCount(0);
  await Promise.all([blocked.context.close(), moderator.context.close()]);
});

test("a reply pasted and sent within a second of typing is held for a moderator, not filed as spam, and the moderator sees why", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  await page.goto(`/articles/${article.slug}`);
  await writeReply(page, { name: `Hasty ${suffix}`, email: `hasty-${suffix}@example.net`, body: `Prepared earlier, pasted now ${suffix}.` });
  await status(page, "Your comment is awaiting moderation.");
  await expect(page.getByRole("article", { name: "Your reply, awaiting moderation" })).toContainText(`Prepared earlier, pasted now ${suffix}.`);

  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  const held = moderator.page.getByRole("article", { name: `Reply by Hasty ${suffix}` });
  await expect(held.getByText("Why it was held")).toBeVisible();
  await expect(held).toContainText(/Sent \d+(\.\d)? s after typing began; people usually take at least 3 s, unless they paste a comment written elsewhere\./);
  await moderator.page.goto("/dashboard/moderation?status=spam");
  await expect(moderator.page.getByRole("article", { name: `Reply by Hasty ${suffix}` })).toHaveCount(0);
  await moderator.context.close();
});

test("held replies say why: links and the hold list, which an admin edits", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  const admin = await otherSession(browser, "ADMIN");
  await admin.page.goto("/dashboard/moderation/settings");
  const holdList = admin.page.getByLabel("Hold list");
  await holdList.fill(`${await holdList.inputValue()}\nrefund ${suffix}`);
  await admin.page.getByRole("button", { name: "Save settings" }).click();
  await status(admin.page, "Reply settings saved.");

  await createReply({ articleId: article.id, authorEmail: `known-${suffix}@example.net` });
  await page.goto(`/articles/${article.slug}`);
  await writeReply(page, { name: `Linker ${suffix}`, email: `known-${suffix}@example.net`, body: `See https://a.example.org and www.b.com — refund ${suffix} please` });
  await status(page, "Your comment is awaiting moderation.");

  await admin.page.goto("/dashboard/moderation");
  const held = admin.page.getByRole("article", { name: `Reply by Linker ${suffix}` });
  await expect(held.getByText("Why it was held")).toBeVisible();
  await expect(held).toContainText("Contains 2 links; replies with 2 or more are held.");
  await expect(held).toContainText(`Contains “refund ${suffix}”, which is on the hold list.`);
  await expect(held).not.toContainText("First reply");
  await admin.context.close();
});

test("bad input is explained next to each field and everything typed is kept", { tag: "@once" }, async ({ page }) => {
  const article = await createArticle();
  await page.goto(`/articles/${article.slug}`);
  const form = page.getByRole("form", { name: "Leave a Reply" });
  await form.getByRole("button", { name: "Post Comment" }).click();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription("Enter your name.");
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/Enter your email address/);
  await expect(form.getByLabel("Comment")).toHaveAccessibleDescription("Write your comment.");

  await form.getByLabel("Name").fill("N".repeat(101));
  await form.getByLabel("Email").fill("not-an-email");
  await form.getByLabel("Website").fill("javascript:alert(1)");
  await form.getByLabel("Comment").evaluate((el: HTMLTextAreaElement) => (el.value = "x".repeat(5001)));
  await form.getByRole("button", { name: "Post Comment" }).click();
  await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/like name@example.com/);
  await expect(form.getByLabel("Website")).toHaveAccessibleDescription(/https:\/\//);
  await expect(form.getByLabel("Comment")).toHaveAccessibleDescription(/under 5,000 characters/);
  await expect(form.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(form.getByLabel("Website")).toHaveValue("javascript:alert(1)");
  expect((await form.getByLabel("Comment").inputValue()).length).toBe(5001);
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(0);
});

test("posting twice is refused with a clear message: the same reply, then too fast", async ({ page }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  await page.goto(`/articles/${article.slug}`);
  await writeReply(page, { name: `Repeat ${suffix}`, email: `repeat-${suffix}@example.net`, body: "Same words." });
  await status(page, "Your comment is awaiting moderation.");
  await writeReply(page, { name: `Repeat ${suffix}`, email: `repeat-${suffix}@example.net`, body: "Same words." });
  await status(page, "You have already posted this comment. It will not be posted twice.");
  await writeReply(page, { name: `Repeat ${suffix}`, email: `repeat-${suffix}@example.net`, body: "Different words." });
  await status(page, /You are posting too quickly\. Please wait \d+ seconds? and post again; your comment is still here\./);
  await expect(page.getByRole("form", { name: "Leave a Reply" }).getByLabel("Comment")).toHaveValue("Different words.");
  expect(await db.reply.count({ where: { articleId: article.id } })).toBe(1);
});

test("comments can be closed; the page says so and the action refuses", async ({ page }) => {
  const closed = await createArticle({ repliesOpen: false });
  await page.goto(`/articles/${closed.slug}`);
  await expect(page.getByText("Comments are closed.")).toBeVisible();
  await expect(page.getByRole("form", { name: "Leave a Reply" })).toHaveCount(0);

  const open = await createArticle();
  await page.goto(`/articles/${open.slug}`);
  await db.article.update({ where: { id: open.id }, data: { repliesOpen: false } }); // the page still shows the form
  await writeReply(page, { name: "Late", email: `late-${uniqueSuffix()}@example.net`, body: "Too late?" });
  await status(page, "Comments are closed.");
  expect(await db.reply.count({ where: { articleId: open.id } })).toBe(0);
});

test("moderators act on one reply at a time, in bulk, by keyboard, undo, and see each reply's history", async ({ page }) => {
  test.slow(); // a dozen moves, each a round trip
  const suffix = uniqueSuffix();
  const moderator = await loginAs(page, "MODERATOR");
  const article = await createArticle({ title: `Busy thread ${suffix}` });
  const make = (name: string) => createReply({ articleId: article.id, authorName: `${name} ${suffix}`, status: "PENDING" });
  const [first, second, third] = [await make("Alpha"), await make("Bravo"), await make("Charlie")];
  await page.goto("/dashboard/moderation");
  const reply = (r: { authorName: string }) => page.getByRole("article", { name: `Reply by ${r.authorName}` });

  // Bulk: approve two.
  await reply(first).getByRole("checkbox").check();
  await reply(second).getByRole("checkbox").check();
  await page.getByRole("combobox", { name: "Bulk action" }).selectOption("approve");
  await page.getByRole("button", { name: "Apply to selected" }).click();
  await status(page, "Approved: 2 replies.");
  await expect(reply(first)).toHaveCount(0);
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("region", { name: "2 Replies" })).toBeVisible();

  // Keyboard: j/k move between replies, "a" approves the current one, "z" undoes.
  await page.goto("/dashboard/moderation");
  await expect(page.locator("[data-keyboard-ready]")).toBeAttached();
  await page.keyboard.press("?");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toContainText("approve");
  await page.keyboard.press("j");
  await expect(page.getByRole("article", { name: /^Reply by/ }).nth(1)).toBeFocused();
  await page.keyboard.press("k");
  await expect(page.getByRole("article", { name: /^Reply by/ }).nth(0)).toBeFocused();
  await reply(third).focus();
  await page.keyboard.press("a");
  await status(page, "Approved: 1 reply.");
  await expect(reply(third)).toHaveCount(0);
  await page.keyboard.press("z");
  await status(page, "Undone: 1 reply.");
  await expect(reply(third)).toBeVisible();
  await reply(third).focus();
  await page.keyboard.press("s");
  await status(page, "Marked as spam: 1 reply.");
  await page.getByRole("button", { name: "Undo" }).click();
  await status(page, "Undone: 1 reply.");
  await reply(third).focus();
  await page.keyboard.press("t");
  await status(page, "Moved to the trash: 1 reply.");

  // Trash: restore (back to pending), trash again, delete permanently.
  await page.getByRole("link", { name: /Trash/ }).click();
  await reply(third).getByRole("button", { name: /^Restore/ }).click();
  await status(page, "Restored: 1 reply.");
  expect((await db.reply.findUniqueOrThrow({ where: { id: third.id } })).status).toBe("PENDING");
  await page.goto("/dashboard/moderation");
  await reply(third).getByRole("button", { name: /^Trash/ }).click();
  await status(page, "Moved to the trash: 1 reply.");
  await page.goto("/dashboard/moderation?status=trash");
  await reply(third).getByRole("button", { name: /^Delete permanently/ }).click();
  await status(page, "Deleted permanently: 1 reply.");
  expect(await db.reply.count({ where: { id: third.id } })).toBe(0);

  // Approved tab: unapprove, spam, not spam; history records who did what.
  await page.goto("/dashboard/moderation?status=approved");
  await reply(first).getByRole("button", { name: /^Unapprove/ }).click();
  await status(page, "Unapproved: 1 reply.");
  await page.goto("/dashboard/moderation?status=approved");
  await reply(second).getByRole("button", { name: /^Spam/ }).click();
  await status(page, "Marked as spam: 1 reply.");
  await page.goto("/dashboard/moderation?status=spam");
  await reply(second).getByRole("button", { name: /^Not spam/ }).click();
  await status(page, "Marked as not spam: 1 reply.");
  await page.goto("/dashboard/moderation");
  await reply(second).getByText("History").click();
  await expect(reply(second)).toContainText(`${moderator.name} approved it`);
  await expect(reply(second)).toContainText(`${moderator.name} marked as spam it`);
  await expect(reply(second)).toContainText(`${moderator.name} marked as not spam it`);
});

test("moderators edit a reply and answer it as staff, published at once", async ({ page }) => {
  const suffix = uniqueSuffix();
  const moderator = await loginAs(page, "MODERATOR");
  const article = await createArticle();
  const parent = await createReply({ articleId: article.id, authorName: `Typo ${suffix}`, body: "Teh budget.", status: "APPROVED" });
  await page.goto("/dashboard/moderation?status=approved");
  const item = page.getByRole("article", { name: `Reply by ${parent.authorName}` });
  await item.getByText("Edit").click();
  await item.getByLabel("Comment").fill("The budget.");
  await item.getByRole("button", { name: "Save changes" }).click();
  await status(page, "Reply edited.");
  await page.goto("/dashboard/moderation?status=approved");
  await item.getByText("Reply", { exact: true }).click();
  await item.getByLabel(`Your reply to ${parent.authorName}`).fill("Thanks, fixed.");
  await item.getByRole("button", { name: "Publish reply" }).click();
  await status(page, "Your reply is published.");

  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("article", { name: `Reply by ${parent.authorName}` })).toContainText("The budget.");
  const staff = page.getByRole("article", { name: `Reply by ${moderator.name}` });
  await expect(staff).toContainText("Thanks, fixed.");
  await expect(staff.getByText("Staff")).toBeVisible();
});

test("moderation actions check the caller themselves: no session, or the wrong role, is refused", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle();
  const pending = await createReply({ articleId: article.id, authorName: `Guarded ${suffix}`, status: "PENDING" });
  await loginAs(page, "MODERATOR", { open: "/dashboard/moderation" });
  const item = page.getByRole("article", { name: `Reply by Guarded ${suffix}` });

  await page.context().clearCookies();
  await item.getByRole("button", { name: /^Approve/ }).click();
  await status(page, "Please sign in.");

  const author = await otherSession(browser, "AUTHOR");
  await page.context().addCookies(await author.context.cookies());
  await item.getByRole("button", { name: /^Approve/ }).click();
  await status(page, "You do not have permission to do that.");
  expect((await db.reply.findUniqueOrThrow({ where: { id: pending.id } })).status).toBe("PENDING");
  expect((await author.page.goto("/dashboard/moderation"))?.status()).toBe(403);
  await author.context.close();
});

test("a commenter's email never reaches a page readers can load", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const email = `secret-${suffix}@example.net`;
  const author = await createAuthor();
  const category = await createCategory();
  const tag = await createTag();
  const article = await createArticle({ authorId: author.id, categoryId: category.id, tagIds: [tag.id] });
  await page.goto(`/articles/${article.slug}`);
  await writeReply(page, { name: `Private ${suffix}`, email, website: "https://example.org/me", body: "Keep my address private." });
  await status(page, "Your comment is awaiting moderation.");
  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  await moderator.page.getByRole("article", { name: `Reply by Private ${suffix}` }).getByRole("button", { name: /^Approve/ }).click();
  await status(moderator.page, "Approved: 1 reply.");
  await moderator.context.close();

  const reader = await readerContext(browser);
  for (const path of ["/", `/articles/${article.slug}`, `/authors/${author.handle}`, `/category/${category.slug}`, `/tag/${tag.slug}`, "/?page=2", "/api/auth/session"]) {
    const response = await reader.page.request.get(path);
    expect(response.status(), path).toBeLessThan(400);
    expect(await response.text(), path).not.toContain(email);
  }
  await reader.page.goto(`/articles/${article.slug}`);
  await expect(reader.page.getByRole("article", { name: `Reply by Private ${suffix}` })).toBeVisible();
  expect(await reader.page.content()).not.toContain(email);
  await reader.context.close();
});

test("an admin closes replies on old articles; only admins reach the settings", async ({ page, browser }) => {
  const old = await createArticle({ publishedAt: new Date(Date.now() - 3 * 86_400_000) });
  const fresh = await createArticle();
  await loginAs(page, "ADMIN", { open: "/dashboard/moderation/settings" });
  await page.getByLabel("Close replies on articles older than (days)").fill("-3");
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByLabel("Close replies on articles older than (days)")).toHaveAccessibleDescription(/0 or more/);
  await page.getByLabel("Close replies on articles older than (days)").fill("2");
  await page.getByRole("button", { name: "Save settings" }).click();
  await status(page, "Reply settings saved.");
  try {
    const reader = await readerContext(browser);
    await reader.page.goto(`/articles/${old.slug}`);
    await expect(reader.page.getByText("Comments are closed.")).toBeVisible();
    await reader.page.goto(`/articles/${fresh.slug}`);
    await expect(reader.page.getByRole("form", { name: "Leave a Reply" })).toBeVisible();
    await reader.context.close();
  } finally {
    await page.getByLabel("Close replies on articles older than (days)").fill("0");
    await page.getByRole("button", { name: "Save settings" }).click();
    await status(page, "Reply settings saved.");
  }
  const editor = await otherSession(browser, "EDITOR");
  expect((await editor.page.goto("/dashboard/moderation/settings"))?.status()).toBe(403);
  await editor.context.close();
});

test("the moderation queue and its settings have no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page }) => {
  // axe over several whole pages: slow on a busy machine, not a measure of anything.
  test.slow();
  const article = await createArticle();
  const parent = await createReply({ articleId: article.id });
  await createReply({ articleId: article.id, parentId: parent.id, status: "PENDING" });
  await loginAs(page, "ADMIN");
  for (const path of ["/dashboard/moderation", "/dashboard/moderation?status=approved", "/dashboard/moderation/settings"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${path} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  }
});
