import { test as base, expect, type Browser, type Page, type Response } from "@playwright/test";
import { createAuthor, createUser, uniqueSuffix } from "./factories";
import { csrfToken, postSignIn } from "./sign-in-api";
import { SCRIPTS_ATTRIBUTE, SCRIPTS_WAITING } from "../lib/http/scripts-on-demand";

/**
 * Every spec's `test`: its `page` waits, after each page load it asks for (goto, reload, back), until
 * the page's scripts have run (`<html data-hydrated>`, components/ui/hydration-mark.tsx), the way a
 * person waits for a page to respond before clicking. Reader pages run Next.js's scripts after their
 * first paint, and most of them only once the reader touches, points or types (production's default,
 * lib/http/scripts-after-paint.ts, decision 064): such a page says it waits (`<html
 * data-scripts="on-demand">`), and the fixture presses Shift, as a person's first key, then waits.
 * A spec that names its own `waitUntil` ("commit", "load", …: to act before the scripts have run, or
 * on a page whose scripts it blocked) gets exactly that.
 */
export const test = base.extend({
  page: async ({ page, javaScriptEnabled }, provide) => {
    await provide(javaScriptEnabled === false ? page : waitingForScripts(page));
  },
});
export { expect };

type WaitUntil = NonNullable<Parameters<Page["goto"]>[1]>["waitUntil"];

/** `page`, whose goto, reload, goBack and goForward wait for its scripts as well as for the load event. */
export function waitingForScripts(page: Page): Page {
  const wrap = <A extends unknown[]>(navigate: (...args: A) => Promise<Response | null>, options: (args: A) => { waitUntil?: WaitUntil } | undefined) =>
    async (...args: A) => {
      const response = await navigate(...args);
      const waitUntil = options(args)?.waitUntil;
      if (waitUntil === undefined) await scriptsHaveRun(page, response);
      return response;
    };
  page.goto = wrap(page.goto.bind(page), (args) => args[1]);
  page.reload = wrap(page.reload.bind(page), (args) => args[0]);
  page.goBack = wrap(page.goBack.bind(page), (args) => args[0]);
  page.goForward = wrap(page.goForward.bind(page), (args) => args[0]);
  return page;
}

/**
 * Waits for `<html data-hydrated>` on an HTML page of ours that carries scripts (feeds and files have
 * none); on a reader page waiting for the reader, presses Shift first. Checked in the page every
 * 20 ms, in one call: `expect(…).toBeAttached()` asks again after 20, 50, 100, 100 and then every
 * 500 ms, so a page whose scripts ran just after a check cost up to half a second more, after every load.
 */
export async function scriptsHaveRun(page: Page, response: Response | null = null): Promise<void> {
  if (response && !/^text\/html\b/.test(response.headers()["content-type"] ?? "")) return;
  const url = page.url();
  const ready = () =>
    page.waitForFunction(
      ({ attribute, waiting }) => {
        const html = document.documentElement;
        if (document.scripts.length === 0 || html.hasAttribute("data-hydrated")) return "hydrated";
        return html.getAttribute(attribute) === waiting ? "waiting" : false;
      },
      { attribute: SCRIPTS_ATTRIBUTE, waiting: SCRIPTS_WAITING },
      { polling: 20, timeout: 15_000 },
    );
  try {
    if ((await (await ready()).jsonValue()) === "waiting") {
      await page.keyboard.press("Shift");
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-hydrated"), undefined, { polling: 20, timeout: 15_000 });
    }
  } catch (error) {
    if (page.isClosed()) return;
    throw new Error(`${url}: the page's scripts have not run (no <html data-hydrated>)`, { cause: error });
  }
}

export type Role = "ADMIN" | "EDITOR" | "AUTHOR" | "MODERATOR";

export type TestUser = { id: string; email: string; name: string; password: string; role: Role };

/** A fresh user of this role (with an author profile for bylines), made for this test only. */
export async function makeUser(role: Role, overrides: { name?: string; active?: boolean } = {}): Promise<TestUser> {
  const suffix = uniqueSuffix();
  const password = `pw-${suffix}-long-enough`;
  const name = overrides.name ?? `${role.charAt(0)}${role.slice(1).toLowerCase()} ${suffix}`;
  const user = await createUser({ email: `${role.toLowerCase()}-${suffix}@example.com`, name, role, password, active: overrides.active });
  await createAuthor({ displayName: name, userId: user.id });
  return { ...user, password, role };
}

/** Sign in through the login form, the way a person does (on another server when `origin` is given). */
export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">, origin = "") {
  await page.goto(`${origin}/login`);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
}

/**
 * A new user of this role, signed in on `page` and looking at the dashboard. Signed in through
 * next-auth's endpoint in the page's own cookie jar, not the form: the form has tests of its own
 * (sign-in.spec.ts and the specs that sign in with a new password), and the other sign-ins of the
 * suite (about ninety) need only the session (docs/decisions/026-ci-passes.md).
 */
export async function loginAs(page: Page, role: Role, { open = "/dashboard", ...overrides }: { name?: string; open?: string } = {}): Promise<TestUser> {
  const user = await makeUser(role, overrides);
  const answer = await postSignIn(page.request, { email: user.email, password: user.password, csrfToken: await csrfToken(page.request) });
  expect(answer, `sign-in of ${user.email}`).toBe("signed-in");
  // Then the page the test begins on (the dashboard, where the form would have led), signed in.
  await page.goto(open);
  if (!open.startsWith("/login")) await expect(page, "signed in, not sent to the sign-in page").not.toHaveURL(/\/login\b/);
  return user;
}

/** A second, independent browser (its own cookies), signed in as a new user of this role. */
export async function otherSession(browser: Browser, role: Role) {
  const context = await browser.newContext();
  const page = waitingForScripts(await context.newPage());
  const user = await loginAs(page, role);
  return { context, page, user };
}

// A random start per test process, then one address after another: never the same twice in a run
// (a random address per call met another one in about one run of fifty of the 200-reply spec).
let ipCounter = Math.floor(Math.random() * 0x1000000);
/** A different client address for each call (replies are rate-limited per address). */
export function uniqueIp(): string {
  const n = ++ipCounter & 0xffffff;
  return `10.${(n >> 16) & 255}.${(n >> 8) & 255}.${n & 255}`;
}

/** A reader's own browser: no session, an address of its own. */
export async function readerContext(browser: Browser) {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const page = waitingForScripts(await context.newPage());
  return { context, page };
}

/**
 * Fill the reply form once its script has run, and send it at once, as a reader who pastes a comment
 * does: such a reply is held for a moderator with the time it took, never filed as spam. The form
 * also works before its script has run (e2e/replies-without-javascript.spec.ts); the specs that use
 * this test what the script adds (the reader's own pending replies, failures that keep the text).
 */
export async function writeReply(page: Page, reply: { name: string; email: string; website?: string; body: string }) {
  const form = page.getByRole("form", { name: "Leave a Reply" });
  await expect(form).toHaveAttribute("data-hydrated", "");
  await form.getByLabel("Comment").fill(reply.body);
  await form.getByLabel("Name").fill(reply.name);
  await form.getByLabel("Email").fill(reply.email);
  if (reply.website) await form.getByLabel("Website").fill(reply.website);
  await form.getByRole("button", { name: "Post Comment" }).click();
}

/** An editor renames an article from the dashboard's article list and presses Update. */
export async function updateTitle(page: Page, from: string, to: string) {
  await page.goto("/dashboard/articles");
  await page.getByRole("link", { name: from }).click();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(to);
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated." })).toBeVisible();
}

/** The article body editor: a rich-text box labelled "Body". */
export function bodyEditor(page: Page) {
  return page.getByRole("textbox", { name: "Body", exact: true });
}

/**
 * Replace the article body with `text`, typed as a writer types it: Markdown shortcuts work ("## ",
 * "> ", "- ", "**bold** "), and a blank line between paragraphs is one press of Enter.
 */
export async function writeBody(page: Page, text: string) {
  const body = bodyEditor(page);
  await body.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.press("Delete");
  for (const [index, paragraph] of text.split("\n\n").entries()) {
    if (index > 0) await page.keyboard.press("Enter");
    await page.keyboard.type(paragraph);
  }
}
