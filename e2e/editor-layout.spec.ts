import { bodyEditor, expect, loginAs, test } from "./fixtures";

// A laptop screen: the editor fits it, and every field shows where the keyboard is.
test.use({ viewport: { width: 1280, height: 800 } });

test("at 1280×800 the editor does not scroll sideways and its toolbar is one row", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  const toolbar = page.getByRole("toolbar", { name: "Formatting" });
  await expect(toolbar.getByRole("button", { name: "Bold" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Social card preview" })).toBeVisible();

  // Long words and addresses, as the previews repeat them, do not widen the page either.
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Counter-${"disestablishmentarianism".repeat(4)} in the harbour authority's reorganisation`);
  await page.getByLabel("Slug").fill(`a-very-long-custom-address-${"x".repeat(90)}`);
  await page.getByLabel("Standfirst").fill(`https://www.example.com/${"long-path-segment-".repeat(10)} is where it started.`);
  await expect(page.getByRole("region", { name: "Social card preview" })).toContainText("disestablishmentarianism");
  const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(widths.scroll, `page is ${widths.scroll}px wide in a ${widths.client}px window`).toBeLessThanOrEqual(widths.client);

  // One row: every button's top is the first button's top.
  const tops = await toolbar.getByRole("button").evaluateAll((buttons) => buttons.map((button) => Math.round(button.getBoundingClientRect().top)));
  expect(tops.length).toBeGreaterThan(10);
  expect(new Set(tops).size, `button rows at ${[...new Set(tops)].join(", ")}`).toBe(1);
  // The previews stay inside the window.
  for (const name of ["Search result preview", "Social card preview"]) {
    const box = (await page.getByRole("region", { name }).boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(widths.client);
  }
});

test("the body editor shows a focus ring like the other fields, not clipped by its frame", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  // Reached from the keyboard, as from the standfirst.
  await page.getByLabel("Standfirst").focus();
  const standfirstRing = await page.getByLabel("Standfirst").evaluate((element) => getComputedStyle(element).outlineStyle);
  expect(standfirstRing).not.toBe("none");

  await bodyEditor(page).click();
  await expect(bodyEditor(page)).toBeFocused();
  const ring = await bodyEditor(page).evaluate((element) => {
    const style = getComputedStyle(element);
    const width = parseFloat(style.outlineWidth);
    const offset = parseFloat(style.outlineOffset);
    // The ring's outer edge must lie inside every ancestor that clips what overflows it.
    const box = element.getBoundingClientRect();
    const reach = width + offset;
    let clipped = false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      if (getComputedStyle(parent).overflow === "visible") continue;
      const frame = parent.getBoundingClientRect();
      if (box.left - reach < frame.left || box.right + reach > frame.right || box.top - reach < frame.top || box.bottom + reach > frame.bottom) clipped = true;
    }
    return { style: style.outlineStyle, width, color: style.outlineColor, clipped, shadow: style.boxShadow };
  });
  expect(ring.style, JSON.stringify(ring)).not.toBe("none");
  expect(ring.width).toBeGreaterThanOrEqual(2);
  expect(ring.color).not.toBe("rgba(0, 0, 0, 0)");
  expect(ring.clipped, JSON.stringify(ring)).toBe(false);
});
