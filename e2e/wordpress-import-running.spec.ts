import { readFileSync, rmSync } from "node:fs";
import path from "node:path";

import { db } from "../lib/db";
import { createSqliteAdapter } from "../lib/db/sqlite-adapter";
import { PrismaClient } from "../lib/generated/sqlite/client";
import { writeSyntheticWxr } from "../scripts/lib/synthetic-wxr";
import { expect, makeUser, readerContext, signIn, test, writeReply } from "./fixtures";
import { createArticle, uniqueSuffix } from "./factories";

// A large import from the dashboard while the site serves readers: the import runs in a
// process of its own, so the home page answers and a reader's reply is stored meanwhile; "Cancel
// import" stops it, and importing the same file again resumes. On a copy of the test database served
// by a second Gazette process (other specs count the shared database's articles). Tagged @once: the
// copy is SQLite's (VACUUM INTO), whatever the suite runs on.

const root = path.resolve(import.meta.dirname, "..");
const COPY = path.join(root, "prisma/e2e-import-running.db");
const EXPORT = path.join(root, "prisma/e2e-import-running.xml");
const POSTS = 1_500;
const LIVEBLOG = path.join(root, "e2e/fixtures/wordpress/liveblog.wordpress.xml");

let site: { url: string; stop: () => void } | undefined;
let copy: PrismaClient | undefined;

test.afterAll(async () => {
  site?.stop();
  await copy?.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(COPY + suffix, { force: true });
  rmSync(EXPORT, { force: true });
});

test("a dashboard import leaves readers and repliers served, can be cancelled, and resumes; a Liveblog post arrives as live coverage", { tag: "@once" }, async ({ page, browser }) => {
  test.setTimeout(600_000);
  test.skip(!/^file:/.test(process.env.DATABASE_URL ?? "file:"), "copies the SQLite test database");
  const suffix = uniqueSuffix();
  const admin = await makeUser("ADMIN");
  const article = await createArticle({ title: `Open for replies ${suffix}` });
  rmSync(COPY, { force: true });
  await db.$executeRawUnsafe(`VACUUM INTO '${COPY.replace(/'/g, "''")}'`);
  const { startSecondServer } = await import("./second-server");
  site = await startSecondServer({ DATABASE_URL: `file:${COPY}` });
  copy = new PrismaClient({ adapter: createSqliteAdapter(`file:${COPY}`) });
  await writeSyntheticWxr(EXPORT, { posts: POSTS, commentsPerPost: 2 });
  const file = { name: "large.xml", mimeType: "text/xml", buffer: readFileSync(EXPORT) };

  await signIn(page, admin, site.url);
  await page.goto(`${site.url}/dashboard/import`);
  const form = page.getByRole("form", { name: "Import from WordPress" });
  await form.getByLabel("WordPress export file").setInputFiles(file);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByRole("status").filter({ hasText: `of ${POSTS} items` })).toBeVisible({ timeout: 60_000 });

  // A reader meanwhile: the cached home page answers, and a reply is taken.
  const reader = await readerContext(browser);
  const home = await reader.page.goto(`${site.url}/`);
  expect(home?.status()).toBe(200);
  await expect(reader.page.getByRole("main")).toBeVisible();
  await reader.page.goto(`${site.url}/articles/${article.slug}`);
  await writeReply(reader.page, { name: `Reader ${suffix}`, email: `reader-${suffix}@example.net`, body: `Written during the import ${suffix}.` });
  await expect(reader.page.getByRole("article", { name: "Your reply, awaiting moderation" })).toContainText(`Written during the import ${suffix}.`);
  await reader.context.close();
  // Still importing: the reply did not wait for the import to end.
  await expect(form.getByRole("button", { name: "Cancel import" })).toBeVisible();

  await form.getByRole("button", { name: "Cancel import" }).click();
  await expect(form.getByText("Cancelled. What was imported before is kept; import the same file again to resume.")).toBeVisible({ timeout: 60_000 });
  const source = "wordpress:https://old.example";
  const importedBefore = await copy.importedItem.count({ where: { source, kind: "post" } });
  expect(importedBefore).toBeGreaterThan(0);
  expect(importedBefore).toBeLessThan(POSTS);
  expect(await copy.reply.count({ where: { body: `Written during the import ${suffix}.` } })).toBe(1);

  // Again: what was imported is "already there", the rest arrives.
  await form.getByLabel("WordPress export file").setInputFiles(file);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("Imported. The report below says what was created.")).toBeVisible({ timeout: 400_000 });
  const report = page.getByRole("region", { name: "Import report" });
  const postsLine = await report.getByText(/^Posts: /).textContent();
  const [, found, created, existing] = /Posts: (\d+) in the file, (\d+) created, (\d+) already there/.exec(postsLine ?? "")!.map(Number);
  expect(found).toBe(created! + existing!);
  expect(existing).toBeGreaterThanOrEqual(importedBefore);
  expect(await copy.importedItem.count({ where: { source, kind: "post" } })).toBe(found);

  // An Automattic Liveblog post: its entries become live updates (an edit collapsed into one update,
  // a deleted entry left out, a key event kept), not replies; readers see it as live coverage.
  await form.getByLabel("WordPress export file").setInputFiles(LIVEBLOG);
  await form.getByRole("button", { name: "Import" }).click();
  await expect(form.getByText("Imported. The report below says what was created.")).toBeVisible({ timeout: 60_000 });
  await expect(report).toContainText("Live updates: 3 in the file, 3 created, 0 already there (in 2 Liveblog posts; 1 edit kept as history, 1 deleted on WordPress and left out)");
  await expect(report).toContainText("Comments: 1 in the file, 1 created");
  const live = await readerContext(browser);
  await live.page.goto(`${site.url}/articles/storm-live`);
  await expect(live.page.getByRole("heading", { level: 1, name: "Storm Bella: live" })).toBeVisible();
  await expect(live.page.getByText("Live", { exact: true })).toBeVisible();
  await expect(live.page.getByRole("navigation", { name: "Key events" }).getByRole("link", { name: /All schools in the county are closed/ })).toHaveAttribute("href", /^#update-/);
  // Newest first, each once, with its writer: the edit did not make a second update.
  const updates = live.page.getByRole("list", { name: "Updates" }).getByRole("article");
  await expect(updates).toHaveCount(2);
  await expect(updates.nth(0)).toContainText("All schools in the county are closed.");
  await expect(updates.nth(1)).toContainText("Gusts reach 120 km/h on the coast.");
  await expect(updates.nth(1)).toContainText("Ann Reporter");
  await expect(live.page.getByText("A bridge has collapsed.")).toHaveCount(0);
  await expect(live.page.getByText("/key")).toHaveCount(0);
  await live.context.close();
});
