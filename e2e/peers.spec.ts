import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { createArticle, uniqueSuffix } from "./factories";
import { otherSession, updateTitle } from "./fixtures";

// Two Gazette processes on one database, each with its own page cache (README: several instances).
// The test server lists the second one in CACHE_PEERS (playwright.config.ts).
const peerPort = Number(process.env.E2E_PORT) + 1;
const peer = `http://localhost:${peerPort}`;
let server: ChildProcess;

test.beforeAll(async () => {
  server = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", String(peerPort)], {
    env: { ...process.env, SITE_URL: `http://localhost:${process.env.E2E_PORT}`, CACHE_PEERS: `http://localhost:${process.env.E2E_PORT}` },
    stdio: "ignore",
  });
  await expect(async () => expect((await fetch(`${peer}/robots.txt`)).ok).toBe(true)).toPass({ timeout: 30_000 });
});

test.afterAll(() => {
  server?.kill();
});

test("a write on one instance changes the cached pages of the other", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Two servers ${suffix}` });
  await page.goto(`${peer}/articles/${article.slug}`);
  const again = await page.goto(`${peer}/articles/${article.slug}`);
  expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");

  const editor = await otherSession(browser, "EDITOR");
  await updateTitle(editor.page, `Two servers ${suffix}`, `Two servers agree ${suffix}`);

  // The peer is told just after the editor's answer: give it a moment.
  await expect(async () => {
    await page.goto(`${peer}/articles/${article.slug}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Two servers agree ${suffix}`, { timeout: 500 });
  }).toPass({ timeout: 5_000 });
  await editor.context.close();
});
