import { expect, makeUser, test } from "./fixtures";

// The sign-in form works before (or without) JavaScript: it posts to a real address, which is also
// what the W3C checker asks of it (an empty action attribute is invalid HTML).
test.use({ javaScriptEnabled: false });

const dashboardLogin = "/login?callbackUrl=%2Fdashboard%2Farticles";

test("the sign-in form posts to the page's own address, never to an empty action", async ({ request }) => {
  for (const path of ["/login", dashboardLogin]) {
    const html = await (await request.get(path)).text();
    expect(html).toMatch(/<form\b/);
    expect(html, path).not.toMatch(/<form\b[^>]*\saction=""/);
  }
});

test("without JavaScript, a wrong password is explained and the right one lands where the reader was going", async ({ page }) => {
  const editor = await makeUser("EDITOR");
  await page.goto(dashboardLogin);
  const form = page.locator("form", { has: page.getByRole("button", { name: "Sign in" }) });
  await expect(form).toHaveAttribute("action", dashboardLogin);

  await page.getByLabel("Email").fill(editor.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Incorrect email or password." })).toBeVisible();
  await expect(page.getByLabel("Email")).toHaveValue(editor.email);
  await expect(page).toHaveURL(dashboardLogin);

  await page.getByLabel("Password").fill(editor.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page).toHaveURL("/dashboard/articles");
  await expect(page.getByRole("heading", { name: "Articles", level: 1 })).toBeVisible();
});
