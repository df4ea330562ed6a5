import { db } from "../lib/db";
import { createArticle, createCorrection, uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

const today = () => new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" }).format(new Date());

test("an editor adds a correction: it shows on the article, in its JSON-LD and history, on /corrections and in its feed", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Council Budget Passes ${suffix}` });
  const draft = await createArticle({ title: `Budget draft ${suffix}`, status: "DRAFT" });
  await loginAs(page, "EDITOR");

  // Drafts have no notes: they are changed themselves.
  await page.goto(`/dashboard/articles/${draft.id}/edit`);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeVisible();
  await expect(page.getByRole("region", { name: "Corrections and updates" })).toHaveCount(0);

  await page.goto(`/dashboard/articles/${article.id}/edit`);
  const panel = page.getByRole("region", { name: "Corrections and updates" });
  await expect(panel.getByText("No corrections or updates yet.")).toBeVisible();
  // Refused at the field, what was typed kept.
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByLabel("Note")).toHaveAccessibleDescription(/Say what was corrected or updated/);
  const tooLong = `An earlier version ${suffix} ${"x".repeat(2_000)}`;
  await panel.getByLabel("Note").fill(tooLong);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByLabel("Note")).toHaveAccessibleDescription(/under 2,000 characters/);
  await expect(panel.getByLabel("Note")).toHaveValue(tooLong);

  const text = `An earlier version of this article misstated the vote as 31 to 12; it was 29 to 14 (${suffix}).`;
  await panel.getByLabel("Kind").selectOption("correction");
  await panel.getByLabel("Note").fill(text);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Correction added." })).toBeVisible();
  await expect(panel.getByText(text)).toBeVisible();
  const update = `Update ${suffix}: the mayor has signed the budget.`;
  await panel.getByLabel("Kind").selectOption("update");
  await panel.getByLabel("Note").fill(update);
  await panel.getByRole("button", { name: "Add note" }).click();
  await expect(panel.getByRole("status").filter({ hasText: "Update added." })).toBeVisible();

  // Kept in the article's history.
  await page.goto(`/dashboard/articles/${article.id}/revisions`);
  await expect(page.getByRole("region", { name: "Corrections and updates" }).getByText(text)).toBeVisible();
  const audit = await db.auditEvent.findMany({ where: { entityType: "article", entityId: article.id }, select: { action: true } });
  expect(audit.map((event) => event.action).sort()).toEqual(["article.correction", "article.update"]);

  // On the article, for readers, at once.
  const reader = await browser.newPage();
  await reader.goto(`/articles/${article.slug}`);
  const notes = reader.getByRole("region", { name: "Corrections and updates" });
  await expect(notes.getByRole("listitem").first()).toHaveText(`Correction, ${today()}: ${text}`);
  await expect(notes.getByRole("listitem").nth(1)).toHaveText(`Update, ${today()}: ${update}`);
  const jsonLd = await reader.locator('script[type="application/ld+json"]').evaluateAll((scripts) => scripts.map((script) => JSON.parse(script.textContent ?? "{}")));
  const news = jsonLd.find((data) => data["@type"] === "NewsArticle");
  expect(news.correction).toEqual([{ "@type": "CorrectionComment", text, datePublished: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) }]);

  // On /corrections, newest first, linking to the article; and in its feed.
  await reader.goto("/");
  await reader.getByRole("contentinfo").getByRole("link", { name: "Corrections" }).click();
  await expect(reader.getByRole("heading", { level: 1, name: "Corrections and updates" })).toBeVisible();
  const list = reader.getByRole("list", { name: "Corrections and updates" });
  await expect(list.getByRole("listitem").first()).toContainText(update);
  await expect(list.getByRole("listitem").nth(1)).toContainText(text);
  await list.getByRole("listitem").nth(1).getByRole("link", { name: `Council Budget Passes ${suffix}` }).click();
  await expect(reader).toHaveURL(new RegExp(`/articles/${article.slug}#corrections$`));

  const feed = await reader.request.get("/corrections/feed.xml");
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("application/rss+xml");
  const rss = await feed.text();
  expect(rss).toContain(`<title><![CDATA[Correction: Council Budget Passes ${suffix}]]></title>`);
  expect(rss).toContain(text);
  expect(rss).toContain(`/articles/${article.slug}#corrections`);
  expect(await (await reader.request.get("/sitemap-pages.xml")).text()).toContain("/corrections</loc>");
  await reader.close();
});

test("an author cannot add corrections, and unpublished articles' notes leave /corrections", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const author = await loginAs(page, "AUTHOR");
  const profile = await db.author.findFirstOrThrow({ where: { userId: author.id }, select: { id: true } });
  const article = await createArticle({ title: `Author story ${suffix}`, authorId: profile.id });
  await createCorrection({ articleId: article.id, text: `A note ${suffix}` });
  await page.goto(`/dashboard/articles/${article.id}/edit`);
  const panel = page.getByRole("region", { name: "Corrections and updates" });
  await expect(panel.getByText(`A note ${suffix}`)).toBeVisible();
  await expect(panel.getByRole("button", { name: "Add note" })).toHaveCount(0);

  const editor = await browser.newPage();
  await editor.goto("/corrections");
  await expect(editor.getByText(`A note ${suffix}`)).toBeVisible();
  await loginAs(editor, "EDITOR");
  await editor.goto(`/dashboard/articles/${article.id}/edit`);
  await editor.getByRole("button", { name: "Unpublish" }).click();
  await expect(editor.getByRole("status").filter({ hasText: "Unpublished." })).toBeVisible();
  await editor.goto("/corrections");
  await expect(editor.getByText(`A note ${suffix}`)).toHaveCount(0);
  await editor.close();
});
