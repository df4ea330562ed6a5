// Editions in several languages (issue 31; docs/decisions/047-editions.md). Administrators make the
// site's editions under Settings → Editions; each edition's reader pages show its own content
// (docs/decisions/054-content-belongs-to-an-edition.md); editors translate a story into another
// edition and follow its source's changes (docs/decisions/055-translations.md). Later slices add
// their journeys here. The Arabic edition reads right to left (docs/decisions/058-right-to-left.md).
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import type { BodyDocument } from "../lib/content/document";
import { db } from "../lib/db";
import * as plain from "../prisma/factories";
import { createArticle, createAuthor, createCategory, createReply, revalidateReaderPages, uniqueSuffix } from "./factories";
import { bodyEditor, expect, loginAs, otherSession, test, writeBody } from "./fixtures";

const EDITIONS = "/dashboard/settings/editions";

/** The list's row of an edition, by its name. */
const row = (page: Page, name: string) => page.getByRole("table", { name: "Editions" }).getByRole("row").filter({ hasText: name });

/** Every edition but the migration's default, with what it holds (an edition with content cannot be deleted). */
async function removeOtherEditions() {
  const others = { edition: { isDefault: false } };
  await db.edition.updateMany({ where: { path: "en" }, data: { isDefault: true } });
  await db.edition.updateMany({ where: { path: { not: "en" } }, data: { isDefault: false } });
  await db.article.deleteMany({ where: others });
  await Promise.all([db.category.deleteMany({ where: others }), db.tag.deleteMany({ where: others }), db.sitePage.deleteMany({ where: others }), db.frontPageVersion.deleteMany({ where: others })]);
  await db.edition.deleteMany({ where: { isDefault: false } });
}

async function fill(page: Page, fields: { language: string; name: string; path: string }) {
  await page.getByLabel("Language").fill(fields.language);
  await page.getByLabel("Name").fill(fields.name);
  await page.getByLabel("Path").fill(fields.path);
}

async function expectTyped(page: Page, fields: { language: string; name: string; path: string }) {
  await expect(page.getByLabel("Language")).toHaveValue(fields.language);
  await expect(page.getByLabel("Name")).toHaveValue(fields.name);
  await expect(page.getByLabel("Path")).toHaveValue(fields.path);
}

test("an administrator adds the French and Arabic editions; bad paths and languages are refused beside their field; editors cannot open the page", async ({ page, browser }) => {
  test.slow(); // a long journey: two editions, four refusals, an edit, the default moved and back, a second user
  // Each run starts from the migration's default edition only (this spec may be run again on one database).
  await removeOtherEditions();

  await loginAs(page, "ADMIN");
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Settings", exact: true }).click();
  await page.getByRole("link", { name: "Editions" }).click();
  await expect(page.getByRole("heading", { name: "Editions", level: 1 })).toBeVisible();
  await expect(row(page, "English")).toContainText("en-GB");
  await expect(row(page, "English")).toContainText("Yes");

  // French: typing the language proposes left to right.
  await fill(page, { language: "fr", name: "Français", path: "fr" });
  await expect(page.getByLabel("Text direction")).toHaveValue("LTR");
  await page.getByRole("button", { name: "Add edition" }).click();
  await expect(page.getByText("Edition “Français” added at /fr.")).toBeVisible();
  await expect(row(page, "Français")).toContainText("/fr");
  await expect(row(page, "Français")).toContainText("Left to right (LTR)");
  // The form is empty again for the next one.
  await expect(page.getByLabel("Language")).toHaveValue("");

  // Arabic: the direction proposed is right to left, and saved so.
  await page.getByLabel("Language").fill("ar");
  await expect(page.getByLabel("Text direction")).toHaveValue("RTL");
  await page.getByLabel("Name").fill("العربية");
  await page.getByLabel("Path").fill("ar");
  await page.getByRole("button", { name: "Add edition" }).click();
  await expect(page.getByText("Edition “العربية” added at /ar.")).toBeVisible();
  await expect(row(page, "العربية")).toContainText("Right to left (RTL)");
  await expect(row(page, "العربية")).toContainText("No");
  await expect(row(page, "Français")).toBeVisible();

  // A path another part of the site answers, then one that is not a path: refused beside Path, what was typed kept.
  const spanish = { language: "es", name: "Español", path: "dashboard" };
  await fill(page, spanish);
  await page.getByRole("button", { name: "Add edition" }).click();
  await expect(page.getByLabel("Path")).toHaveAccessibleDescription(/belongs to another part of the site/);
  await expect(page.getByLabel("Path")).toHaveAttribute("aria-invalid", "true");
  await expectTyped(page, spanish);
  await page.getByLabel("Path").fill("FR!");
  await page.getByRole("button", { name: "Add edition" }).click();
  await expect(page.getByLabel("Path")).toHaveAccessibleDescription(/lower-case letters/);
  await expectTyped(page, { ...spanish, path: "FR!" });
  await expect(page.getByLabel("Language")).not.toHaveAttribute("aria-invalid", "true");

  // A language the readers' pages have no messages in: refused beside Language.
  await fill(page, { language: "de", name: "Deutsch", path: "de" });
  await page.getByRole("button", { name: "Add edition" }).click();
  await expect(page.getByLabel("Language")).toHaveAccessibleDescription(/no messages in this language/);
  await expectTyped(page, { language: "de", name: "Deutsch", path: "de" });
  await expect(row(page, "Deutsch")).toHaveCount(0);

  // Editing one: Save; then Make default moves the default, and back.
  await page.getByRole("link", { name: "Edit Français" }).click();
  await expect(page.getByRole("heading", { name: "Edit Français" })).toBeVisible();
  await expect(page.getByLabel("Language")).toHaveValue("fr");
  await page.getByLabel("Language").fill("fr-FR");
  await page.getByLabel("Tagline").fill("x".repeat(161));
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByLabel("Tagline")).toHaveAccessibleDescription(/Keep the tagline to 160 characters/);
  await expect(page.getByLabel("Language")).toHaveValue("fr-FR");
  await page.getByLabel("Tagline").fill("L’actualité internationale, vérifiée.");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText("Edition saved.")).toBeVisible();
  await expect(row(page, "Français")).toContainText("fr-FR");
  // Its tagline under the masthead of its pages, and in its feed; the English edition keeps the site's.
  const reader = await page.context().newPage();
  await reader.goto("/fr");
  await expect(reader.getByRole("banner").getByText("L’actualité internationale, vérifiée.")).toBeVisible();
  expect(await (await reader.request.get("/fr/feed.xml")).text()).toContain("<description>L’actualité internationale, vérifiée.</description>");
  await reader.goto("/");
  await expect(reader.getByRole("banner").getByText("L’actualité internationale, vérifiée.")).toHaveCount(0);
  await reader.close();
  await row(page, "Français").getByRole("button", { name: "Make default" }).click();
  await expect(row(page, "Français")).toContainText("Yes");
  await expect(row(page, "English")).toContainText("No");
  await row(page, "English").getByRole("button", { name: "Make default" }).click();
  await expect(row(page, "English")).toContainText("Yes");
  await expect(row(page, "Français")).toContainText("No");
  await expect(row(page, "English").getByRole("button", { name: "Make default" })).toHaveCount(0);

  // An editor has no Settings and is refused the page.
  const editor = await otherSession(browser, "EDITOR");
  await expect(editor.page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Settings", exact: true })).toHaveCount(0);
  expect((await editor.page.goto(EDITIONS))?.status()).toBe(403);
  await expect(editor.page.getByRole("heading", { name: "You do not have access to this page" })).toBeVisible();
  await editor.context.close();
});

test("each edition's pages show its own articles: one address in Spanish and English, the front pages, search, feeds and sitemaps", async ({ page, request }) => {
  // An edition made as a script would (the Settings journey is above), then the pages expired and the
  // proxy's list of editions given its few seconds to learn of it.
  const spanish = await db.edition.upsert({ where: { path: "es" }, update: {}, create: { language: "es", name: "Español", path: "es", position: 3 } });
  const suffix = uniqueSuffix();
  const slug = `puerto-${suffix}`;
  const englishTitle = `Harbour reopens ${suffix}`;
  const spanishTitle = `El puerto reabre ${suffix}`;
  await createArticle({ slug, title: englishTitle, body: "The harbour reopened at dawn." });
  await createArticle({ slug, title: spanishTitle, body: "El puerto reabrió al amanecer.", editionId: spanish.id });
  await revalidateReaderPages();
  await expect(async () => expect((await request.get("/es")).status()).toBe(200)).toPass();

  // One address in each edition, each its own story, in its own language, a cached page.
  const spanishPage = await page.goto(`/es/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishTitle);
  await expect(page.locator("html")).toHaveAttribute("lang", "es");
  expect(spanishPage?.headers()["cache-control"]).toContain("s-maxage");
  await page.goto(`/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(englishTitle);
  await expect(page.locator("html")).toHaveAttribute("lang", "en-GB");

  // Each front page lists its own edition's stories only, in its own words.
  await page.goto("/es");
  await expect(page).toHaveTitle("Gazette: últimas noticias");
  await expect(page.getByRole("heading", { level: 1, name: "Gazette: portada" })).toBeAttached();
  await expect(page.getByRole("link", { name: spanishTitle }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: englishTitle })).toHaveCount(0);
  // Its links stay in the edition, and the page names its own address as canonical.
  await page.getByRole("link", { name: spanishTitle }).first().click();
  await expect(page).toHaveURL(new RegExp(`/es/articles/${slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(spanishTitle);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", new RegExp(`/es/articles/${slug}$`));
  await page.goto("/");
  await expect(page.getByRole("link", { name: englishTitle }).first()).toBeVisible();
  await expect(page.getByRole("link", { name: spanishTitle })).toHaveCount(0);

  // An address that is nothing in the edition says so in Spanish, with the way to its front page.
  expect((await page.goto(`/es/articles/nada-${suffix}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1, name: "Página no encontrada" })).toBeVisible();
  await expect(page.getByRole("main").getByRole("link", { name: "Ir a la portada" })).toHaveAttribute("href", "/es");

  // Search finds a word in its own edition only; the masthead's box and the search page's stay in it.
  await page.goto("/es");
  await page.getByRole("search").getByLabel("Buscar en el sitio").fill("puerto");
  await page.getByRole("search").getByRole("button", { name: "Buscar" }).click();
  await expect(page).toHaveURL(/\/es\/search\?q=puerto$/);
  await expect(page.getByRole("link", { name: spanishTitle })).toBeVisible();
  await page.getByLabel("Buscar artículos").fill("puerto");
  await page.getByRole("main").getByRole("button", { name: "Buscar" }).click();
  await expect(page).toHaveURL(/\/es\/search\?q=puerto$/);
  await expect(page.getByRole("link", { name: spanishTitle })).toBeVisible();
  await page.goto(`/search?q=${encodeURIComponent("puerto")}`);
  await expect(page.getByRole("main")).toBeVisible();
  await expect(page.getByRole("link", { name: spanishTitle })).toHaveCount(0);

  // Feeds and sitemaps: each edition's own, at its own addresses.
  const spanishFeed = await (await request.get("/es/feed.xml")).text();
  expect(spanishFeed).toContain(spanishTitle);
  expect(spanishFeed).not.toContain(englishTitle);
  expect(spanishFeed).toContain("<language>es</language>");
  expect(spanishFeed).toContain(`/es/articles/${slug}</link>`);
  expect(await (await request.get("/feed.xml")).text()).not.toContain(spanishTitle);
  const index = await (await request.get("/sitemap.xml")).text();
  expect(index).toContain("/es/sitemap-pages.xml");
  expect(index).toContain("/es/sitemap-articles-1.xml");
  expect(await (await request.get("/es/sitemap-articles-1.xml")).text()).toContain(`/es/articles/${slug}`);
  const news = await (await request.get("/es/news-sitemap.xml")).text();
  expect(news).toContain(`/es/articles/${slug}`);
  expect(news).toContain("<news:language>es</news:language>");
  expect(await (await request.get("/robots.txt")).text()).toContain("/es/news-sitemap.xml");
});

test("a story in two editions links its versions: the switch both ways, hreflang in heads and sitemap parts, og:locale, inLanguage; every page names the other editions", async ({ page, request }) => {
  const spanish = await db.edition.upsert({ where: { path: "es" }, update: {}, create: { language: "es", name: "Español", path: "es", position: 3 } });
  const suffix = uniqueSuffix();
  const english = await createArticle({ slug: `harbour-${suffix}`, title: `Harbour tolls fall ${suffix}` });
  const translation = await createArticle({ slug: `puerto-${suffix}`, title: `Bajan las tasas del puerto ${suffix}`, editionId: spanish.id });
  // Linked as "Add translation" links them (the editor's journey below).
  await db.article.updateMany({ where: { id: { in: [english.id, translation.id] } }, data: { translationGroup: english.id } });
  await revalidateReaderPages();
  await expect(async () => expect((await request.get("/es")).status()).toBe(200)).toPass();

  // The English story offers its Spanish version, named as the edition names itself, and back.
  await page.goto(`/articles/${english.slug}`);
  const versions = page.getByRole("navigation", { name: "This story in other editions" });
  await expect(versions.getByRole("link", { name: "Español" })).toHaveAttribute("hreflang", "es");
  await versions.getByRole("link", { name: "Español" }).click();
  await expect(page).toHaveURL(new RegExp(`/es/articles/${translation.slug}$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(translation.title);
  await page.getByRole("navigation", { name: "Esta noticia en otras ediciones" }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(new RegExp(`/articles/${english.slug}$`));

  // hreflang pairs are reciprocal, with x-default the default edition's version.
  for (const address of [`/articles/${english.slug}`, `/es/articles/${translation.slug}`]) {
    await page.goto(address);
    await expect(page.locator('link[rel="alternate"][hreflang="es"]')).toHaveAttribute("href", new RegExp(`/es/articles/${translation.slug}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="en-GB"]')).toHaveAttribute("href", new RegExp(`[^s]/articles/${english.slug}$`));
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveAttribute("href", new RegExp(`[^s]/articles/${english.slug}$`));
  }
  // The Spanish page: og:locale and its alternate, JSON-LD in Spanish.
  await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute("content", "es_ES");
  await expect(page.locator('meta[property="og:locale:alternate"]')).toHaveAttribute("content", "en_GB");
  expect(await page.locator('script[type="application/ld+json"]').first().textContent()).toContain('"inLanguage":"es"');
  // Every page names the other editions, linked to their home pages.
  await page.getByRole("navigation", { name: "Ediciones", exact: true }).getByRole("link", { name: "English" }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole("navigation", { name: "Editions", exact: true }).getByRole("link", { name: "Español" })).toHaveAttribute("href", "/es");

  // The sitemap parts say the same.
  const part = await (await request.get("/es/sitemap-articles-1.xml")).text();
  expect(part).toContain(`hreflang="en-GB" href="http://localhost:${process.env.E2E_PORT}/articles/${english.slug}"`);
  expect(await (await request.get("/sitemap-articles-1.xml")).text()).toContain(`hreflang="es" href="http://localhost:${process.env.E2E_PORT}/es/articles/${translation.slug}"`);
});

test("an editor translates a story into French: a prefilled draft with its own title; the source changes, the list says so and filters by edition; marked up to date; a French reader's search finds it", async ({ page }) => {
  test.slow(); // a long journey: two editor pages, a translation, two saves, the list twice
  // The French edition the journey above made (or makes now, when this test runs alone).
  await db.edition.upsert({ where: { path: "fr" }, create: { language: "fr-FR", name: "Français", path: "fr", position: 1 }, update: {}, select: { id: true } });
  const suffix = uniqueSuffix();
  const title = `Harbour Reopens ${suffix}`;
  const frenchTitle = `Le port rouvre après les grèves ${suffix}`;
  const correspondent = await createAuthor({ displayName: `Correspondent ${suffix}` });
  const section = await createCategory({ name: `Ports ${suffix}` });
  const source = await createArticle({
    title,
    standfirst: "Ships return after the storm.",
    body: "The harbour reopened on Monday.",
    authorId: correspondent.id,
    categoryId: section.id,
    sourceName: "www.france24.com",
    sourceUrl: "https://www.france24.com/en/harbour",
  });

  const editor = await loginAs(page, "EDITOR", { open: `/dashboard/articles/${source.id}/edit` });
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  // A second editor's page of the same story, opened before the translation exists.
  const late = await page.context().newPage();
  await late.goto(`/dashboard/articles/${source.id}/edit`);

  const translations = page.getByRole("region", { name: "Translations" });
  await expect(translations.getByText("No translations yet.")).toBeVisible();
  await translations.getByLabel("Edition", { exact: true }).selectOption({ label: "Français" });
  await translations.getByRole("button", { name: "Add translation" }).click();

  // The French draft opens, prefilled from the source, without its English section.
  await expect(page).toHaveURL(/\/dashboard\/articles\/[^/]+\/edit\?translated=1$/);
  expect(page.url()).not.toContain(source.id);
  await expect(page.getByRole("status").filter({ hasText: "Translation added as a draft" })).toBeVisible();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByLabel("Standfirst")).toHaveValue("Ships return after the storm.");
  await expect(bodyEditor(page)).toContainText("The harbour reopened on Monday.");
  await expect(page.getByLabel("Source name")).toHaveValue("www.france24.com");
  await expect(page.getByLabel("Byline 1", { exact: true }).locator("option:checked")).toHaveText(correspondent.displayName);
  // Whoever added it is credited as its translator; the source has no translator.
  await expect(page.getByRole("group", { name: "Translated by" }).getByLabel("Translator 1").locator("option:checked")).toHaveText(editor.name);
  await expect(page.getByLabel("Category").locator("option:checked")).toHaveText("No category");
  await expect(page.getByText(`Translated from the English version, ${title}. Up to date with it.`)).toBeVisible();
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(frenchTitle);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Draft saved." })).toBeVisible();
  await expect(page.getByRole("region", { name: "Translations" }).getByRole("row").filter({ hasText: "English" })).toContainText(title);

  // The other page still offers French: refused beside the field, the choice kept.
  await late.getByRole("region", { name: "Translations" }).getByLabel("Edition", { exact: true }).selectOption({ label: "Français" });
  await late.getByRole("region", { name: "Translations" }).getByRole("button", { name: "Add translation" }).click();
  const lateEdition = late.getByRole("region", { name: "Translations" }).getByLabel("Edition", { exact: true });
  await expect(lateEdition).toHaveAccessibleDescription(/already has a version in the Français edition/);
  await expect(lateEdition.locator("option:checked")).toHaveText("Français");
  await late.close();

  // Back to the source, through the panel: its standfirst changes.
  await page.getByRole("region", { name: "Translations" }).getByRole("link", { name: title }).click();
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(title);
  await expect(page.getByRole("region", { name: "Translations" }).getByRole("row").filter({ hasText: "Français" })).toContainText(frenchTitle);
  await page.getByLabel("Standfirst").fill("Ships return after the storm, and the ferries with them.");
  await page.getByRole("button", { name: "Update" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Updated." })).toBeVisible();

  // The list: "Source updated" on the translation; the Edition filter, kept in the address, narrows it to French.
  await page.getByRole("navigation", { name: "Dashboard" }).getByRole("link", { name: "Articles", exact: true }).click();
  await page.getByLabel("Search by title").fill(suffix);
  await page.getByRole("button", { name: "Search" }).click();
  const row = (name: string) => page.getByRole("row").filter({ has: page.getByRole("link", { name, exact: true }) });
  await expect(row(frenchTitle)).toContainText("Source updated");
  await expect(row(title)).toBeVisible();
  await expect(row(title)).not.toContainText("Source updated");
  await page.getByLabel("Edition", { exact: true }).selectOption({ label: "Français" });
  await page.getByRole("button", { name: "Search" }).click();
  await expect(page).toHaveURL(/[?&]edition=/);
  await expect(page.getByRole("table", { name: /in the Français edition/ })).toBeVisible();
  await expect(row(frenchTitle)).toBeVisible();
  await expect(row(title)).toHaveCount(0);
  const frenchList = page.url();

  // The translation says so, with the way to its source, and opening it clears nothing.
  await row(frenchTitle).getByRole("link", { name: frenchTitle }).click();
  const updated = page.getByRole("status").filter({ hasText: "Source updated" });
  await expect(updated).toBeVisible();
  await expect(updated.getByRole("link", { name: title })).toHaveAttribute("href", `/dashboard/articles/${source.id}/edit`);
  await page.reload();
  await expect(updated).toBeVisible();
  await page.getByRole("button", { name: "Mark as up to date" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked as up to date with its source." })).toBeVisible();
  await expect(page.getByText("Source updated")).toHaveCount(0);
  await page.goto(frenchList);
  await expect(row(frenchTitle)).toBeVisible();
  await expect(row(frenchTitle)).not.toContainText("Source updated");

  // Published, the French page credits its writer and its translator in French, and says so to search engines.
  await row(frenchTitle).getByRole("link", { name: frenchTitle }).click();
  // The editor, not the list (whose bulk actions have a Publish button too).
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(frenchTitle);
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const { slug } = await db.article.findFirstOrThrow({ where: { title: frenchTitle }, select: { slug: true } });
  await page.goto(`/fr/articles/${slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(frenchTitle);
  // Its dates, numbers and plurals are French.
  await expect(page.getByText(/^Publié le \d{1,2} (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}/)).toBeVisible();
  await expect(page.getByText("1 min de lecture")).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Aucun commentaire pour l’instant" })).toBeVisible();
  await expect(page.getByRole("form", { name: "Laisser un commentaire" })).toBeVisible();
  const { id: frenchId } = await db.article.findFirstOrThrow({ where: { title: frenchTitle }, select: { id: true } });
  await createReply({ articleId: frenchId, body: "Enfin une bonne nouvelle." });
  await createReply({ articleId: frenchId, body: "Les ferries aussi ?" });
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "2 commentaires" })).toBeVisible();
  await expect(page.getByText(`Par ${correspondent.displayName}`, { exact: true })).toBeVisible();
  await expect(page.getByText(`Traduit par ${editor.name}`, { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: editor.name })).toHaveAttribute("href", /^\/fr\/authors\//);
  const data = (await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)).find((item) => item["@type"] === "NewsArticle");
  expect(data.translator).toEqual([expect.objectContaining({ "@type": "Person", name: editor.name })]);
  expect(data.author).toEqual([expect.objectContaining({ name: correspondent.displayName })]);

  // A reader searches the French edition in French: "grève" finds the strikes ("grèves"), each
  // edition's words read in its own language (docs/decisions/062-search-in-each-language.md).
  await page.getByRole("searchbox", { name: "Rechercher sur le site" }).fill("grève");
  await page.getByRole("searchbox", { name: "Rechercher sur le site" }).press("Enter");
  await expect(page).toHaveURL(/\/fr\/search\?q=gr%C3%A8ve$/);
  await expect(page.getByRole("main").getByRole("link", { name: frenchTitle })).toBeVisible();
});

/** Switch a desk to the French edition, and wait until it shows it (the switch is a link). */
async function showFrench(page: Page) {
  const french = page.getByRole("navigation", { name: "Editions" }).getByRole("link", { name: "Français" });
  await french.click();
  await expect(french).toHaveAttribute("aria-current", "page");
}

test("each edition has its own desks: a French section, a story written in French and filed there, the French front page, banner and menu, a French page", async ({ page, request }) => {
  test.slow(); // four desks and the reader pages they change
  const french = await db.edition.upsert({ where: { path: "fr" }, create: { language: "fr-FR", name: "Français", path: "fr", position: 1 }, update: {}, select: { id: true } });
  await expect(async () => expect((await request.get("/fr")).status()).toBe(200)).toPass();
  const suffix = uniqueSuffix();
  const englishSection = await createCategory({ name: `Harbours ${suffix}` });

  // Sections and tags: one edition at a time; a French section is made in the French list.
  await loginAs(page, "EDITOR", { open: "/dashboard/taxonomy" });
  await expect(page.getByRole("navigation", { name: "Editions" }).getByRole("link", { name: "English" })).toHaveAttribute("aria-current", "page");
  const categories = page.getByRole("region", { name: "Categories" });
  await expect(categories.getByRole("listitem").filter({ hasText: englishSection.name })).toHaveCount(1);
  await showFrench(page);
  await expect(categories.getByRole("listitem").filter({ hasText: englishSection.name })).toHaveCount(0);
  await page.getByLabel("New category").fill(`Ports ${suffix}`);
  await page.getByRole("button", { name: "Add category" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Category “Ports ${suffix}” created.` })).toBeVisible();
  const frenchSection = await db.category.findFirstOrThrow({ where: { name: `Ports ${suffix}` }, select: { slug: true, editionId: true } });
  expect(frenchSection.editionId).toBe(french.id);

  // A story written straight into French: the Category list follows the Edition chosen.
  await page.goto("/dashboard/articles/new");
  await expect(page.getByLabel("Category").getByRole("option", { name: englishSection.name })).toHaveCount(1);
  await page.getByLabel("Edition", { exact: true }).selectOption({ label: "Français" });
  await expect(page.getByLabel("Category").getByRole("option", { name: englishSection.name })).toHaveCount(0);
  await page.getByLabel("Category").selectOption({ label: `Ports ${suffix}` });
  const title = `Les dockers reprennent le travail ${suffix}`;
  await page.getByRole("textbox", { name: "Title", exact: true }).fill(title);
  await page.getByLabel("Standfirst").fill("Le port de Marseille rouvre après trois jours de grève.");
  await writeBody(page, "Les navires sont de retour à quai.");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Published." })).toBeVisible();
  const story = await db.article.findFirstOrThrow({ where: { title }, select: { slug: true, editionId: true } });
  expect(story.editionId).toBe(french.id);
  await page.goto(`/fr/category/${frenchSection.slug}`);
  await expect(page.getByRole("heading", { name: `Ports ${suffix}`, level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The French front page, led by it; the English one unchanged.
  await page.goto("/dashboard/front-page");
  await showFrench(page);
  await page.getByLabel("Headline words").fill(suffix);
  await page.getByRole("button", { name: "Search stories" }).click();
  await page.getByRole("list", { name: "Stories found" }).getByRole("button", { name: `Make lead: ${title}` }).click();
  await page.getByRole("button", { name: "Save front page" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Front page saved. Readers see it now." })).toBeVisible();
  await page.goto("/fr");
  await expect(page.getByRole("region", { name: "À la une" }).getByRole("heading", { level: 2 })).toHaveText(title);
  await page.goto("/");
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // A banner on the French pages only, its link inside the edition; taken down from its desk.
  await page.goto("/dashboard/front-page");
  await showFrench(page);
  await page.getByLabel("Breaking news").fill(`Grève générale ${suffix}`);
  await page.getByLabel("Link").fill(`/articles/${story.slug}`);
  await page.getByRole("button", { name: "Show banner" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The banner is on every page." })).toBeVisible();
  await page.goto(`/fr/category/${frenchSection.slug}`);
  await expect(page.getByRole("complementary", { name: "Dernière minute" }).getByRole("link", { name: `Grève générale ${suffix}` })).toHaveAttribute("href", `/fr/articles/${story.slug}`);
  await page.goto("/");
  await expect(page.getByText(`Grève générale ${suffix}`)).toHaveCount(0);
  await page.goto("/dashboard/front-page");
  await showFrench(page);
  await page.getByRole("button", { name: "Take down" }).click();
  await expect(page.getByRole("status").filter({ hasText: "The banner is down." })).toBeVisible();
  await page.goto("/fr");
  await expect(page.getByText(`Grève générale ${suffix}`)).toHaveCount(0);

  // The French header menu, its own; the English menu keeps its sections.
  await page.goto("/dashboard/menus");
  await showFrench(page);
  const headerDesk = page.getByRole("region", { name: "Header menu" });
  await headerDesk.getByLabel("Link text").fill(`Météo ${suffix}`);
  await headerDesk.getByLabel("Address").fill("https://meteo.example/aujourdhui");
  await headerDesk.getByRole("button", { name: "Add link" }).click();
  await headerDesk.getByRole("button", { name: "Save header menu" }).click();
  await expect(headerDesk.getByRole("status").filter({ hasText: "Header menu saved. Readers see it now." })).toBeVisible();
  await page.goto("/fr");
  await expect(page.getByRole("navigation", { name: "Rubriques" }).getByRole("link", { name: `Météo ${suffix}` })).toBeVisible();
  await page.goto("/");
  await expect(page.getByRole("link", { name: `Météo ${suffix}` })).toHaveCount(0);

  // A page of the French edition, at its address there.
  await page.goto("/dashboard/pages/new");
  await page.getByLabel("Edition", { exact: true }).selectOption({ label: "Français" });
  await page.getByLabel("Title").fill(`Qui sommes-nous ${suffix}`);
  await page.getByLabel("Address").fill(`qui-sommes-nous-${suffix}`);
  await writeBody(page, "Une rédaction de douze personnes.");
  await page.getByRole("button", { name: "Save page" }).click();
  await expect(page.getByRole("status").filter({ hasText: `Readers see it at /fr/qui-sommes-nous-${suffix}.` })).toBeVisible();
  expect((await page.goto(`/fr/qui-sommes-nous-${suffix}`))?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Qui sommes-nous ${suffix}`);
  expect((await request.get(`/qui-sommes-nous-${suffix}`)).status()).toBe(404);
});

test("Settings → Editions has no WCAG 2 A/AA violations, refusals shown", { tag: "@once" }, async ({ page }) => {
  await loginAs(page, "ADMIN", { open: EDITIONS });
  await page.getByLabel("Language").fill("ar");
  await page.getByLabel("Path").fill("FR!");
  await page.getByRole("button", { name: "Add edition" }).click();
  await expect(page.getByLabel("Path")).toHaveAttribute("aria-invalid", "true");
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
});

/** A paragraph, heading, quotation and lists: what the typography plugin indents and borders. */
function arabicBody(words: string): BodyDocument {
  const text = (value: string) => [{ type: "text" as const, text: value }];
  const paragraph = (value: string) => ({ type: "paragraph" as const, content: text(value) });
  const item = (value: string) => ({ type: "listItem" as const, content: [paragraph(value)] });
  return {
    type: "doc",
    content: [
      paragraph(`${words} قال Marcus Chen، مراسل الصحيفة في الميناء، إن السفن عادت مع الفجر بعد أسبوع من الإغلاق (www.france24.com).`),
      { type: "heading", attrs: { level: 2 as const }, content: text("ما الذي تغيّر؟") },
      { type: "blockquote", content: [paragraph("«عادت الحركة إلى طبيعتها، لكن الطريق ما زال طويلًا»، قال مدير الميناء.")] },
      { type: "bulletList", content: [item("فتح الرصيف الشمالي أولًا"), item("ثم الرصيف الجنوبي يوم الثلاثاء")] },
      { type: "orderedList", attrs: { start: 1 }, content: [item("الصيادون"), item("سفن الشحن")] },
      { type: "pullQuote", content: text("الميناء قلب المدينة") },
      paragraph("وتتوقع السلطات أن يعود النشاط الكامل خلال شهر."),
    ],
  };
}

async function expectNoAxeViolations(page: Page, where: string) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
  expect(results.violations.map((v) => `${where}: ${v.id}: ${v.help} at ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("the Arabic edition reads right to left with Latin names isolated (screenshots for a person); French, Arabic and Spanish pages have no WCAG 2 A/AA violations", { tag: "@once" }, async ({ page, request }, testInfo) => {
  test.slow(); // three editions' article and front pages audited, four screenshots
  const edition = (path: string, language: string, name: string, position: number, direction: "LTR" | "RTL" = "LTR") =>
    db.edition.upsert({ where: { path }, update: {}, create: { language, name, path, position, direction }, select: { id: true } });
  const [french, arabic, spanish] = [await edition("fr", "fr-FR", "Français", 1), await edition("ar", "ar", "العربية", 2, "RTL"), await edition("es", "es", "Español", 3)];
  const suffix = uniqueSuffix();

  // The Arabic story: a correspondent with a Latin name and one with an Arabic name, a section and
  // topics of the edition, a Latin source address, a reply in each script (one answering the other),
  // and enough stories before it that the front page has a second page.
  const claire = await plain.createAuthor({ displayName: "Claire Dubois", bio: "مراسلة الصحيفة في مرسيليا منذ عام 2015، تكتب عن الموانئ والبحر.", website: "https://example.org/claire" });
  const layla = await plain.createAuthor({ displayName: "ليلى حداد", handle: `layla-${suffix}`, bio: "محررة الشؤون الاقتصادية." });
  const section = await db.category.create({ data: { name: "اقتصاد", slug: `economy-${suffix}`, editionId: arabic.id }, select: { id: true } });
  await db.category.create({ data: { name: "الشرق الأوسط", slug: `middle-east-${suffix}`, editionId: arabic.id } });
  const topics = await Promise.all(["موانئ", "نقل بحري"].map((name, index) => db.tag.create({ data: { name, slug: `topic-${index}-${suffix}`, editionId: arabic.id }, select: { id: true } })));
  for (let index = 0; index < 10; index += 1) {
    await plain.createArticle({ title: `خبر سابق رقم ${index + 1} عن الطقس والبحر`, slug: `earlier-${index}-${suffix}`, standfirst: "ملخص قصير للخبر.", authorId: layla.id, editionId: arabic.id, publishedAt: new Date(Date.now() - (index + 2) * 3_600_000) });
  }
  const story = await plain.createArticle({
    title: `الميناء يعيد فتح أبوابه بعد العاصفة ${suffix}`,
    slug: `harbour-${suffix}`,
    standfirst: "عادت السفن إلى الرصيف صباح الاثنين بعد أسبوع من الإغلاق.",
    body: arabicBody("صباح الاثنين،"),
    authorId: claire.id,
    coAuthorIds: [layla.id],
    categoryId: section.id,
    tagIds: topics.map((topic) => topic.id),
    sourceName: "www.france24.com",
    sourceUrl: "https://www.france24.com/ar/",
    editionId: arabic.id,
  });
  const first = await plain.createReply({ articleId: story.id, authorName: "Sam O'Neil", body: "Good reporting, thanks! Is the harbour open at night too?" });
  await plain.createReply({ articleId: story.id, parentId: first.id, authorName: "سارة", body: "نعم، الميناء مفتوح ليلًا منذ أمس." });
  const frenchStory = await plain.createArticle({ title: `Le port rouvre ${suffix}`, body: "Les navires sont revenus à l'aube.", authorId: claire.id, editionId: french.id });
  const spanishStory = await plain.createArticle({ title: `El puerto reabre ${suffix}`, body: "Los barcos volvieron al amanecer.", authorId: claire.id, editionId: spanish.id });
  await revalidateReaderPages();
  await expect(async () => expect((await request.get("/ar")).status()).toBe(200)).toPass();

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/ar/articles/${story.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(story.title);
  await expect(page.locator("html")).toHaveAttribute("lang", "ar");
  await expect(page.locator("html")).toHaveAttribute("dir", "rtl");
  // The Arabic words around the story, and the Latin name in its own isolate inside them.
  const byline = page.getByRole("article").first().getByText(/^بقلم .*حداد$/);
  await expect(byline).toHaveText("بقلم Claire Dubois وليلى حداد");
  await expect(byline.getByRole("link", { name: "Claire Dubois" }).locator("bdi")).toHaveText("Claire Dubois");
  await expect(page.getByRole("link", { name: "www.france24.com" }).locator("bdi")).toHaveText("www.france24.com");
  await expect(page.getByRole("heading", { name: "عن Claire Dubois" })).toBeVisible();
  await expect(page.getByRole("link", { name: "كل مقالات Claire Dubois ←" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "تعليقان" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "اترك تعليقًا" })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "الأقسام" }).getByRole("link", { name: "اقتصاد" })).toBeVisible();
  // Shared, an Arabic headline without a photograph shows the site's image: the drawn card cannot write Arabic.
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute("content", /\/ar\/og\.png$/);
  const card = await request.get(`/ar/articles/${story.slug}/og.png`);
  expect([card.status(), card.headers()["content-type"]]).toEqual([200, "image/png"]);
  // A reader's words take their own direction (an English reply reads left to right here); so do
  // the words typed into the search box.
  const reply = page.getByRole("article", { name: "تعليق من Sam O'Neil" });
  await expect(reply.getByText("Good reporting, thanks!")).toHaveCSS("direction", "ltr");
  await expect(page.getByRole("article", { name: "تعليق من سارة" }).getByText("نعم")).toHaveCSS("direction", "rtl");
  const searchBox = page.getByRole("searchbox", { name: "ابحث في الموقع" });
  await expect(searchBox).toHaveCSS("direction", "rtl"); // empty, its placeholder on the page's side
  await searchBox.fill("Dubois");
  await expect(searchBox).toHaveCSS("direction", "ltr");
  // Laid out from the right: the masthead's name at the right, a reply's answer indented from the right.
  const title = await page.getByRole("banner").getByRole("link", { name: "Gazette", exact: true }).boundingBox();
  expect(title!.x + title!.width).toBeGreaterThan(1280 / 2);
  const answer = await page.getByRole("article", { name: "تعليق من سارة" }).boundingBox();
  const answered = await reply.boundingBox();
  expect(answer!.x + answer!.width).toBeLessThan(answered!.x + answered!.width - 12);

  // Screenshots of the article and the front page, phone and desktop, for a person to look at: in the
  // report and in test-results/.
  for (const width of [390, 1280]) {
    await page.setViewportSize({ width, height: 900 });
    for (const [name, address] of [
      ["article", `/ar/articles/${story.slug}`],
      ["front page", "/ar"],
    ] as const) {
      await page.goto(address);
      await expect(page.getByRole("heading", { name: story.title }).first()).toBeVisible();
      const file = testInfo.outputPath(`arabic-${name.replace(" ", "-")}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      await testInfo.attach(`Arabic ${name} at ${width} px`, { path: file, contentType: "image/png" });
    }
  }
  // The front page goes on: its pagination, mirrored.
  await expect(page.getByRole("navigation", { name: "آخر المقالات، الصفحات" }).getByRole("link", { name: "الأقدم" })).toBeVisible();

  // Accessibility in each language: the article and the front page.
  for (const [language, article] of [
    ["fr", `/fr/articles/${frenchStory.slug}`],
    ["ar", `/ar/articles/${story.slug}`],
    ["es", `/es/articles/${spanishStory.slug}`],
  ] as const) {
    await page.goto(article);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoAxeViolations(page, article);
    await page.goto(`/${language}`);
    await expect(page.getByRole("main")).toBeVisible();
    await expectNoAxeViolations(page, `/${language}`);
  }

  // In the editor, the Arabic story is typed right to left, and its address is said in its edition.
  await loginAs(page, "EDITOR", { open: `/dashboard/articles/${story.id}/edit` });
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveValue(story.title);
  await expect(page.getByRole("textbox", { name: "Title", exact: true })).toHaveAttribute("dir", "rtl");
  await expect(page.getByLabel("Standfirst")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveAttribute("lang", "ar");
  await expect(page.getByLabel("Slug")).toHaveAccessibleDescription(`The address: /ar/articles/${story.slug}. Leave empty to make it from the title.`);
  // So is a new page of the Arabic edition, once it is chosen.
  await page.goto("/dashboard/pages/new");
  await expect(page.getByLabel("Title")).toHaveAttribute("dir", "ltr");
  await page.getByLabel("Edition", { exact: true }).selectOption({ label: "العربية" });
  await expect(page.getByLabel("Title")).toHaveAttribute("dir", "rtl");
  await expect(page.getByRole("textbox", { name: "Body" })).toHaveAttribute("dir", "rtl");
});
