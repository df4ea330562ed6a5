import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { db } from "../lib/db";
import { expect, loginAs, makeUser, signIn, test, uniqueIp } from "./fixtures";
import { count, csrfToken, postSignIn } from "./sign-in-api";

/** Submit the login form and wait for the answer (the form clears the password when it comes). */
async function attemptSignIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Password")).toHaveValue("");
}

test("an editor signs in, lands on the dashboard and signs out", async ({ page }) => {
  const editor = await makeUser("EDITOR");
  await page.goto("/dashboard/articles");
  await expect(page).toHaveURL(/\/login\?callbackUrl=%2Fdashboard%2Farticles/);
  await page.getByLabel("Email").fill(editor.email.toUpperCase());
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/dashboard/articles");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
});

test("a wrong email and a wrong password get the same message, and the email typed is kept", async ({ page }) => {
  const author = await makeUser("AUTHOR");
  await page.goto("/login");
  await page.getByLabel("Email").fill(author.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(author.email);

  await page.getByLabel("Email").fill(`nobody-${author.id}@example.com`);
  await page.getByLabel("Password").fill(author.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
});

test("empty and malformed fields are explained next to the field", { tag: "@once" }, async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveAccessibleDescription(/like name@example.com/);
  await expect(page.getByLabel("Password")).toHaveAccessibleDescription("Enter your password.");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
});

test("after five failed attempts an account is locked for a while, even with the right password", async ({ page }) => {
  const editor = await makeUser("EDITOR");
  await page.goto("/login");
  for (let attempt = 1; attempt <= 5; attempt++) {
    await attemptSignIn(page, editor.email, `wrong-${attempt}`);
    await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  }
  await attemptSignIn(page, editor.email, editor.password);
  await expect(page.getByRole("status").filter({ hasText: /Too many failed sign-in attempts\. Please wait 1[45] minutes/ })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("one address is throttled across accounts", async ({ browser }) => {
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 200) + 20}` } });
  const page = await context.newPage();
  const target = await makeUser("AUTHOR");
  await page.goto("/login");
  for (let attempt = 0; attempt < 30; attempt++) {
    // Different unknown accounts each time: only the per-address limit can stop this.
    await attemptSignIn(page, `guess-${attempt}-${target.id}@example.com`, "guess");
    await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  }
  await attemptSignIn(page, target.email, target.password);
  await expect(page.getByRole("status").filter({ hasText: /Too many failed sign-in attempts/ })).toBeVisible();
  await context.close();
});

test("a deactivated user cannot sign in, and a live session stops working at once", async ({ page, browser }) => {
  const editor = await loginAs(page, "EDITOR");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  // An administrator deactivates the editor from another browser.
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await loginAs(adminPage, "ADMIN");
  await adminPage.goto("/dashboard/users");
  await adminPage.getByRole("button", { name: `Deactivate ${editor.name}` }).click();
  await expect(adminPage.getByRole("status").filter({ hasText: "Deactivated." })).toBeVisible();
  await adminContext.close();

  await page.goto("/dashboard/articles");
  await expect(page).toHaveURL(/\/login/);
  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  expect((await db.user.findUnique({ where: { id: editor.id }, select: { active: true } }))?.active).toBe(false);
});

test("the login page has no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page }) => {
  await page.goto("/login");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
});

test("simultaneous attempts are counted before the password is checked: no more than the limit are verified", async ({ playwright, baseURL }) => {
  const editor = await makeUser("EDITOR");
  const request = await playwright.request.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const token = await csrfToken(request);
  const answers = await Promise.all(
    Array.from({ length: 20 }, (_, i) => postSignIn(request, { email: editor.email, password: `wrong-${i}`, csrfToken: token })),
  );
  expect(count(answers, "incorrect")).toBeLessThanOrEqual(5);
  expect(count(answers, "throttled")).toBeGreaterThanOrEqual(15);
  expect(await postSignIn(request, { email: editor.email, password: editor.password, csrfToken: token })).toBe("throttled");
  await request.dispose();
});

test("failures from many addresses do not lock the owner's browser out, only unknown browsers", async ({ browser, playwright, baseURL }) => {
  const moderator = await makeUser("MODERATOR");
  // The owner signs in once on their own computer, then signs out.
  const owner = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const ownerPage = await owner.newPage();
  await signIn(ownerPage, moderator);
  await ownerPage.getByRole("button", { name: "Sign out" }).click();
  await expect(ownerPage).toHaveURL(/\/login\?signedOut=1/);

  // Someone fails on purpose from 50 addresses.
  const attacker = await playwright.request.newContext({ baseURL });
  const token = await csrfToken(attacker);
  for (let batch = 0; batch < 5; batch++) {
    await Promise.all(
      Array.from({ length: 10 }, () =>
        postSignIn(attacker, { email: moderator.email, password: "guess", csrfToken: token }, { "X-Forwarded-For": uniqueIp() }),
      ),
    );
  }
  await attacker.dispose();

  // A browser that never signed in here is locked out, even with the right password...
  const stranger = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/login");
  await attemptSignIn(strangerPage, moderator.email, moderator.password);
  await expect(strangerPage.getByRole("status").filter({ hasText: /Too many failed sign-in attempts/ })).toBeVisible();
  await stranger.close();

  // ...but the owner's browser signs in.
  await signIn(ownerPage, moderator);
  await expect(ownerPage.getByRole("heading", { level: 1 })).toBeVisible();
  await owner.close();
});

test("a browser that signed in before has its own limit, and cannot be used to guess other accounts", async ({ browser }) => {
  const editor = await makeUser("EDITOR");
  const other = await makeUser("AUTHOR");
  const context = await browser.newContext({ extraHTTPHeaders: { "X-Forwarded-For": uniqueIp() } });
  const page = await context.newPage();
  await signIn(page, editor);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  for (let attempt = 1; attempt <= 5; attempt++) {
    await attemptSignIn(page, editor.email, `wrong-${attempt}`);
    await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  }
  await attemptSignIn(page, editor.email, editor.password);
  await expect(page.getByRole("status").filter({ hasText: /Too many failed sign-in attempts/ })).toBeVisible();
  // The cookie belongs to the editor's account: on another account this browser is a stranger.
  await page.getByLabel("Email").fill(other.email);
  await page.getByLabel("Password").fill(other.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL(/\/dashboard/);
  await context.close();
});

test("signing out ends the session on the server: a copied cookie stops working", async ({ browser }) => {
  const first = await browser.newContext();
  const page = await first.newPage();
  await loginAs(page, "EDITOR");
  const copy = await browser.newContext();
  await copy.addCookies(await first.cookies());
  const copyPage = await copy.newPage();
  await copyPage.goto("/dashboard");
  await expect(copyPage).toHaveURL(/\/dashboard$/);

  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login\?signedOut=1/);
  await copyPage.goto("/dashboard");
  await expect(copyPage).toHaveURL(/\/login/);
  await first.close();
  await copy.close();
});

test("“Sign out everywhere” ends the sessions of every browser", async ({ browser }) => {
  const laptop = await browser.newContext();
  const laptopPage = await laptop.newPage();
  const user = await loginAs(laptopPage, "AUTHOR");
  const phone = await browser.newContext();
  const phonePage = await phone.newPage();
  await signIn(phonePage, user);

  await laptopPage.goto("/dashboard/profile");
  await laptopPage.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(laptopPage).toHaveURL(/\/login\?signedOut=1/);
  await phonePage.goto("/dashboard");
  await expect(phonePage).toHaveURL(/\/login/);
  await laptopPage.goto("/dashboard");
  await expect(laptopPage).toHaveURL(/\/login/);
  await laptop.close();
  await phone.close();
});
