import { createArticle, hourWithoutDailyIssue, outboxSettled, uniqueSuffix } from "./factories";
import { expect, loginAs, readerContext, test } from "./fixtures";
import { MailServer, linkIn } from "./mail-server";

// The newsletter through a real SMTP server: double opt-in, the digest at the hour set in the
// dashboard, the public archive, and the subscriber list.
const mail = new MailServer();
test.beforeAll(() => mail.start());
test.afterAll(() => mail.stop());

test("a reader subscribes, confirms, receives the digest at the set hour, reads the archive and unsubscribes", async ({ page, browser }) => {
  test.slow(); // a reader, an administrator and the worker's rounds
  const suffix = uniqueSuffix();
  const email = `subscriber-${suffix}@example.net`;
  const reader = await readerContext(browser);
  await reader.page.goto("/");
  await reader.page.getByRole("contentinfo").getByRole("link", { name: "Newsletter" }).click();
  const form = reader.page.getByRole("form", { name: "Subscribe to the newsletter" });
  await form.getByLabel("Your email").fill("not an address");
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(form.getByText("Enter an email address like name@example.com.")).toBeVisible();
  await expect(form.getByLabel("Your email")).toHaveValue("not an address");
  await form.getByLabel("Your email").fill(email);
  await form.getByLabel("Daily").check();
  await form.getByRole("button", { name: "Subscribe" }).click();
  await expect(reader.page.getByRole("status").filter({ hasText: "we sent you an email with a link to confirm" })).toBeVisible();

  const confirm = await mail.waitFor(email, /Confirm your subscription/);
  await reader.page.goto(linkIn(confirm, "/email/confirm"));
  await reader.page.getByRole("button", { name: "Confirm subscription" }).click();
  await expect(reader.page.getByRole("status").filter({ hasText: "You are subscribed." })).toBeVisible();

  const article = await createArticle({ title: `Night buses return ${suffix}`, publishedAt: new Date() });

  // The administrator sees the subscriber and sets the hour to one whose issue is due and not yet
  // written (the site's time zone is UTC here).
  await loginAs(page, "ADMIN", { open: "/dashboard/newsletter" });
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("Confirmed");
  await page.getByLabel("Hour of sending").selectOption(String(await hourWithoutDailyIssue()));
  await page.getByRole("button", { name: "Save schedule" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Newsletter schedule saved." })).toBeVisible();

  const issue = await mail.waitFor(email, /Gazette Daily/, 20_000);
  expect(issue.text).toContain(`Night buses return ${suffix}`);
  expect(issue.text).toContain(`/articles/${article.slug}`);
  expect(issue.text).toContain("1 Press Street, Springfield");
  expect(issue.html).toContain(`Night buses return ${suffix}`);
  expect(issue.headers.get("list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
  await outboxSettled(email);
  expect(mail.to(email).filter((m) => /Gazette Daily/.test(m.subject))).toHaveLength(1);

  // The archive on the site, without anyone's address.
  await reader.page.goto(linkIn(issue, "/newsletter/"));
  await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(issue.subject);
  await reader.page.getByRole("link", { name: `Night buses return ${suffix}` }).click();
  await expect(reader.page.getByRole("heading", { level: 1 })).toHaveText(`Night buses return ${suffix}`);
  await reader.page.goto("/newsletter");
  await expect(reader.page.getByRole("link", { name: issue.subject }).first()).toBeVisible();
  expect(await reader.page.content()).not.toContain(email);

  // Export, then unsubscribe through the link in the issue.
  const csv = await page.request.get("/dashboard/newsletter/subscribers.csv");
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(await csv.text()).toContain(`"${email}","DAILY"`);
  expect((await reader.page.request.get("/dashboard/newsletter/subscribers.csv", { maxRedirects: 0 })).status()).not.toBe(200);
  await reader.page.goto(linkIn(issue, "/email/unsubscribe"));
  await reader.page.getByRole("button", { name: "Unsubscribe" }).click();
  await expect(reader.page.getByRole("status").filter({ hasText: "You are unsubscribed" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await reader.context.close();
});

test("an administrator removes a subscriber; the form answers the same for a known address", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  const email = `twice-${suffix}@example.net`;
  const reader = await readerContext(browser);
  for (let i = 0; i < 2; i++) {
    await reader.page.goto("/newsletter");
    await reader.page.getByLabel("Your email").fill(email);
    await reader.page.getByRole("button", { name: "Subscribe" }).click();
    await expect(reader.page.getByRole("status").filter({ hasText: "we sent you an email with a link to confirm" })).toBeVisible();
  }
  await loginAs(page, "ADMIN", { open: "/dashboard/newsletter" });
  const row = page.getByRole("row").filter({ hasText: email });
  await expect(row).toContainText("Waiting for confirmation");
  await expect(row).toContainText("Weekly");
  await row.getByRole("button", { name: `Remove ${email}` }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toHaveCount(0);
  await reader.context.close();
});
