import { type Locator, type Page } from "@playwright/test";
import { db } from "../lib/db";
import { uniqueSuffix } from "./factories";
import { bodyEditor, expect, loginAs, readerContext, test } from "./fixtures";

// A 1×1 PNG, for uploads.
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==", "base64");

/** What Google Docs puts on the clipboard (trimmed): spans with inline styles, a wrapper <b>, plus a script and Word's classes. */
const GOOGLE_DOCS_HTML = [
  '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-5f2a">',
  '<h1 dir="ltr" style="line-height:1.38;margin-top:20pt"><span style="font-size:20pt;font-family:Arial;color:#000000;">Pasted heading</span></h1>',
  '<p dir="ltr" style="line-height:1.38"><span style="font-size:11pt;font-family:Arial;color:#ff0000;font-weight:700;">Bold from Docs</span>',
  '<span style="font-size:11pt;font-family:Arial;"> and </span><span style="font-size:11pt;font-style:italic;">italic from Docs</span>',
  '<span> with a </span><a href="https://example.org/report" style="text-decoration:none;"><span style="color:#1155cc;text-decoration:underline;">report link</span></a></p>',
  "<script>window.__pasteRan = true</script><style>p { color: red }</style>",
  '<ul style="margin-top:0"><li dir="ltr" style="list-style-type:disc;"><p dir="ltr"><span style="font-size:11pt;">First pasted point</span></p></li></ul>',
  '<p class="MsoNormal" style="mso-line-height-alt:12pt"><span lang="EN-GB" onclick="alert(1)">A paragraph from Word</span></p>',
  '<p><img src="https://tracker.example/pixel.gif" alt=""><a href="javascript:alert(1)">not a link</a></p>',
  "</b>",
].join("");

async function paste(body: Locator, data: Record<string, string>) {
  await body.evaluate((element, entries) => {
    const transfer = new DataTransfer();
    for (const [type, value] of Object.entries(entries)) transfer.setData(type, value);
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, data);
}

async function statusMessage(page: Page, text: string | RegExp) {
  await expect(page.getByRole("status").filter({ hasText: text })).toBeVisible();
}

test("a writer uses Markdown and keyboard shortcuts, pastes from Google Docs, inserts a figure and an embed, and readers get it all without third-party requests", async ({ page, browser }) => {
  const suffix = uniqueSuffix();
  // The page's clock, so that the writer's pause before a new burst of typing takes no real time.
  await page.clock.install();
  await loginAs(page, "EDITOR", { open: "/dashboard/articles/new" });
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Rich Story ${suffix}`);
  const body = bodyEditor(page);
  await body.click();

  // Markdown shortcuts as you type.
  await page.keyboard.type("## What happened");
  await page.keyboard.press("Enter");
  await page.keyboard.type("The council voted **late** at night. ");
  await page.keyboard.press("Enter");
  await page.keyboard.type("> A quoted resident");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("- first point");
  await page.keyboard.press("Enter");
  await page.keyboard.type("second point");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("1. numbered");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(body.getByRole("heading", { level: 2, name: "What happened" })).toBeVisible();
  await expect(body.locator("strong")).toHaveText("late");
  await expect(body.locator("blockquote")).toHaveText("A quoted resident");
  await expect(body.locator("ul > li")).toHaveText(["first point", "second point"]);
  await expect(body.locator("ol > li")).toHaveText(["numbered"]);

  // Keyboard shortcuts: italic on and off, undo and redo.
  await page.keyboard.type("Plain then ");
  await page.keyboard.press("ControlOrMeta+i");
  await page.keyboard.type("slanted");
  await page.keyboard.press("ControlOrMeta+i");
  await page.keyboard.type(" words");
  await expect(body.locator("em")).toHaveText("slanted");
  await expect(page.getByRole("button", { name: "Italic" })).toHaveAttribute("aria-pressed", "false");
  // Undo takes back the last burst of typing (history groups what is typed within half a second):
  // the writer pauses for 0.7 s on the page's clock before typing again.
  await page.clock.fastForward(700);
  await page.keyboard.type(" oops");
  await page.keyboard.press("ControlOrMeta+z");
  await expect(body).not.toContainText("oops");
  await expect(body).toContainText("slanted words");
  await page.keyboard.press("ControlOrMeta+Shift+z");
  await expect(body).toContainText("slanted words oops");
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(body).not.toContainText("oops");
  await expect(page.getByLabel("Length")).toContainText(/\d+ words · 1 min read/);

  // Paste from Google Docs: clean blocks, no styles, classes, scripts or foreign images.
  await page.keyboard.press("Enter");
  await paste(body, { "text/html": GOOGLE_DOCS_HTML, "text/plain": "Pasted heading" });
  await expect(body.getByRole("heading", { level: 2, name: "Pasted heading" })).toBeVisible();
  await expect(body.locator("strong").filter({ hasText: "Bold from Docs" })).toBeVisible();
  await expect(body.locator("em").filter({ hasText: "italic from Docs" })).toBeVisible();
  await expect(body.getByRole("link", { name: "report link" })).toHaveAttribute("href", "https://example.org/report");
  await expect(body.locator("li").filter({ hasText: "First pasted point" })).toBeVisible();
  await expect(body.locator("p").filter({ hasText: "A paragraph from Word" })).toBeVisible();
  await expect(body.getByText("not a link")).toBeVisible();
  await expect(body.locator("[style], [onclick], [lang], script, style, span, img, a[href^='javascript']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as { __pasteRan?: boolean }).__pasteRan)).toBeUndefined();

  // A figure: upload an image with its alt text, caption and credit.
  await page.keyboard.press("ControlOrMeta+End");
  await page.getByRole("button", { name: "Insert image" }).click();
  const dialog = page.getByRole("dialog", { name: "Insert image" });
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog.getByLabel("Alt text")).toHaveAccessibleDescription(/Describe the image/);
  await expect(dialog.getByLabel("Image file")).toHaveAccessibleDescription(/Choose an image file/);
  await dialog.getByLabel("Image file").setInputFiles({ name: `harbour-${suffix}.png`, mimeType: "image/png", buffer: PNG });
  await dialog.getByLabel("Alt text").fill("Fishing boats in the harbour at dawn");
  await dialog.getByLabel("Caption").fill(`The harbour at dawn ${suffix}`);
  await dialog.getByLabel("Credit").fill("Photo: Ada Lens / Gazette");
  await dialog.getByLabel("Width").selectOption({ label: "Full width" });
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog).toBeHidden();
  await expect(body.getByRole("img", { name: "Fishing boats in the harbour at dawn" })).toBeVisible();
  await expect(body.locator("figcaption")).toContainText(`The harbour at dawn ${suffix}`);

  // The upload went into the media library: a second figure chosen from it comes with its words.
  await page.getByRole("button", { name: "Insert image" }).click();
  await dialog.getByRole("button", { name: "Choose from library" }).click();
  const library = page.getByRole("dialog", { name: "Media library" });
  await library.getByLabel("Search images").fill(suffix);
  await library.getByRole("button", { name: `Use harbour-${suffix}.png` }).click();
  await expect(library).toBeHidden();
  await expect(dialog.getByLabel("Alt text")).toHaveValue("Fishing boats in the harbour at dawn");
  await expect(dialog.getByLabel("Credit")).toHaveValue("Photo: Ada Lens / Gazette");
  await dialog.getByLabel("Caption").fill(`Chosen from the library ${suffix}`);
  await dialog.getByRole("button", { name: "Insert image" }).click();
  await expect(dialog).toBeHidden();
  await expect(body.locator("figure[data-figure]")).toHaveCount(2);
  // A selected figure's words are edited beside the toolbar.
  await body.locator("figure[data-figure]").nth(1).locator("img").click();
  await expect(page.getByLabel("Image caption")).toHaveValue(`Chosen from the library ${suffix}`);
  await page.getByLabel("Image caption").fill(`Library picture ${suffix}`);
  await expect(body.locator("figure[data-figure]").nth(1).locator("figcaption")).toContainText(`Library picture ${suffix}`);

  // An embed from a pasted address alone.
  await body.getByText("A paragraph from Word").click();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await paste(body, { "text/plain": "https://www.youtube.com/watch?v=dQw4w9WgXcQ" });
  await expect(body.getByText("YouTube video (YouTube)")).toBeVisible();

  await page.getByRole("button", { name: "Publish" }).click();
  await statusMessage(page, "Published. It is live on the site now.");
  const saved = await db.article.findFirstOrThrow({ where: { title: `Rich Story ${suffix}` }, select: { slug: true, body: true, bodyText: true } });
  expect(saved.body).not.toMatch(/style|class|script|docs-internal|javascript:|tracker/);
  expect(saved.bodyText).toContain("Bold from Docs");
  const media = await db.media.findFirstOrThrow({ where: { filename: `harbour-${suffix}.png` }, select: { id: true, caption: true } });
  expect(media.caption).toBe(`The harbour at dawn ${suffix}`);
  expect(saved.body).toContain(`"mediaId":"${media.id}"`);

  // The reader page: our own HTML, the figure with caption and credit, and an embed placeholder
  // that asks no third party for anything until the reader clicks.
  // A reader's browser whose page waits for its scripts after each load, as the suite's own page
  // does: the embed's button needs them (a press before they have come brings them, and a second
  // press loads the player).
  const { context: reader, page: readerPage } = await readerContext(browser);
  const thirdParty: string[] = [];
  readerPage.on("request", (request) => {
    if (new URL(request.url()).hostname !== "localhost") thirdParty.push(request.url());
  });
  await readerPage.route("https://www.youtube-nocookie.com/**", (route) => route.fulfill({ contentType: "text/html", body: "<p>The player</p>" }));
  await readerPage.goto(`/articles/${saved.slug}`);
  const article = readerPage.getByRole("article");
  await expect(article.getByRole("heading", { level: 2, name: "What happened" })).toBeVisible();
  await expect(article.getByRole("heading", { level: 2, name: "Pasted heading" })).toBeVisible();
  await expect(article.locator("strong").filter({ hasText: "late" })).toBeVisible();
  await expect(article.locator("em").filter({ hasText: "slanted" })).toBeVisible();
  await expect(article.locator("blockquote").filter({ hasText: "A quoted resident" })).toBeVisible();
  const figure = article.getByRole("figure", { name: new RegExp(`The harbour at dawn ${suffix}`) });
  await expect(figure.getByRole("img", { name: "Fishing boats in the harbour at dawn" })).toBeVisible();
  await expect(figure).toContainText("Photo: Ada Lens / Gazette");
  await expect(article.getByRole("figure", { name: new RegExp(`Library picture ${suffix}`) })).toBeVisible();
  await expect(article.getByText("YouTube video", { exact: true })).toBeVisible();
  await expect(article.getByRole("link", { name: "Open it on YouTube" })).toHaveAttribute("href", "https://www.youtube.com/watch?v=dQw4w9WgXcQ");
  await readerPage.waitForLoadState("networkidle");
  expect(thirdParty).toEqual([]);

  await article.getByRole("button", { name: "Load the YouTube video here" }).click();
  await expect(article.locator("iframe")).toHaveAttribute("src", "https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await expect.poll(() => thirdParty).toContain("https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1");
  await reader.close();
});

test("hostile documents sent straight to the save action are refused with a sentence at the body, and nothing is saved", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "EDITOR");
  const suffix = uniqueSuffix();
  await page.goto("/dashboard/articles/new");
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(`Hostile Body ${suffix}`);
  await bodyEditor(page).click();
  await page.keyboard.type("What the editor wrote.");

  const paragraph = (text: string, marks?: unknown[]) => ({ type: "paragraph", content: [{ type: "text", text, ...(marks ? { marks } : {}) }] });
  // As JSON text: 10,000 levels are deeper than JSON.stringify itself can go.
  const deep = `{"type":"doc","content":[${'{"type":"blockquote","content":['.repeat(10_000)}${JSON.stringify(paragraph("deep"))}${"]}".repeat(10_000)}]}`;
  const documents: [string, string, RegExp][] = [
    ["unknown node", JSON.stringify({ type: "doc", content: [{ type: "script", content: [{ type: "text", text: "alert(1)" }] }] }), /kind of block the editor does not know \(“script”\)/],
    ["javascript: link", JSON.stringify({ type: "doc", content: [paragraph("click", [{ type: "link", attrs: { href: "javascript:alert(document.cookie)" } }])] }), /Links must start with https:\/\/, http:\/\/ or mailto:/],
    ["10,000 levels", deep, /nested too deeply/],
    ["too many parts", JSON.stringify({ type: "doc", content: Array.from({ length: 30_001 }, () => ({ type: "horizontalRule" })) }), /more than 30,000 parts/],
    ["too long", JSON.stringify({ type: "doc", content: [paragraph("x".repeat(1_000_001))] }), /too long/],
  ];
  // What a forged request sends: the editor's form as posted, with the body field swapped just before
  // it goes (in one step, so nothing of the page's own can put the editor's body back in between).
  for (const [name, document, message] of documents) {
    await page.locator('input[type="hidden"][name="body"]').evaluate((input, json) => {
      const field = input as HTMLInputElement;
      const save = [...field.form!.querySelectorAll("button")].find((button) => button.textContent === "Save draft")!;
      field.value = json;
      field.form!.requestSubmit(save);
    }, document);
    await expect(bodyEditor(page), name).toHaveAccessibleDescription(message, { timeout: 15_000 });
    await expect(page.getByRole("status").filter({ hasText: "Please correct the fields marked below." })).toBeVisible();
    // The writer's own text is still in the editor.
    await expect(bodyEditor(page)).toHaveText("What the editor wrote.");
  }
  expect(await db.article.count({ where: { title: `Hostile Body ${suffix}` } })).toBe(0);
});
