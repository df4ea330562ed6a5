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

let site: { url: string; stop: () => void } | undefined;
let copy: PrismaClient | undefined;

test.afterAll(async () => {
  site?.stop();
  await copy?.$disconnect();
  for (const suffix of ["", "-wal", "-shm", "-journal"]) rmSync(COPY + suffix, { force: true });
  rmSync(EXPORT, { force: true });
});

test("a dashboard import leaves readers and repliers served, can be cancelled, and resumes", { tag: "@once" }, async ({ page, browser }) => {
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
});
