import type { Page } from "@playwright/test";
import { uniqueSuffix } from "./factories";
import { expect, makeUser, readerContext, signIn, test } from "./fixtures";
import { startSecondServer } from "./second-server";

// A site with no mail server (no SMTP_URL), as on a laptop: nothing is sent, an administrator hands
// a new colleague a one-time password shown once, and reads every message at /dashboard/outbox.
// The test server has SMTP_URL, so this spec starts a second server without it on the same database.
test.describe.configure({ mode: "serial" });
let server: Awaited<ReturnType<typeof startSecondServer>>;
test.beforeAll(async () => {
  server = await startSecondServer({ SMTP_URL: undefined });
});
test.afterAll(() => server?.stop());

const signInThere = (page: Page, email: string, password: string) => signIn(page, { email, password }, server.url);

test("without mail, an administrator sees a one-time password; the colleague signs in with it and must choose their own", async ({ page, browser }) => {
  test.slow(); // two people, three sign-ins, on a second server
  const suffix = uniqueSuffix();
  const email = `otp-${suffix}@example.com`;
  const admin = await makeUser("ADMIN");
  await signInThere(page, admin.email, admin.password);
  await page.goto(`${server.url}/dashboard/users`);
  await expect(page.getByText("No mail server is set up")).toBeVisible();
  await page.getByLabel("Name").fill(`Laptop Reporter ${suffix}`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("AUTHOR");
  await page.getByRole("button", { name: "Create user" }).click();
  const created = page.getByRole("status").filter({ hasText: `Account created for Laptop Reporter ${suffix}` });
  await expect(created).toBeVisible();
  const oneTimePassword = (await created.textContent())!.match(/One-time password: (\S+)/)![1]!;

  const { context, page: newcomer } = await readerContext(browser);
  await signInThere(newcomer, email, oneTimePassword);
  await expect(newcomer.getByText("You signed in with a one-time password.")).toBeVisible();
  // Nothing else opens until they have chosen a password.
  await newcomer.goto(`${server.url}/dashboard/articles/new`);
  await expect(newcomer).toHaveURL(/\/dashboard\/profile/);
  await newcomer.getByLabel("Current password").fill(oneTimePassword);
  await newcomer.getByLabel(/^New password/).fill("my laptop password");
  await newcomer.getByLabel("Confirm new password").fill("my laptop password");
  await newcomer.getByRole("button", { name: "Change password" }).click();
  await expect(newcomer).toHaveURL(/\/login\?passwordChanged=1/);
  await signInThere(newcomer, email, "my laptop password");
  await expect(newcomer.getByText("You signed in with a one-time password.")).toHaveCount(0);
  expect((await newcomer.goto(`${server.url}/dashboard/articles/new`))?.status()).toBe(200);
  await context.close();
});

test("without mail, a password reset waits in the outbox, where an administrator reads it and its link works", async ({ page, browser }) => {
  const user = await makeUser("EDITOR");
  const { context, page: forgetful } = await readerContext(browser);
  await forgetful.goto(`${server.url}/login/forgot`);
  await forgetful.getByLabel("Email").fill(user.email);
  await forgetful.getByRole("button", { name: "Send me a link" }).click();
  await expect(forgetful.getByRole("status").filter({ hasText: "If an account uses that address" })).toBeVisible();

  const admin = await makeUser("ADMIN");
  await signInThere(page, admin.email, admin.password);
  await page.goto(`${server.url}/dashboard/outbox`);
  await expect(page.getByText("No mail server is set up (SMTP_URL), so nothing is sent")).toBeVisible();
  await page.getByRole("row").filter({ hasText: user.email }).getByRole("link", { name: /Reset your/ }).click();
  const link = await page.getByRole("link", { name: /\/login\/reset\?token=/ }).getAttribute("href");
  const path = new URL(link!).pathname + new URL(link!).search;

  await forgetful.goto(`${server.url}${path}`);
  await forgetful.getByLabel(/^New password/).fill("reset on a laptop");
  await forgetful.getByLabel("Confirm new password").fill("reset on a laptop");
  await forgetful.getByRole("button", { name: "Change password" }).click();
  await expect(forgetful).toHaveURL(/\/login\?passwordChanged=1/);
  await signInThere(forgetful, user.email, "reset on a laptop");
  await context.close();
});
