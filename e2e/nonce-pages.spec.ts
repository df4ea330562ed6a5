// Every page under the nonce policy (lib/security/policy.js NONCE_POLICY_PREFIXES: sign-in, the
// emailed-link pages, the dashboard) is rendered per request: a page prerendered once carries a fixed
// nonce, or none, and Chromium blocks its scripts (/login/forgot was cached for a year).
import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { newLinkToken } from "../lib/mail/tokens";
import { createArticle } from "./factories";
import { expect, makeUser, signIn, test } from "./fixtures";

type Watched = Window & { __violations?: string[] };

async function watchViolations(page: Page) {
  const consoleErrors: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) consoleErrors.push(message.text());
  });
  await page.addInitScript(() => {
    const watched = window as Watched;
    watched.__violations = [];
    document.addEventListener("securitypolicyviolation", (event) => watched.__violations!.push(`${event.effectiveDirective} ${event.blockedURI}`), true);
  });
  return consoleErrors;
}

/** Open `path`: answered per request (not public), its scripts ran, and no policy violation. */
async function expectRenderedPerRequest(page: Page, consoleErrors: string[], path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  const cacheControl = response!.headers()["cache-control"] ?? "";
  expect(cacheControl, path).not.toMatch(/public|s-maxage/);
  expect(response!.headers()["x-nextjs-prerender"], path).toBeUndefined();
  // Next.js's client started: blocked scripts would leave it undefined.
  await page.waitForFunction(() => "next" in window && Array.isArray((window as unknown as { __next_f?: unknown }).__next_f));
  expect(await page.evaluate(() => (window as Watched).__violations ?? []), path).toEqual([]);
  expect(consoleErrors, path).toEqual([]);
  // The nonce on the page's scripts is this response's (a cached page's would be another's).
  const nonce = /'nonce-([^']+)'/.exec(response!.headers()["content-security-policy"] ?? "")?.[1];
  expect(nonce, path).toBeTruthy();
  const scriptNonces = await page.evaluate(() => [...document.scripts].filter((script) => script.type !== "application/ld+json").map((script) => script.nonce));
  expect(new Set(scriptNonces), path).toEqual(new Set([nonce]));
}

test("sign-in, the emailed-link pages and every dashboard page: per request, no violation", { tag: "@once" }, async ({ page }) => {
  test.slow(); // some twenty pages
  const consoleErrors = await watchViolations(page);
  const admin = await makeUser("ADMIN");
  const newcomer = await makeUser("AUTHOR");
  const links: Record<string, string> = {};
  for (const [userId, purpose] of [[newcomer.id, "invitation"], [admin.id, "password-reset"]] as const) {
    const { token, tokenHash } = newLinkToken();
    await db.emailToken.create({ data: { userId, purpose, tokenHash, expiresAt: new Date(Date.now() + 60 * 60 * 1000) } });
    links[purpose] = token;
  }
  for (const path of ["/login", "/login/forgot", "/login/forgot", `/login/reset?token=${links["password-reset"]}`, `/login/welcome?token=${links.invitation}`]) {
    await expectRenderedPerRequest(page, consoleErrors, path);
  }

  await signIn(page, admin);
  const article = await createArticle();
  const message = await db.outboxMessage.create({ data: { kind: "editorial", to: "nonce-check@example.com", subject: "Nonce check", text: "Text", html: "<p>Text</p>" }, select: { id: true } });
  for (const path of [
    "/dashboard",
    "/dashboard/articles",
    "/dashboard/articles/new",
    `/dashboard/articles/${article.id}/edit`,
    `/dashboard/articles/${article.id}/revisions`,
    "/dashboard/moderation",
    "/dashboard/moderation/settings",
    "/dashboard/media",
    "/dashboard/taxonomy",
    "/dashboard/users",
    "/dashboard/newsletter",
    "/dashboard/outbox",
    `/dashboard/outbox/${message.id}`,
    "/dashboard/import",
    "/dashboard/profile",
  ]) {
    await expectRenderedPerRequest(page, consoleErrors, path);
  }
});
