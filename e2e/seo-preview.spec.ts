import { uniqueSuffix } from "./factories";
import { expect, loginAs, test } from "./fixtures";

test("the search result and social card previews follow the title, SEO fields and standfirst while typing", { tag: "@once" }, async ({ page }) => {
  const suffix = uniqueSuffix();
  await loginAs(page, "AUTHOR", { open: "/dashboard/articles/new" });
  const search = page.getByRole("region", { name: "Search result preview" });
  const card = page.getByRole("region", { name: "Social card preview" });
  await expect(search).toContainText("Add a title");

  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Tram Line Opens ${suffix}`);
  await expect(search).toContainText(`Tram Line Opens ${suffix} · Gazette`);
  await expect(search).toContainText(`articles › tram-line-opens-${suffix}`);
  await expect(card).toContainText(`Tram Line Opens ${suffix}`);

  await page.getByLabel("Standfirst").fill(`The first trams ran on time ${suffix}.`);
  await expect(search).toContainText(`The first trams ran on time ${suffix}.`);
  await expect(card).toContainText(`The first trams ran on time ${suffix}.`);

  // The SEO fields win over the title and standfirst; long ones are cut like a search engine does.
  await page.getByLabel("SEO title").fill(`Trams are back in the city centre after forty years ${suffix} and more`);
  const shownTitle = await search.locator("[data-preview=search-title]").textContent();
  expect(shownTitle!.length).toBeLessThanOrEqual(60);
  expect(shownTitle).toMatch(/^Trams are back in the city centre after forty years.*…$/);
  await page.getByLabel("SEO description").fill(`${"Passengers queued before dawn. ".repeat(8)}${suffix}`);
  const shownDescription = await search.locator("[data-preview=search-description]").textContent();
  expect(shownDescription!.length).toBeLessThanOrEqual(160);
  expect(shownDescription).toMatch(/^Passengers queued before dawn\..*…$/);
  await expect(card).toContainText("Trams are back in the city centre");

  await page.getByLabel("Slug").fill(`trams-back-${suffix}`);
  await expect(search).toContainText(`trams-back-${suffix}`);
});
