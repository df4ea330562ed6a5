import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { issueReplyToken } from "../lib/replies/token";
import { createArticle, createAuthor, createReply, outboxSettled, uniqueSuffix } from "./factories";
import { expect, loginAs, makeUser, otherSession, readerContext, test, uniqueIp, writeReply } from "./fixtures";
import { MailServer, linkIn, type ReceivedMail } from "./mail-server";

// Notices through a real SMTP server: editorial, held replies, and readers' reply notifications.
const mail = new MailServer();
test.beforeAll(() => mail.start());
test.afterAll(() => mail.stop());

async function status(page: Page, text: string | RegExp) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

/** What a mail program does with RFC 8058 headers: POST "List-Unsubscribe=One-Click" to the link. */
async function oneClickUnsubscribe(message: ReceivedMail) {
  expect(message.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  const url = message.headers.get("list-unsubscribe")!.replace(/^<|>$/g, "");
  const response = await fetch(url, { method: "POST", headers: { "Content-Type": "application/x-www-form-urlencoded" }, body: "List-Unsubscribe=One-Click" });
  expect(response.status).toBe(200);
}

test("editors hear of a submission; the author hears it was sent back, with the editor's note", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const editor = await otherSession(browser, "EDITOR");
  const author = await loginAs(page, "AUTHOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Harbour dredging ${suffix}`);
  await page.getByRole("button", { name: "Submit for review" }).click();
  await expect(page).toHaveURL(/\/edit\?created=submit/);

  const submitted = await mail.waitFor(editor.user.email, `Submitted for review: Harbour dredging ${suffix}`);
  expect(submitted.text).toContain(`${author.name} submitted`);
  expect(submitted.headers.get("list-unsubscribe")).toMatch(/^<http.*\/email\/unsubscribe\?t=/);
  // Nobody is told about their own move.
  expect(mail.to(author.email).filter((m) => m.subject.includes(`Harbour dredging ${suffix}`))).toHaveLength(0);

  await editor.page.goto(linkIn(submitted, "/dashboard/articles/"));
  await editor.page.getByLabel("Note to the author").fill("Add a quote from the harbour master, please.");
  await editor.page.getByRole("button", { name: "Send back to the author" }).click();
  await status(editor.page, "Sent back to the author as a draft.");

  const sentBack = await mail.waitFor(author.email, `Sent back: Harbour dredging ${suffix}`);
  expect(sentBack.text).toContain("Add a quote from the harbour master, please.");
  expect(sentBack.html).toContain("Add a quote from the harbour master, please.");

  // The author turns editorial mail off with one click; publishing then sends nothing.
  await oneClickUnsubscribe(sentBack);
  await page.goto("/dashboard/profile");
  await expect(page.getByLabel("Email me about articles submitted for review, and when my articles are published or sent back")).not.toBeChecked();
  await editor.page.reload();
  await editor.page.getByRole("button", { name: "Publish" }).click();
  await status(editor.page, "Published.");
  await outboxSettled(author.email);
  expect(mail.to(author.email).filter((m) => m.subject.startsWith("Published"))).toHaveLength(0);
  await editor.context.close();
});

test("every author on the byline who has a login hears that the article was sent back, then published", async ({ page }) => {
  const suffix = uniqueSuffix();
  const [lead, co] = await Promise.all([makeUser("AUTHOR"), makeUser("AUTHOR")]);
  const profileOf = async (userId: string) => (await db.author.findUniqueOrThrow({ where: { userId }, select: { id: true } })).id;
  const noLogin = await createAuthor({ displayName: `Freelancer ${suffix}` });
  const title = `Ferry strike ${suffix}`;
  const article = await createArticle({ title, status: "IN_REVIEW", authorId: await profileOf(lead.id), coAuthorIds: [await profileOf(co.id), noLogin.id] });

  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });
  await page.getByLabel("Note to the author").fill("Both of you: check the union's figures.");
  await page.getByRole("button", { name: "Send back to the author" }).click();
  await status(page, "Sent back to the author as a draft.");
  for (const author of [lead, co]) {
    expect((await mail.waitFor(author.email, `Sent back: ${title}`)).text).toContain("Both of you: check the union's figures.");
  }

  await page.reload();
  await page.getByRole("button", { name: "Publish" }).click();
  await status(page, "Published.");
  for (const author of [lead, co]) await mail.waitFor(author.email, `Published: ${title}`);
  // One message each.
  for (const author of [lead, co]) await outboxSettled(author.email);
  for (const author of [lead, co]) expect(mail.to(author.email).filter((m) => m.subject.includes(title))).toHaveLength(2);
});

test("moderators get held replies in batches, and can turn them off", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const moderator = await loginAs(page, "MODERATOR");
  const article = await createArticle({ title: `Ferry timetable ${suffix}` });
  const reader = await readerContext(browser);
  await reader.page.goto(`/articles/${article.slug}`);
  await writeReply(reader.page, { name: `Oskar ${suffix}`, email: `oskar-${suffix}@example.net`, body: `The 7:15 never leaves on time ${suffix}.` });
  await status(reader.page, "Your comment is awaiting moderation.");

  const notice = await mail.waitFor(moderator.email, /waiting for moderation/);
  expect(notice.text).toContain(`Oskar ${suffix} on “Ferry timetable ${suffix}”`);
  expect(notice.text).toContain(`The 7:15 never leaves on time ${suffix}.`);
  expect(notice.text).toContain("/dashboard/moderation");
  // The reader's address is for moderators' eyes on the dashboard, not in a message.
  expect(notice.text).not.toContain(`oskar-${suffix}@example.net`);

  // A second held reply within the interval (15 minutes by default) sends nothing yet.
  const second = await readerContext(browser);
  await second.page.goto(`/articles/${article.slug}`);
  await writeReply(second.page, { name: `Petra ${suffix}`, email: `petra-${suffix}@example.net`, body: `It did today ${suffix}.` });
  await status(second.page, "Your comment is awaiting moderation.");
  // Nothing more can go out before the interval has passed since the first: the moderator's last
  // notice is recent (the rule of lib/mail/held-replies.ts), and nothing is waiting for them.
  const { heldRepliesNoticeAt } = await db.user.findUniqueOrThrow({ where: { id: moderator.id }, select: { heldRepliesNoticeAt: true } });
  expect(Date.now() - heldRepliesNoticeAt!.getTime()).toBeLessThan(15 * 60_000);
  await outboxSettled(moderator.email);
  expect(mail.to(moderator.email).filter((m) => /waiting for moderation/.test(m.subject))).toHaveLength(1);

  // The interval is a setting; the moderator can also turn these messages off.
  await page.goto("/dashboard/profile");
  const optIn = page.getByLabel("Email me when replies are held for moderation (at most one message every few minutes)");
  await expect(optIn).toBeChecked();
  await optIn.uncheck();
  await page.getByRole("button", { name: "Save email preferences" }).click();
  await status(page, "Email preferences saved.");
  expect((await db.user.findUniqueOrThrow({ where: { id: moderator.id } })).notifyHeldReplies).toBe(false);
  await Promise.all([reader.context.close(), second.context.close()]);
});

test("a reader who asks to be notified confirms by email, hears of approval and answers, and unsubscribes in one click", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const email = `nadia-${suffix}@example.net`;
  const article = await createArticle({ title: `Library hours ${suffix}` });
  await page.goto(`/articles/${article.slug}`);
  await page.getByLabel("Notify me of replies to my comment").check();
  await writeReply(page, { name: `Nadia ${suffix}`, email, body: `Open on Sundays, please ${suffix}.` });
  await status(page, "Your comment is awaiting moderation.");

  const confirm = await mail.waitFor(email, /Confirm notifications/);
  expect(confirm.headers.has("list-unsubscribe")).toBe(false);
  const { context: inbox, page: inboxPage } = await readerContext(browser);
  await inboxPage.goto(linkIn(confirm, "/email/confirm"));
  await inboxPage.getByRole("button", { name: "Confirm notifications" }).click();
  await status(inboxPage, "Confirmed.");

  const moderator = await otherSession(browser, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  await moderator.page.getByRole("button", { name: `Approve reply by Nadia ${suffix}` }).click();
  await status(moderator.page, "Approved: 1 reply.");
  const approved = await mail.waitFor(email, /is published/);
  await inboxPage.goto(linkIn(approved, `/articles/${article.slug}`));
  await expect(inboxPage.getByRole("article", { name: `Reply by Nadia ${suffix}` })).toBeVisible();

  // Someone answers (a known commenter, approved at once).
  const nadia = await db.reply.findFirstOrThrow({ where: { authorEmail: email } });
  const other = `oskar-${suffix}@example.net`;
  await createReply({ articleId: article.id, authorName: `Oskar ${suffix}`, authorEmail: other, status: "APPROVED" });
  const answer = await page.request.post(`/api/articles/${article.id}/replies`, {
    headers: { "X-Forwarded-For": uniqueIp() },
    data: { name: `Oskar ${suffix}`, email: other, body: `Seconded ${suffix}.`, parentId: nadia.id, token: issueReplyToken(article.id, Date.now() - 30_000) },
  });
  expect((await answer.json()).status).toBe("APPROVED");
  const replied = await mail.waitFor(email, `Oskar ${suffix} replied to your comment`);
  expect(replied.text).toContain(`Seconded ${suffix}.`);
  expect(replied.text).not.toContain(other);

  // The addresses stay private on the page.
  const html = await (await page.request.get(`/articles/${article.slug}`)).text();
  expect(html).not.toContain(email);
  expect(html).not.toContain(other);

  await oneClickUnsubscribe(replied);
  await page.request.post(`/api/articles/${article.id}/replies`, {
    headers: { "X-Forwarded-For": uniqueIp() },
    data: { name: `Oskar ${suffix}`, email: other, body: `And again ${suffix}.`, parentId: nadia.id, token: issueReplyToken(article.id, Date.now() - 30_000) },
  });
  await outboxSettled(email);
  expect(mail.to(email).filter((m) => m.subject.includes("replied to your comment"))).toHaveLength(1);
  await Promise.all([inbox.close(), moderator.context.close()]);
});
