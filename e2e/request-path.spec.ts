import { spawn } from "node:child_process";
import path from "node:path";
import { expect, loginAs, test } from "./fixtures";
import { createArticle, uniqueSuffix } from "./factories";
import { freePort } from "./second-server";

// The request path of server.ts as it ships (docs/decisions/034-one-request-path.md): what each stage
// relies on in Next.js's and React's output is checked on the pages the real server sends, so that an
// upgrade that changes it fails here instead of turning a stage off without a word.

test("plain `next start` refuses to serve Gazette and says how to start it @once", async () => {
  const port = await freePort();
  const child = spawn(path.join("node_modules", ".bin", "next"), ["start", "--port", String(port)], { env: { ...process.env, PORT: String(port) } });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  expect(code).toBe(1);
  expect(output).toContain("Gazette is served by server.ts (npm start");
});

test("a cached article page carries what the stages read, is rewritten, and is answered again from page memory @once", async ({ request }) => {
  const article = await createArticle({ title: `Canary ${uniqueSuffix()}` });
  const address = `/articles/${article.slug}`;
  // Rendered into Next.js's cache, then answered from it.
  expect((await request.get(address)).status()).toBe(200);
  await expect(async () => {
    const answer = await request.get(address, { headers: { "Accept-Encoding": "identity" } });
    const headers = answer.headers();
    // Page memory and compression keep an answer only when Next.js says it came from its cache.
    expect(["HIT", "MISS"]).toContain(headers["x-nextjs-cache"]);
    expect(headers["cache-control"]).toMatch(/\bs-maxage=\d+/);
    // Page memory answers a page again within its second, and says how old its answer is.
    const again = await request.get(address, { headers: { "Accept-Encoding": "identity" } });
    expect(again.headers()["age"], "answered from page memory").toMatch(/^\d+$/);
    expect(await again.text()).toBe(await answer.text());
  }).toPass({ timeout: 10_000 });

  const html = await (await request.get(address)).text();
  // Scripts after paint found React's script tags: none left as React writes them, all in the loader.
  expect(html).not.toMatch(/<script src="\/_next\/static\/[^"]+\.js" async="">/);
  const loaded = /\}\)\((\["\/_next\/static\/[^<\]]*\])\)<\/script>/.exec(html);
  expect(loaded, "the loader lists Next.js's chunks").not.toBeNull();
  expect((JSON.parse(loaded![1]!) as string[]).length).toBeGreaterThan(0);
  // The static reader policy, on every reader page, from the security-headers stage.
  const headers = (await request.get(address)).headers();
  expect(headers["content-security-policy"]).toContain("script-src 'self' 'unsafe-inline'");
  expect(headers["x-content-type-options"]).toBe("nosniff");
});

test("Next.js's answer to its router varies on the headers page memory keys pages on @once", async ({ request }) => {
  const article = await createArticle();
  const answer = await request.get(`/articles/${article.slug}`, { headers: { RSC: "1" } });
  expect(answer.status()).toBe(200);
  expect(answer.headers()["content-type"]).toMatch(/^text\/x-component/);
  const vary = (answer.headers()["vary"] ?? "").split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
  expect(vary).toEqual(expect.arrayContaining(["rsc", "next-router-state-tree", "next-router-prefetch"]));
  for (const name of vary) expect(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding"]).toContain(name);
});

for (const { button, done, confirm } of [
  { button: "Unpublish", done: "Unpublished." },
  { button: "Archive", done: "Archived." },
  { button: "Delete", done: "Deleted.", confirm: "Yes, delete this article for good" },
]) {
  test(`after "${button}" is acknowledged, no reader gets the article, not even from page memory`, { tag: "@once" }, async ({ page, request }) => {
    const article = await createArticle({ title: `Gone at once ${uniqueSuffix()}` });
    const address = `/articles/${article.slug}`;
    await loginAs(page, "EDITOR", { open: `/dashboard/articles/${article.id}/edit` });
    // Readers have the page: in Next.js's cache and in page memory.
    await expect(async () => {
      expect((await request.get(address)).status()).toBe(200);
      expect((await request.get(address)).headers()["age"]).toBeDefined();
    }).toPass({ timeout: 10_000 });

    if (confirm) await page.getByLabel(confirm).check();
    const acknowledged = page.waitForResponse((response) => response.request().method() === "POST" && response.request().headers()["next-action"] !== undefined);
    await page.getByRole("button", { name: button, exact: true }).click();
    await acknowledged;
    // The moment the action answered, readers ask, one after another.
    const statuses: number[] = [];
    for (let n = 0; n < 5; n++) statuses.push((await request.get(address)).status());
    expect(statuses).toEqual([404, 404, 404, 404, 404]);
    await expect(page.getByRole("status").filter({ hasText: done })).toBeVisible();
  });
}

// The reader tree lives under app/[edition]; proxy.ts serves the default edition's pages at their
// addresses without its path (docs/decisions/052-editions-routing.md). The rewrite must leave the
// page a cached page as before: Next.js's cache, page memory and nginx key on the address.
test("an article of the default edition is a cached page at its address; the edition's own path redirects there; a path no edition has is a 404 page @once", async ({ request }) => {
  const article = await createArticle({ title: `Default edition ${uniqueSuffix()}` });
  const address = `/articles/${article.slug}`;
  expect((await request.get(address)).status()).toBe(200);
  await expect(async () => {
    const answer = await request.get(address, { headers: { "Accept-Encoding": "identity" } });
    const headers = answer.headers();
    expect(answer.status()).toBe(200);
    expect(["HIT", "MISS"]).toContain(headers["x-nextjs-cache"]);
    expect(headers["cache-control"]).toMatch(/\bs-maxage=\d+/);
    expect(headers["set-cookie"]).toBeUndefined();
    // The same Vary as before the tree moved: Next.js's router headers and the encoding, nothing
    // about the reader's language or cookies.
    const vary = (headers["vary"] ?? "").split(",").map((name) => name.trim().toLowerCase()).filter(Boolean);
    for (const name of vary) expect(["rsc", "next-router-state-tree", "next-router-prefetch", "next-router-segment-prefetch", "next-url", "accept-encoding"]).toContain(name);
    // Answered again from page memory, keyed on the public address.
    const again = await request.get(address, { headers: { "Accept-Encoding": "identity" } });
    expect(again.headers()["age"], "answered from page memory").toMatch(/^\d+$/);
    expect(await again.text()).toBe(await answer.text());
  }).toPass({ timeout: 10_000 });
  const html = await (await request.get(address)).text();
  expect(html).toMatch(/<html lang="en-GB" dir="ltr"/);

  // Next.js's client router reads the page's params from the rewritten path (framework-canaries.test.ts),
  // on Next.js's answer and on page memory's copy of it alike.
  for (let n = 0; n < 2; n++) {
    const payload = await request.get(address, { headers: { RSC: "1" } });
    expect(payload.headers()["x-nextjs-rewritten-path"]).toBe(`/en/articles/${article.slug}`);
  }

  // The default edition's own path is not a second address of the page.
  const prefixed = await request.get(`/en/articles/${article.slug}?from=x`, { maxRedirects: 0 });
  expect(prefixed.status()).toBe(308);
  expect(prefixed.headers()["location"]).toBe(`/articles/${article.slug}?from=x`);
  const home = await request.get("/en", { maxRedirects: 0 });
  expect(home.status()).toBe(308);
  expect(home.headers()["location"]).toBe("/");

  // A path shaped like an edition's that no edition has (no test creates a Zulu edition) is served by
  // the default edition's tree, where nothing answers it.
  const none = await request.get(`/zu/articles/${article.slug}`);
  expect(none.status()).toBe(404);
  expect(await none.text()).toContain("Page not found");
});
