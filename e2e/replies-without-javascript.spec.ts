import type { Browser, Page } from "@playwright/test";
import { db } from "../lib/db";
import { createArticle, uniqueSuffix } from "./factories";
import { expect, loginAs, readerContext, test, uniqueIp } from "./fixtures";

// The reply form works before the page's scripts have run and without JavaScript: it posts to the
// server action as plain HTML, with the page's own token, and the page comes back with the answer.
// Nothing typed ever goes into an address. docs/decisions/029-replies-without-javascript.md

type Reader = { name: string; email: string; body: string };

function newReader(): Reader {
  const suffix = uniqueSuffix();
  return { name: `Ines ${suffix}`, email: `ines-${suffix}@example.net`, body: `Written without a script ${suffix}.` };
}

/** Every address the page asked for, to check that none carries what the reader typed. */
function watchAddresses(page: Page): string[] {
  const seen: string[] = [];
  page.on("request", (request) => seen.push(request.url()));
  page.on("framenavigated", (frame) => seen.push(frame.url()));
  return seen;
}

function expectNothingTypedIn(addresses: string[], reader: Reader) {
  const typed = [reader.email, encodeURIComponent(reader.email), reader.name, encodeURIComponent(reader.name).replace(/%20/g, "+")];
  for (const address of addresses) for (const value of typed) expect(address, "an address the browser asked for").not.toContain(value);
}

async function fillAndSend(page: Page, reader: Reader) {
  const form = page.getByRole("form", { name: "Leave a Reply" });
  await form.getByLabel("Name").fill(reader.name);
  await form.getByLabel("Email").fill(reader.email);
  await form.getByLabel("Comment").fill(reader.body);
  await form.getByRole("button", { name: "Post Comment" }).click();
}

/** The answer on the page: the form's message, and the reply under the form marked as awaiting moderation. */
async function expectAwaitingModeration(page: Page, reader: Reader) {
  await expect(page.getByRole("status").filter({ hasText: "Your comment is awaiting moderation." })).toBeVisible();
  await expect(page.getByRole("article", { name: "Your reply, awaiting moderation" })).toContainText(reader.body);
}

/** A moderator finds the reply held with the reason, approves it, and then any reader sees it. */
async function moderatorApproves(browser: Browser, reader: Reader, reason: string | RegExp) {
  // The moderator's own browser, with JavaScript (contexts made in a test take its options otherwise).
  const context = await browser.newContext({ javaScriptEnabled: true });
  const moderator = { context, page: await context.newPage() };
  await loginAs(moderator.page, "MODERATOR");
  await moderator.page.goto("/dashboard/moderation");
  const item = moderator.page.getByRole("article", { name: `Reply by ${reader.name}` });
  await expect(item.getByText("Why it was held")).toBeVisible();
  await expect(item).toContainText(reason);
  await item.getByRole("button", { name: `Approve reply by ${reader.name}` }).click();
  await expect(moderator.page.getByRole("status").filter({ hasText: "Approved: 1 reply." })).toBeVisible();
  await moderator.context.close();
}

const UNTIMED = "Sent without the page's script (JavaScript off or blocked, or the reader began before it had loaded)";

test.describe("with JavaScript off", () => {
  test.use({ javaScriptEnabled: false });

  test("a reader posts a reply, is told it awaits moderation, and sees it once a moderator approves it", async ({ page, browser }) => {
    test.slow(); // two browsers, a moderator's sign-in and four article pages: over 30 s on a busy machine
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
    const article = await createArticle();
    const reader = newReader();
    const addresses = watchAddresses(page);
    await page.goto(`/articles/${article.slug}`);
    const form = page.getByRole("form", { name: "Leave a Reply" });
    await expect(form).toHaveAttribute("method", /^post$/i);

    const answer = page.waitForResponse((response) => response.request().method() === "POST");
    await fillAndSend(page, reader);
    // The answer to a post is this reader's alone: never kept by a browser or a cache in between.
    expect((await answer).headers()["cache-control"]).toMatch(/no-store/);
    await expectAwaitingModeration(page, reader);
    await expect(form.getByLabel("Comment")).toHaveValue("");
    expect(new URL(page.url()).pathname).toBe(`/articles/${article.slug}`);
    expect(new URL(page.url()).search).toBe("");
    expectNothingTypedIn(addresses, reader);

    const stored = await db.reply.findFirstOrThrow({ where: { articleId: article.id }, select: { authorEmail: true, status: true } });
    expect(stored).toEqual({ authorEmail: reader.email, status: "PENDING" });
    await moderatorApproves(browser, reader, UNTIMED);

    await page.goto(`/articles/${article.slug}`);
    await expect(page.getByRole("region", { name: "1 Reply" }).getByRole("article", { name: `Reply by ${reader.name}` })).toContainText(reader.body);
  });

  test("a reply with a mistake comes back with the message next to the field and everything typed kept", { tag: "@once" }, async ({ page }) => {
    await page.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueIp() });
    const article = await createArticle();
    const reader = { ...newReader(), email: "not-an-email" };
    const addresses = watchAddresses(page);
    await page.goto(`/articles/${article.slug}`);
    await fillAndSend(page, reader);
    const form = page.getByRole("form", { name: "Leave a Reply" });
    await expect(form.getByLabel("Email")).toHaveAccessibleDescription(/like name@example.com/);
    await expect(form.getByLabel("Email")).toHaveValue("not-an-email");
    await expect(form.getByLabel("Name")).toHaveValue(reader.name);
    await expect(form.getByLabel("Comment")).toHaveValue(reader.body);
    expectNothingTypedIn(addresses, reader);

    await form.getByLabel("Email").fill(`fixed-${uniqueSuffix()}@example.net`);
    await form.getByRole("button", { name: "Post Comment" }).click();
    await expectAwaitingModeration(page, reader);
    expect(await db.reply.count({ where: { articleId: article.id } })).toBe(1);
  });
});

test("with the page's scripts blocked, a reply is stored, answered, and held for a moderator with the reason", async ({ browser }) => {
  test.slow(); // two browsers, a moderator's sign-in and four article pages: over 30 s on a busy machine
  const { context, page } = await readerContext(browser);
  await page.route("**/_next/static/**/*.js", (route) => route.abort());
  const article = await createArticle();
  const reader = newReader();
  const addresses = watchAddresses(page);
  await page.goto(`/articles/${article.slug}`, { waitUntil: "load" }); // its scripts never run
  await fillAndSend(page, reader);
  await expectAwaitingModeration(page, reader);
  expect(new URL(page.url()).search).toBe("");
  expectNothingTypedIn(addresses, reader);
  await moderatorApproves(browser, reader, UNTIMED);

  await page.goto(`/articles/${article.slug}`, { waitUntil: "load" }); // its scripts never run
  await expect(page.getByRole("article", { name: `Reply by ${reader.name}` })).toContainText(reader.body);
  await context.close();
});

test("a reply sent the moment the page arrives, before or after its scripts have run, is stored and answered", async ({ browser }) => {
  const { context, page } = await readerContext(browser);
  const article = await createArticle();
  const reader = newReader();
  const addresses = watchAddresses(page);
  // The production default: Next.js's scripts come after the first paint (decision 028), here as
  // soon as the reader touches the form (decision 064).
  await page.goto(`/articles/${article.slug}`, { waitUntil: "commit" });
  await fillAndSend(page, reader);
  await expectAwaitingModeration(page, reader);
  expectNothingTypedIn(addresses, reader);
  const stored = await db.reply.findFirstOrThrow({
    where: { articleId: article.id },
    select: { authorName: true, body: true, status: true, holdReasons: { select: { code: true } } },
  });
  expect(stored).toMatchObject({ authorName: reader.name, body: reader.body, status: "PENDING" });
  // Held, never filed as spam, whichever way it went: before the scripts (the page's token) or after.
  expect(stored.holdReasons.map((reason) => reason.code)).not.toContain("no-token");
  await context.close();
});

test("a reply begun before the page's scripts ran and sent after they have keeps every word, and is held as untimed", async ({ browser }) => {
  const { context, page } = await readerContext(browser);
  // The scripts arrive only once the reader has typed: a slow phone.
  let release!: () => void;
  const typed = new Promise<void>((resolve) => (release = resolve));
  await page.route("**/_next/static/**/*.js", async (route) => {
    await typed;
    await route.continue();
  });
  const article = await createArticle();
  const reader = newReader();
  await page.goto(`/articles/${article.slug}`, { waitUntil: "domcontentloaded" });
  const form = page.getByRole("form", { name: "Leave a Reply" });
  await form.getByLabel("Name").fill(reader.name);
  await form.getByLabel("Email").fill(reader.email);
  await form.getByLabel("Comment").fill(reader.body);
  release();
  await expect(form).toHaveAttribute("data-hydrated", "");
  await expect(form.getByLabel("Comment")).toHaveValue(reader.body);
  await expect(form.getByLabel("Email")).toHaveValue(reader.email);
  await form.getByRole("button", { name: "Post Comment" }).click();
  await expectAwaitingModeration(page, reader);
  const stored = await db.reply.findFirstOrThrow({ where: { articleId: article.id }, select: { body: true, status: true, holdReasons: { select: { code: true } } } });
  expect(stored.body).toBe(reader.body);
  expect(stored.status).toBe("PENDING");
  // When typing began is unknown: the page's token went with it, never a timing that would be wrong.
  expect(stored.holdReasons.map((reason) => reason.code)).toContain("untimed");
  await context.close();
});
