import { db } from "../lib/db";
import { createArticle, createReply, uniqueSuffix } from "./factories";
import { expect, makeUser, readerContext, signIn, test } from "./fixtures";
import { startSecondServer } from "./second-server";

// A server on its own answers a reader page it has just given from memory for a second
// (lib/http/page-memory.ts, docs/decisions/027-page-memory.md). This spec runs a second server that
// keeps pages a minute: had a write not forgotten the page, the reader would see the old one for the
// rest of the test. Its outcome does not depend on the database, so it runs once in CI (@once).
test.describe.configure({ mode: "serial" });
let server: Awaited<ReturnType<typeof startSecondServer>>;
test.beforeAll(async () => {
  server = await startSecondServer({ PAGE_MEMORY_SECONDS: "60" });
});
test.afterAll(() => server?.stop());

test("a page answered from memory shows a moderator's approval on the reader's very next load @once", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Remembered story ${suffix}` });
  const reply = await createReply({ articleId: article.id, authorName: `Kept ${suffix}`, body: `Worth the wait ${suffix}.`, status: "PENDING" });
  const address = `${server.url}/articles/${article.slug}`;

  // From the second load on, the page comes from memory, and says how old it is.
  await expect(async () => {
    const answer = await page.goto(address);
    expect(answer?.headers().age).toMatch(/^\d+$/);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(article.title);
  await expect(page.getByText(reply.body)).toHaveCount(0);

  // A moderator approves the reply on that server, as a person does.
  const { context, page: moderator } = await readerContext(browser);
  await signIn(moderator, await makeUser("MODERATOR"), server.url);
  await moderator.goto(`${server.url}/dashboard/moderation`);
  await moderator.getByRole("button", { name: `Approve reply by Kept ${suffix}` }).click();
  await expect(moderator.getByRole("status").filter({ hasText: "Approved: 1 reply." })).toBeVisible();
  await context.close();

  // The reader's next load shows it: the approval forgot every page kept.
  await page.goto(address);
  await expect(page.getByRole("article", { name: `Reply by Kept ${suffix}` })).toBeVisible();
  await expect(page.getByText(reply.body)).toBeVisible();
  // And the new page is kept in turn.
  await expect(async () => {
    const again = await page.goto(address);
    expect(again?.headers().age).toMatch(/^\d+$/);
  }).toPass({ timeout: 15_000 });
  await expect(page.getByText(reply.body)).toBeVisible();
});

test("a change made behind Gazette's back shows on the next load after the revalidation endpoint is called @once", async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Before the restore ${suffix}` });
  const address = `${server.url}/articles/${article.slug}`;
  await expect(async () => {
    const answer = await page.goto(address);
    expect(answer?.headers().age).toMatch(/^\d+$/);
  }).toPass({ timeout: 15_000 });

  // A script rewrites the title in the database: readers keep the page they were given, as before.
  await db.article.update({ where: { id: article.id }, data: { title: `After the restore ${suffix}` } });
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Before the restore ${suffix}`);

  // The script then calls the endpoint (a route handler: Next.js applies its expiration late).
  const answer = await request.post(`${server.url}/api/revalidate`, {
    data: { tags: [`article:${article.slug}`] },
    headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}` },
  });
  expect(await answer.json()).toEqual({ revalidated: [`article:${article.slug}`] });
  await page.goto(address);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`After the restore ${suffix}`);
});
