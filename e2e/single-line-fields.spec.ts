// A title is one line: a tab or a line break pasted into it is refused beside the field, with what
// was typed kept (lib/actions/schemas.ts singleLine, the rule of every single-line field).

import { uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

test("a title pasted with a tab or a line break is refused beside the field, the text kept", async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  const title = page.getByRole("textbox", { name: "Title", exact: true });
  // A browser drops CR/LF from a one-line box, but not a tab (a title copied from a spreadsheet).
  const pasted = `Budget vote\t${suffix}`;
  await title.fill(pasted);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(title).toHaveAccessibleDescription(/Keep the title on one line: remove the line breaks and tabs\./);
  await expect(title).toHaveValue(pasted);
  await expect(page).toHaveURL(/\/dashboard\/articles\/new$/);

  // A CR/LF sent to the same action (as a script or a crafted form could) gets the same answer.
  await page.route("**/dashboard/articles/new", async (route) => {
    const body = route.request().postDataBuffer();
    if (route.request().method() !== "POST" || !body) return route.continue();
    return route.continue({ postData: Buffer.from(body.toString("latin1").replace(`Budget vote ${suffix}`, `Budget vote\r\n${suffix}`), "latin1") });
  });
  await title.fill(`Budget vote ${suffix}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(title).toHaveAccessibleDescription(/Keep the title on one line/);
  await expect(page).toHaveURL(/\/dashboard\/articles\/new$/);
});
