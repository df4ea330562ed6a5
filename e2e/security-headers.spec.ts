import { type APIResponse, type Page, type Response } from "@playwright/test";
import { createArticle, createAuthor, createCategory, createTag, uniqueSuffix } from "./factories";
import { bodyEditor, expect, loginAs, makeUser, signIn, test, uniqueIp, writeBody } from "./fixtures";
import { COMMON_SECURITY_HEADERS, staticContentSecurityPolicy } from "../lib/security/policy.js";

// Security headers (docs/decisions/015-security-headers.md): reader pages carry a static policy from
// next.config.js and stay cached; the dashboard and sign-in carry a nonce policy from proxy.ts. Every
// page must load without a single violation, since a policy that blocks our own code breaks the page.

type Violation = { directive: string; blocked: string; sample: string };
type Watched = Window & { __violations?: Violation[]; __pwned?: number; __pwnedToo?: number };

/** Records CSP violations (from the page's first script on) and console errors about policies. */
async function watchViolations(page: Page) {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Permissions-Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const watched = window as Watched;
    watched.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => {
      watched.__violations!.push({ directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
    }, true);
  });
  return {
    consoleErrors,
    violations: () => page.evaluate(() => (window as Watched).__violations ?? []),
  };
}

/** Load a page, let it hydrate, and expect no violation on the way. */
async function visitWithoutViolations(page: Page, watch: Awaited<ReturnType<typeof watchViolations>>, path: string): Promise<Response> {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  // The fixture's goto waited for the page's scripts to have run (hydrated), as a person waits.
  // Next.js's inline bootstrap ran, so the page is not broken by the policy.
  expect(await page.evaluate(() => Array.isArray((window as unknown as { __next_f?: unknown }).__next_f)), `${path} bootstrap ran`).toBe(true);
  expect(await watch.violations(), path).toEqual([]);
  expect(watch.consoleErrors, path).toEqual([]);
  return response!;
}

/** Every Content-Security-Policy header of the response, however many there are. */
async function cspHeaders(response: Response | APIResponse) {
  return (await response.headersArray()).filter(({ name }) => name.toLowerCase() === "content-security-policy").map(({ value }) => value);
}

function expectCommonHeaders(response: Response | APIResponse, path: string) {
  const headers = response.headers();
  for (const { key, value } of COMMON_SECURITY_HEADERS) expect(headers[key.toLowerCase()], `${key} on ${path}`).toBe(value);
  expect(headers["x-frame-options"], path).toBe("DENY");
  expect(headers["x-content-type-options"], path).toBe("nosniff");
  // Plain http here: no HSTS (see the https test below).
  expect(headers["strict-transport-security"], path).toBeUndefined();
}

const NONCE_POLICY = /^default-src 'self'; .*script-src 'self' 'nonce-([A-Za-z0-9+/]{22}==)' 'strict-dynamic'; style-src 'self' 'nonce-\1'; style-src-attr 'unsafe-inline'$/;

async function expectNoncePolicy(response: Response | APIResponse, path: string): Promise<string> {
  const policies = await cspHeaders(response);
  expect(policies, `one policy on ${path}`).toHaveLength(1);
  const nonce = NONCE_POLICY.exec(policies[0]!)?.[1];
  expect(nonce, `nonce policy on ${path}: ${policies[0]}`).toBeTruthy();
  for (const directive of ["frame-ancestors 'none'", "frame-src 'none'", "object-src 'none'", "base-uri 'none'", "form-action 'self'", "connect-src 'self'", "report-uri /api/csp-report"]) {
    expect(policies[0], path).toContain(directive);
  }
  expectCommonHeaders(response, path);
  return nonce!;
}

test("reader pages: the static policy only, no violation, still cached", { tag: "@once" }, async ({ page, request }) => {
  const suffix = uniqueSuffix();
  const author = await createAuthor({ displayName: `Header Writer ${suffix}` });
  const category = await createCategory({ name: `Headers ${suffix}` });
  const tag = await createTag({ name: `Policies ${suffix}` });
  const article = await createArticle({ title: `Headers story ${suffix}`, authorId: author.id, categoryId: category.id, tagIds: [tag.id], body: "A body with **bold** text." });
  const watch = await watchViolations(page);
  const policy = staticContentSecurityPolicy();
  expect(policy).toContain("script-src 'self' 'unsafe-inline'");
  expect(policy).not.toContain("nonce-");

  const pages = ["/", "/?page=2", `/articles/${article.slug}`, `/authors/${author.handle}`, `/category/${category.slug}`, `/tag/${tag.slug}`, `/search?q=headers`];
  for (const path of pages) {
    const response = await visitWithoutViolations(page, watch, path);
    expect(await cspHeaders(response), path).toEqual([policy]);
    expectCommonHeaders(response, path);
  }
  // The article's reply form is there and hydrated under the policy.
  await page.goto(`/articles/${article.slug}`);
  await expect(page.getByRole("form", { name: "Leave a Reply" })).toBeVisible();
  expect(await watch.violations()).toEqual([]);
  // Served from the cache with the policy: the headers did not make the page dynamic.
  const again = await page.goto(`/articles/${article.slug}`);
  expect(again?.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(again?.headers()["cache-control"]).toMatch(/s-maxage=\d+, stale-while-revalidate=\d+/);
  expect(await cspHeaders(again!)).toEqual([policy]);

  // Feeds, sitemaps and images are not HTML, but get the same headers.
  for (const path of ["/feed.xml", "/atom.xml", "/feed.json", `/category/${category.slug}/feed.xml`, "/sitemap.xml", "/robots.txt", `/articles/${article.slug}/og.png`]) {
    const response = await request.get(path);
    expect(response.status(), path).toBe(200);
    expect(await cspHeaders(response), path).toEqual([policy]);
    expectCommonHeaders(response, path);
  }
});

test("a reader page refuses scripts from elsewhere and plugins", { tag: "@once" }, async ({ page }) => {
  const watch = await watchViolations(page);
  await visitWithoutViolations(page, watch, "/");
  await page.evaluate(() => {
    const script = document.createElement("script");
    script.src = "https://attacker.example/steal.js";
    document.body.append(script);
    const object = document.createElement("object");
    object.data = "/feed.xml";
    document.body.append(object);
  });
  await expect.poll(async () => (await watch.violations()).map((violation) => violation.directive).sort()).toEqual(["object-src", "script-src-elem"]);
});

test("sign-in and every dashboard page: a fresh nonce policy, no violation, and the pages work", { tag: "@once" }, async ({ page, request }) => {
  const watch = await watchViolations(page);
  const login = await visitWithoutViolations(page, watch, "/login");
  const loginNonce = await expectNoncePolicy(login, "/login");
  expect(await page.evaluate(() => [...document.scripts].filter((script) => script.type !== "application/ld+json").every((script) => script.nonce !== ""))).toBe(true);
  const other = await request.get("/login");
  expect(await expectNoncePolicy(other, "/login")).not.toBe(loginNonce);
  // next-auth's own routes are under the nonce policy too, not under both.
  await expectNoncePolicy(await request.get("/api/auth/session"), "/api/auth/session");

  // Signing in goes through the login form under the policy.
  await signIn(page, await makeUser("ADMIN"));
  expect(await watch.violations()).toEqual([]);

  const nonces = new Set<string>();
  for (const path of ["/dashboard", "/dashboard/articles", "/dashboard/articles/new", "/dashboard/moderation", "/dashboard/taxonomy", "/dashboard/users", "/dashboard/profile"]) {
    const response = await visitWithoutViolations(page, watch, path);
    const nonce = await expectNoncePolicy(response, path);
    expect(response.headers()["cache-control"], path).toMatch(/private.*no-store/);
    nonces.add(nonce);
    // Next.js put this response's nonce on every script of the page.
    const scriptNonces = await page.evaluate(() => [...document.scripts].filter((script) => script.type !== "application/ld+json").map((script) => script.nonce));
    expect(scriptNonces.length, path).toBeGreaterThan(0);
    expect(new Set(scriptNonces), path).toEqual(new Set([nonce]));
  }
  expect(nonces.size).toBe(7);

  // The client islands run: the moderation queue's keys, the rich-text body editor (no style it injects).
  await page.goto("/dashboard/moderation");
  await expect(page.locator("[data-keyboard-ready]")).toBeAttached();
  await page.keyboard.press("?");
  await expect(page.getByRole("region", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.goto("/dashboard/articles/new");
  await writeBody(page, "Some **strong** words.");
  await expect(bodyEditor(page).locator("strong")).toHaveText("strong");
  expect(await watch.violations()).toEqual([]);
  expect(watch.consoleErrors).toEqual([]);
});

test("the dashboard and sign-in cannot be framed", { tag: "@once" }, async ({ page, baseURL }) => {
  await loginAs(page, "EDITOR");
  for (const path of ["/dashboard", "/login"]) {
    const response = await page.request.get(path);
    expect(response.headers()["x-frame-options"]).toBe("DENY");
    expect((await cspHeaders(response))[0]).toContain("frame-ancestors 'none'");
  }
  // A page elsewhere (no policy of its own) tries to frame the dashboard: the browser shows an error
  // page in the frame instead.
  await page.goto("about:blank");
  // setContent waits for the load event, which waits for the frame's own load (or its error page).
  await page.setContent(`<iframe src="${baseURL}/dashboard" title="framed"></iframe>`);
  const framed = page.frames().find((frame) => frame !== page.mainFrame());
  expect(framed).toBeTruthy();
  const shown = await framed!.evaluate(() => document.body?.innerText ?? "").catch(() => "");
  expect(shown).not.toContain("Overview");
  expect(shown).not.toContain("Sign out");
});

test("markup injected into a dashboard page cannot run script, and the browser reports it", { tag: "@once" }, async ({ page }) => {
  const watch = await watchViolations(page);
  await loginAs(page, "EDITOR");
  await visitWithoutViolations(page, watch, "/dashboard");
  // What an HTML injection looks like: an inline event handler and a javascript: link. (A script
  // element created by code that already runs is another matter: 'strict-dynamic' trusts it, and
  // innerHTML never runs <script> anyway.)
  await page.evaluate(() => {
    const box = document.createElement("div");
    box.innerHTML = '<img src="/missing-image" onerror="window.__pwned = 1"><a id="injected" href="javascript:window.__pwnedToo = 1">x</a>';
    document.body.append(box);
    document.getElementById("injected")!.click();
  });
  await expect.poll(async () => (await watch.violations()).map((violation) => violation.directive).sort()).toEqual(["script-src-attr", "script-src-elem"]);
  expect(await page.evaluate(() => (window as Watched).__pwned)).toBeUndefined();
  expect(await page.evaluate(() => (window as Watched).__pwnedToo)).toBeUndefined();
});

test("on https (behind a TLS proxy) every response sends Strict-Transport-Security", { tag: "@once" }, async ({ request }) => {
  for (const path of ["/", "/feed.xml", "/login"]) {
    const response = await request.get(path, { headers: { "X-Forwarded-Proto": "https" } });
    expect(response.headers()["strict-transport-security"], path).toBe("max-age=63072000");
    expect((await request.get(path)).headers()["strict-transport-security"], path).toBeUndefined();
  }
});

const SAMPLE_REPORT = {
  "csp-report": {
    "document-uri": "http://localhost/dashboard",
    "violated-directive": "script-src-attr",
    "effective-directive": "script-src-attr",
    "blocked-uri": "inline",
    "line-number": 1,
    disposition: "enforce",
  },
};

test("the report endpoint takes both report formats, bounds the body, and rate-limits", { tag: "@once" }, async ({ request }) => {
  const ip = uniqueIp();
  const post = (data: string, type: string, from = ip) =>
    request.post("/api/csp-report", { headers: { "Content-Type": type, "X-Forwarded-For": from }, data });

  expect((await post(JSON.stringify(SAMPLE_REPORT), "application/csp-report")).status()).toBe(204);
  const batch = [{ type: "csp-violation", age: 1, url: "http://localhost/", user_agent: "x", body: { documentURL: "http://localhost/", effectiveDirective: "script-src-elem", blockedURL: "https://attacker.example/x.js", disposition: "enforce" } }];
  expect((await post(JSON.stringify(batch), "application/reports+json")).status()).toBe(204);
  // Too large: refused before it is read in full.
  expect((await post(JSON.stringify({ "csp-report": { "script-sample": "x".repeat(17 * 1024) } }), "application/csp-report")).status()).toBe(413);
  // Not a report: refused, never a server error.
  for (const [data, type, status] of [
    ["{not json", "application/csp-report", 400],
    ["[1, 2]", "application/csp-report", 400],
    ['"text"', "application/reports+json", 400],
    ["{}", "text/plain", 415],
    ["", "application/csp-report", 400],
    ["\u0000\uffff", "application/reports+json", 400],
  ] as const) {
    expect((await post(data, type)).status(), `${type} ${data}`).toBe(status);
  }

  // 60 a minute per address: this address has used 9; the 61st answer is 429, another address is fine.
  const statuses: number[] = [];
  for (let i = 0; i < 52; i++) statuses.push((await post(JSON.stringify(SAMPLE_REPORT), "application/csp-report")).status());
  expect(statuses.slice(0, 51).every((status) => status === 204)).toBe(true);
  expect(statuses.at(-1)).toBe(429);
  expect((await post(JSON.stringify(SAMPLE_REPORT), "application/csp-report", uniqueIp())).status()).toBe(204);
});
