import { outboxSettled, uniqueSuffix } from "./factories";
import { expect, loginAs, makeUser, readerContext, signIn, test } from "./fixtures";
import { MailServer, linkIn } from "./mail-server";

// Invitations and password resets through a real SMTP server (the test server's SMTP_URL points at it).
const mail = new MailServer();
test.beforeAll(() => mail.start());
test.afterAll(() => mail.stop());

test("an administrator invites a colleague by email; the link lets them choose a password, once", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const email = `invited-${suffix}@example.com`;
  await loginAs(page, "ADMIN", { open: "/dashboard/users" });
  await page.getByLabel("Name").fill(`Invited Reporter ${suffix}`);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("combobox", { name: "Role", exact: true }).selectOption("EDITOR");
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to Invited Reporter ${suffix}` })).toBeVisible();
  await expect(page.getByText("One-time password")).toHaveCount(0);

  const invitation = await mail.waitFor(email, "invited you to Gazette");
  expect(invitation.text).toContain("72 hours");
  expect(invitation.text).toContain("1 Press Street, Springfield");
  expect(invitation.html).toContain("Choose your password");
  expect(invitation.headers.get("from")).toContain("newsroom@example.com");
  // Transactional: no unsubscribe.
  expect(invitation.headers.has("list-unsubscribe")).toBe(false);
  const link = linkIn(invitation, "/login/welcome");

  const { context, page: newcomer } = await readerContext(browser);
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: `Welcome, Invited Reporter ${suffix}` })).toBeVisible();
  await newcomer.getByLabel(/^New password/).fill("short");
  await newcomer.getByLabel("Confirm new password").fill("short");
  await newcomer.getByRole("button", { name: "Choose password" }).click();
  await expect(newcomer.getByText("Use at least 12 characters.")).toBeVisible();
  await newcomer.getByLabel(/^New password/).fill("my chosen password");
  await newcomer.getByLabel("Confirm new password").fill("my chosen password");
  await newcomer.getByRole("button", { name: "Choose password" }).click();
  await expect(newcomer).toHaveURL(/\/login\?welcome=1/);
  await signIn(newcomer, { email, password: "my chosen password" });
  await expect(newcomer.getByText("You signed in with a one-time password.")).toHaveCount(0);

  // Single use.
  await newcomer.goto(link);
  await expect(newcomer.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await context.close();

  // The administrator's outbox shows it sent, without the link any more.
  await page.goto("/dashboard/outbox");
  const row = page.getByRole("row").filter({ hasText: email }).filter({ hasText: "invited you" });
  await expect(row).toContainText("Sent");
  await row.getByRole("link").click();
  await expect(page.getByText("single-use link, so its text is not kept")).toBeVisible();
});

test("forgot password: the same answer for any address, a single-use link, and every other session ends", async ({ page, browser }) => {
  const user = await makeUser("EDITOR");
  await signIn(page, user);

  const { context, page: other } = await readerContext(browser);
  await other.goto("/login");
  await other.getByRole("link", { name: "Forgot your password?" }).click();
  await other.getByLabel("Email").fill(`nobody-${uniqueSuffix()}@example.com`);
  await other.getByRole("button", { name: "Send me a link" }).click();
  const answer = other.getByRole("status").filter({ hasText: "If an account uses that address" });
  await expect(answer).toBeVisible();
  const unknownAnswer = await answer.textContent();

  await other.goto("/login/forgot");
  await other.getByLabel("Email").fill(user.email.toUpperCase());
  await other.getByRole("button", { name: "Send me a link" }).click();
  await expect(other.getByRole("status").filter({ hasText: "If an account uses that address" })).toHaveText(unknownAnswer!);

  const reset = await mail.waitFor(user.email, "Reset your Gazette password");
  expect(reset.text).toContain("one hour");
  const link = linkIn(reset, "/login/reset");
  await other.goto(link);
  await other.getByLabel(/^New password/).fill("a brand new password");
  await other.getByLabel("Confirm new password").fill("a different password");
  await other.getByRole("button", { name: "Change password" }).click();
  await expect(other.getByText("The two passwords differ.")).toBeVisible();
  await other.getByLabel(/^New password/).fill("a brand new password");
  await other.getByLabel("Confirm new password").fill("a brand new password");
  await other.getByRole("button", { name: "Change password" }).click();
  await expect(other).toHaveURL(/\/login\?passwordChanged=1/);

  // The session that was open elsewhere has ended.
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);
  await signIn(other, { email: user.email, password: "a brand new password" });
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "This link no longer works" })).toBeVisible();

  // Throttled per account: three messages an hour at most, and the answer never changes.
  for (let i = 0; i < 3; i++) {
    await other.goto("/login/forgot");
    await other.getByLabel("Email").fill(user.email);
    await other.getByRole("button", { name: "Send me a link" }).click();
    await expect(other.getByRole("status")).toHaveText(unknownAnswer!);
  }
  const resets = () => mail.to(user.email).filter((message) => message.subject.startsWith("Reset your"));
  await expect.poll(() => resets().length, { timeout: 10_000 }).toBe(3);
  await outboxSettled(user.email);
  expect(resets()).toHaveLength(3);
  await context.close();
});

test("a mail server that is down delays a message; it is retried and delivered once when it is back", async ({ page }) => {
  const user = await makeUser("AUTHOR");
  await mail.stop();
  try {
    await loginAs(page, "ADMIN", { open: "/login/forgot" });
    // Signed in, the forgot page still works (it is for anyone).
    await page.getByLabel("Email").fill(user.email);
    await page.getByRole("button", { name: "Send me a link" }).click();
    await expect(page.getByRole("status").filter({ hasText: "If an account uses that address" })).toBeVisible();
    await expect(async () => {
      await page.goto("/dashboard/outbox?status=PENDING");
      const row = page.getByRole("row").filter({ hasText: user.email }).filter({ hasText: "Reset your" });
      await expect(row).toContainText(/ECONNREFUSED|connect/i, { timeout: 500 });
      expect(Number(await row.getByRole("cell").last().textContent())).toBeGreaterThanOrEqual(2);
    }).toPass({ timeout: 15_000 });
  } finally {
    await mail.start();
  }
  await mail.waitFor(user.email, "Reset your Gazette password");
  await outboxSettled(user.email);
  expect(mail.to(user.email)).toHaveLength(1);
  await page.goto("/dashboard/outbox");
  await expect(page.getByRole("row").filter({ hasText: user.email }).filter({ hasText: "Reset your" })).toContainText("Sent");
});

test("an administrator resends an invitation: a new link arrives and the earlier one no longer works", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const name = `Resent Reporter ${suffix}`;
  const email = `resent-${suffix}@example.com`;
  await loginAs(page, "ADMIN", { open: "/dashboard/users" });
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("Email").fill(email);
  await page.getByRole("button", { name: "Create user" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Invitation sent to ${name}` })).toBeVisible();
  const first = linkIn(await mail.waitFor(email, "invited you to Gazette"), "/login/welcome");

  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row.getByRole("cell").filter({ hasText: "Invited" })).toBeVisible();
  await row.getByRole("button", { name: `Resend invitation to ${name}` }).click();
  await expect(row.getByRole("status").filter({ hasText: `A new invitation is on its way to ${name}` })).toBeVisible();
  await expect.poll(() => mail.to(email).length, { timeout: 15_000 }).toBe(2);
  const second = linkIn(mail.to(email)[1]!, "/login/welcome");
  expect(second).not.toBe(first);

  const { context, page: newcomer } = await readerContext(browser);
  await newcomer.goto(first);
  await expect(newcomer.getByRole("heading", { name: "This link no longer works" })).toBeVisible();
  await newcomer.goto(second);
  await newcomer.getByLabel(/^New password/).fill("the second link works");
  await newcomer.getByLabel("Confirm new password").fill("the second link works");
  await newcomer.getByRole("button", { name: "Choose password" }).click();
  await expect(newcomer).toHaveURL(/\/login\?welcome=1/);
  await context.close();

  // Accepted: nothing left to resend.
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: email }).getByRole("button", { name: `Resend invitation to ${name}` })).toHaveCount(0);
});
