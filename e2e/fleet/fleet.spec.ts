import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { expect, test, type Page } from "@playwright/test";
import { db } from "../../lib/db";
import { instanceLogs, reloadNginx, restartInstance, startRedisAgain, stopRedis } from "../../scripts/lib/fleet";
import { createArticle, createReply, uniqueSuffix } from "../factories";
import { loginAs, makeUser, uniqueIp } from "../fixtures";
import { describeFailure, fleetState, instanceUrl, nginxErrorLog, nginxPort, publicUrl, startLoad, storedReplies } from "./load";

// Two instances behind nginx, one Redis, one PostgreSQL: started by `npm run fleet`
// (global-setup.ts). Each test makes its own data.

async function status(page: Page, text: string | RegExp) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

/** Load a page on an instance until it is in that instance's cache (the second answer is a HIT). */
async function warm(url: string) {
  await expect(async () => {
    await (await fetch(url)).arrayBuffer();
    // Feeds and sitemaps may not say; pages say HIT.
    expect((await fetch(url)).headers.get("x-nextjs-cache")).not.toBe("MISS");
  }).toPass({ timeout: 10_000 });
}

const text = async (url: string) => (await fetch(url)).text();

// "Visible on the other instance within a second" is checked as something stronger that does not
// depend on the machine's speed (speed is measured by `npm run bench -- --fleet`, not asserted): the
// very first request to the other instance after the writer saw its change acknowledged already
// shows it. The expiry is in Redis before the action answers, so there is nothing to wait for.

test("publish on one instance: the other shows it on its next request; edits and approvals travel both ways", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Fleet story ${suffix}`;
  const article = await createArticle({ title, status: "DRAFT", publishedAt: null });
  const [one, two] = [instanceUrl(0), instanceUrl(1)];
  // The other instance has the home page and the feed cached, and the article as a cached 404.
  await warm(`${two}/`);
  await warm(`${two}/feed.xml`);
  await fetch(`${two}/articles/${article.slug}`);

  await loginAs(page, "EDITOR");
  await page.goto(`${one}/dashboard/articles/${article.id}/edit`);
  await page.getByRole("button", { name: "Publish" }).click();
  await status(page, "Published.");
  const [articlePage, home, feed] = await Promise.all([fetch(`${two}/articles/${article.slug}`), text(`${two}/`), text(`${two}/feed.xml`)]);
  expect(articlePage.status).toBe(200);
  expect(await articlePage.text()).toContain(title);
  expect(home).toContain(title);
  expect(feed).toContain(title);

  // An edit on the second instance shows on the first.
  await warm(`${one}/articles/${article.slug}`);
  await page.goto(`${two}/dashboard/articles/${article.id}/edit`);
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`${title} updated`);
  await page.getByRole("button", { name: "Update" }).click();
  await status(page, "Updated.");
  expect(await text(`${one}/articles/${article.slug}`)).toContain(`${title} updated`);

  // A reply approved on the second instance shows on the first.
  const reply = await createReply({ articleId: article.id, authorName: `Ines ${suffix}`, body: `Seen from the fleet ${suffix}.`, status: "PENDING" });
  await warm(`${one}/articles/${article.slug}`);
  expect(await text(`${one}/articles/${article.slug}`)).not.toContain(reply.body);
  await page.goto(`${two}/dashboard/moderation`);
  await page.getByRole("button", { name: `Approve reply by Ines ${suffix}` }).click();
  await status(page, "Approved: 1 reply.");
  expect(await text(`${one}/articles/${article.slug}`)).toContain(reply.body);
});

test("unpublished on one instance: the moment the editor is told, neither the other instance nor nginx's page cache serves it", async ({ page }) => {
  const article = await createArticle({ title: `Pulled from the fleet ${uniqueSuffix()}` });
  const address = `/articles/${article.slug}`;
  const [one, two, front] = [instanceUrl(0), instanceUrl(1), publicUrl];
  await loginAs(page, "EDITOR");
  await page.goto(`${one}/dashboard/articles/${article.id}/edit`);
  // Readers have it: cached on the other instance and in nginx's page cache.
  await warm(`${two}${address}`);
  await expect(async () => expect((await fetch(`${front}${address}`)).headers.get("x-cache-status")).toBe("HIT")).toPass({ timeout: 10_000 });

  const acknowledged = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
  await page.getByRole("button", { name: "Unpublish", exact: true }).click();
  await acknowledged;
  const statuses = await Promise.all([fetch(`${two}${address}`), fetch(`${front}${address}`), fetch(`${one}${address}`)].map(async (answer) => (await answer).status));
  expect(statuses).toEqual([404, 404, 404]);
  await status(page, "Unpublished.");
});

test("a scheduled article goes live on every instance at its time", async ({ page }) => {
  const suffix = uniqueSuffix();
  const title = `Scheduled for the fleet ${suffix}`;
  const at = Date.now() + 8_000;
  const article = await createArticle({ title, status: "SCHEDULED", publishedAt: new Date(at) });
  const instances = [instanceUrl(0), instanceUrl(1)];
  for (const base of instances) {
    await warm(`${base}/`);
    expect(await text(`${base}/`)).not.toContain(title);
  }
  // From its publish time on (a reader reloads until it is there): the cached page ends at the publish
  // time; the first request after it may still get the old page while the new one renders
  // (stale-while-revalidate), which on a busy machine takes a few seconds.
  let shownEarly = false;
  for (const base of instances) {
    await expect(async () => {
      const loadedAt = Date.now();
      await page.goto(`${base}/`);
      const shown = await page.getByRole("link", { name: title }).isVisible();
      if (shown && loadedAt < at) shownEarly = true;
      expect(shown).toBe(true);
      expect((await fetch(`${base}/articles/${article.slug}`)).status).toBe(200);
    }).toPass({ timeout: 25_000, intervals: [250] });
  }
  expect(shownEarly, "never before its time").toBe(false);
});

test("sign-in throttling and reply limits count the attempts made on both instances together", async ({ browser }) => {
  const [one, two] = [instanceUrl(0), instanceUrl(1)];
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const page = await context.newPage();
  const editor = await makeUser("EDITOR");
  // Five wrong passwords, spread over both instances: the account is locked on each of them.
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.goto(`${attempt % 2 ? one : two}/login`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(`wrong-${attempt}`);
    await page.getByRole("button", { name: "Sign in" }).click();
    await status(page, "Incorrect email or password.");
  }
  for (const base of [one, two]) {
    await page.goto(`${base}/login`);
    await page.getByLabel("Email").fill(editor.email);
    await page.getByLabel("Password").fill(editor.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await status(page, /Too many failed sign-in attempts/);
  }
  await context.close();

  // One reply per address per 15 seconds: the second, sent to the other instance, is refused.
  const article = await createArticle();
  const ip = uniqueIp();
  const post = (base: string, n: number) =>
    fetch(`${base}/api/articles/${article.id}/replies`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Forwarded-For": ip },
      body: JSON.stringify({ name: `Quick ${n}`, email: `quick-${n}-${uniqueSuffix()}@example.net`, body: `Quick reply number ${n} ${uniqueSuffix()}.` }),
    });
  expect((await post(one, 1)).status).toBe(201);
  const refused = await post(two, 2);
  expect(refused.status).toBe(429);
  expect((await refused.json()).error).toMatch(/posting too quickly/);
});

test("a form rendered by one instance is accepted by the other (action ids and encryption)", async ({ page }) => {
  const state = fleetState();
  const [first, second] = state.instances.map((instance) => instance.port);
  const article = await createArticle({ title: `Form across the fleet ${uniqueSuffix()}` });
  await loginAs(page, "EDITOR");
  try {
    // Through nginx, with only the first instance in the upstream: it renders the form.
    await reloadNginx(state, nginxPort, [second!]);
    await page.goto(`${publicUrl}/dashboard/articles/${article.id}/edit`);
    await expect(page.getByRole("textbox", { name: "Title", exact: true })).toBeVisible();
    // Now only the second one: it receives the submission.
    await reloadNginx(state, nginxPort, [first!]);
    await page.getByRole("textbox", { name: "Title", exact: true }).fill(`${article.title} (sent to the other)`);
    await page.getByRole("button", { name: "Update" }).click();
    await status(page, "Updated.");
    expect((await db.article.findUniqueOrThrow({ where: { id: article.id }, select: { title: true } })).title).toBe(`${article.title} (sent to the other)`);
    // The second instance logged it: one JSON line with nginx's request id, the page and the time taken.
    const logged = instanceLogs(nginxPort, second!)
      .split("\n")
      .filter((line) => line.startsWith("{"))
      .map((line) => JSON.parse(line) as Record<string, unknown>)
      .filter((line) => line.msg === "action" && line.route === `/dashboard/articles/${article.id}/edit` && line.outcome === "success");
    expect(logged.length).toBeGreaterThan(0);
    expect(logged.at(-1)).toMatchObject({ requestId: expect.stringMatching(/^[0-9a-f]{32}$/), durationMs: expect.any(Number), permission: expect.any(String) });
  } finally {
    await reloadNginx(state, nginxPort);
  }
});

test("kill -9 an instance under load: no failed read once nginx noticed, every acknowledged reply stored, the instance rejoins warm", async () => {
  const article = await createArticle({ title: `Under load ${uniqueSuffix()}` });
  const paths = [`/articles/${article.slug}`, "/", "/feed.xml"];
  const load = startLoad({ paths, articleId: article.id });
  await load.progress({ reads: 50, acknowledged: 3 });
  const victim = fleetState().instances[0]!;
  process.kill(victim.pid, "SIGKILL");
  const killedAt = Date.now();
  await load.progress({ reads: 100, acknowledged: 6 });
  const report = await load.stop();

  // nginx retries a GET on the other instance: a reader sees no failure, not even at the moment of the kill.
  expect(report.readFailures.filter((failure) => failure.at > killedAt + 1_000)).toEqual([]);
  expect(report.reads).toBeGreaterThan(50);
  // A reply in flight on the killed instance may fail (nginx never sends a POST twice); every one acknowledged is stored.
  expect(report.acknowledged.length).toBeGreaterThan(5);
  const stored = await storedReplies(report.acknowledged);
  expect(report.acknowledged.filter((body) => !stored.has(body))).toEqual([]);

  // Restarted, it serves the pages the other instance cached, from Redis, on its first request.
  await restartInstance(nginxPort, victim.port);
  const first = await fetch(`http://127.0.0.1:${victim.port}/articles/${article.slug}`);
  expect(first.status).toBe(200);
  expect(first.headers.get("x-nextjs-cache")).toBe("HIT");
});

test("Redis stops under load: readers get pages, replies are stored; when it is back the fleet agrees again", async () => {
  const suffix = uniqueSuffix();
  const article = await createArticle({ title: `Redis outage ${suffix}` });
  const [one, two] = [instanceUrl(0), instanceUrl(1)];
  await warm(`${one}/articles/${article.slug}`);
  await warm(`${two}/articles/${article.slug}`);
  const load = startLoad({ paths: [`/articles/${article.slug}`, "/", `/category/world`], articleId: article.id });
  try {
    await load.progress({ reads: 30, acknowledged: 2 });
    await stopRedis(nginxPort);
    await load.progress({ reads: 30, acknowledged: 2 });
    // A change during the outage, expired through the first instance.
    await db.article.update({ where: { id: article.id }, data: { title: `Redis outage ${suffix}, changed` } });
    const expired = await fetch(`${one}/api/revalidate`, {
      method: "POST",
      headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}`, "Content-Type": "application/json" },
      body: JSON.stringify({ tags: [`article:${article.slug}`] }),
    });
    expect(expired.status).toBe(200);
    // Not ready (Redis is part of what it needs), but alive: nothing to restart.
    const ready = await fetch(`${one}/api/ready`);
    expect(ready.status).toBe(503);
    expect((await ready.json()).checks).toMatchObject({ database: { ok: true }, redis: { ok: false } });
    expect((await fetch(`${one}/api/health`)).status).toBe(200);
    await load.progress({ reads: 50, acknowledged: 3 });
  } finally {
    await startRedisAgain(nginxPort);
  }
  await load.progress({ reads: 30, acknowledged: 2 });
  const report = await load.stop();
  expect(report.readFailures).toEqual([]);
  expect(report.replyFailures).toEqual([]);
  const stored = await storedReplies(report.acknowledged);
  expect(report.acknowledged.filter((body) => !stored.has(body))).toEqual([]);

  // Back: both instances show the change made during the outage, without a restart.
  for (const base of [one, two]) {
    await expect(async () => expect(await text(`${base}/articles/${article.slug}`)).toContain(`Redis outage ${suffix}, changed`)).toPass({ timeout: 5_000 });
    // Each instance reconnects on its own (within a second or two) and says so on /api/ready.
    await expect(async () => expect((await fetch(`${base}/api/ready`)).status).toBe(200)).toPass({ timeout: 5_000 });
  }
  // And a write now reaches the other instance as before.
  await db.article.update({ where: { id: article.id }, data: { title: `Redis outage ${suffix}, settled` } });
  const settled = await fetch(`${one}/api/revalidate`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.REVALIDATE_SECRET}`, "Content-Type": "application/json" },
    body: JSON.stringify({ tags: [`article:${article.slug}`] }),
  });
  expect(settled.status).toBe(200);
  expect(await text(`${two}/articles/${article.slug}`)).toContain(`Redis outage ${suffix}, settled`);
});

test("a rolling restart of every instance under load fails no request", async () => {
  const article = await createArticle({ title: `Rolling ${uniqueSuffix()}` });
  const before = fleetState().instances.map((instance) => instance.pid);
  const load = startLoad({ paths: [`/articles/${article.slug}`, "/", "/feed.xml"], articleId: article.id });
  await load.progress({ reads: 30, acknowledged: 2 });
  // Asynchronously: the load runs in this process meanwhile. A failed restart still stops the load.
  const restart = await promisify(execFile)("npm", ["run", "--silent", "fleet", "--", "restart", "--nginx-port", String(nginxPort)]).then(
    (done) => ({ ok: true, output: done.stdout }),
    (error: { stdout?: string; stderr?: string; message: string }) => ({ ok: false, output: `${error.stdout ?? ""}${error.stderr ?? error.message}` }),
  );
  await load.progress({ reads: 30, acknowledged: 2 });
  const report = await load.stop();
  if (report.readsRetried.length) console.log(`rolling restart: ${report.readsRetried.length} of ${report.reads} reads sent again after a reset:\n${report.readsRetried.map(describeFailure).join("\n")}`);
  // Should anything fail, the message sets its time beside the restart's steps and nginx's errors.
  const timeline = () => `restart:\n${restart.output}\nnginx errors:\n${nginxErrorLog()}`;
  expect(restart.ok, timeline()).toBe(true);
  expect(fleetState().instances.filter((instance) => before.includes(instance.pid))).toEqual([]);
  expect(report.reads).toBeGreaterThan(50);
  expect(report.readFailures.map(describeFailure), timeline()).toEqual([]);
  expect(report.replyFailures.map(describeFailure), timeline()).toEqual([]);
  const stored = await storedReplies(report.acknowledged);
  expect(report.acknowledged.filter((body) => !stored.has(body))).toEqual([]);
});
