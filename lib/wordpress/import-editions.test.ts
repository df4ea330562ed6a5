// A site made multilingual with Polylang (e2e/fixtures/wordpress/polylang.wordpress.xml) imported
// into a throwaway SQLite database: its languages become editions, its posts, pages, sections and
// topics go to their language's edition, its translation groups become linked versions, and what
// could not be read is reported, never thrown (docs/decisions/057-polylang-editions.md).
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, before, describe, it } from "node:test";
import { scratchDatabase } from "@/lib/db/scratch-database";

const root = path.resolve(import.meta.dirname, "../..");
const FIXTURE = path.join(root, "e2e/fixtures/wordpress/polylang.wordpress.xml");
const scratch = mkdtempSync(path.join(tmpdir(), "gazette-wp-polylang-"));
process.env.UPLOAD_DIR = path.join(scratch, "uploads");

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
let importWordPress: typeof import("./import").importWordPress;
let formatImportReport: typeof import("./report").formatImportReport;
let oldAddressItems: typeof import("./old-address-owner").oldAddressItems;
let readPolylangLanguage: typeof import("./import-editions").readPolylangLanguage;
let readTranslationGroup: typeof import("./import-editions").readTranslationGroup;

// Every module that reaches lib/db is imported after scratchDatabase has set DATABASE_URL.
before(async () => {
  database = await scratchDatabase();
  ({ importWordPress } = await import("./import"));
  ({ formatImportReport } = await import("./report"));
  ({ oldAddressItems } = await import("./old-address-owner"));
  ({ readPolylangLanguage, readTranslationGroup } = await import("./import-editions"));
});
after(async () => {
  await database?.close();
  rmSync(scratch, { recursive: true, force: true });
});

describe("Polylang's descriptions", () => {
  it("reads a language's locale and direction, as Polylang does", () => {
    assert.deepEqual(readPolylangLanguage({ slug: "fr", name: "Français", description: 'a:3:{s:6:"locale";s:5:"fr_FR";s:3:"rtl";i:0;s:9:"flag_code";s:2:"fr";}' }), {
      slug: "fr",
      name: "Français",
      language: "fr-FR",
      rtl: false,
      refusal: null,
    });
    assert.equal(readPolylangLanguage({ slug: "ar", name: "العربية", description: 'a:2:{s:6:"locale";s:2:"ar";s:3:"rtl";i:1;}' }).rtl, true);
    // Polylang before 1.2 kept the locale alone.
    assert.equal(readPolylangLanguage({ slug: "es", name: "Español", description: "es_ES" }).language, "es-ES");
  });

  it("takes the slug as the language when the description is refused, and says why", () => {
    const hostile = readPolylangLanguage({ slug: "fr", name: "Français", description: 'O:8:"stdClass":1:{s:6:"locale";s:5:"fr_FR";}' });
    assert.equal(hostile.language, "fr");
    assert.equal(hostile.rtl, null);
    assert.match(hostile.refusal ?? "", /objects are not read/);
    const deep = readPolylangLanguage({ slug: "x!", name: "?", description: `${"a:1:{i:0;".repeat(6)}N;${"}".repeat(6)}` });
    assert.equal(deep.language, null);
    assert.match(deep.refusal ?? "", /nested more than 4 deep/);
  });

  it("reads a group's languages and post ids only (Polylang Pro's “sync” is not a language)", () => {
    const group = readTranslationGroup('a:4:{s:2:"en";i:12;s:2:"fr";s:2:"14";s:4:"sync";a:1:{i:14;s:2:"en";}s:2:"de";i:9;}', new Set(["en", "fr"]));
    assert.deepEqual(group, { ok: true, members: [["en", "12"], ["fr", "14"]] });
    assert.equal(readTranslationGroup('a:1:{s:2:"en";i:12;', new Set(["en"])).ok, false);
  });
});

describe("importWordPress with a Polylang export", () => {
  it("says on a dry run which editions it would make, and makes none", async () => {
    const { db } = database!;
    const report = await importWordPress(FIXTURE, { dryRun: true });
    assert.deepEqual(report.editions.created, ["Français", "العربية"]);
    assert.deepEqual(report.editions.ontoDefault, { language: "English", edition: "English" });
    assert.equal(report.translations.linked, 2);
    assert.equal(await db.edition.count(), 1);
    assert.equal(await db.article.count(), 0);
    assert.ok(formatImportReport(report).includes("Editions: 3 Polylang languages in the file, 2 would be created (Français, العربية), 1 already there (English); English would go into the default edition, English"));
  });

  it("makes the editions, puts each post, page, section and topic in its language's, and links the translations", async () => {
    const { db } = database!;
    const report = await importWordPress(FIXTURE);
    const lines = formatImportReport(report);
    assert.ok(lines.includes("Editions: 3 Polylang languages in the file, 2 created (Français, العربية), 1 already there (English); English went into the default edition, English"), lines.join("\n"));
    assert.ok(lines.includes("Translations: 2 stories linked across editions (5 articles), 0 already linked; 1 section or topic copied into a second edition that uses it"), lines.join("\n"));

    // Editions: French and Arabic made from Polylang's locale and rtl; English onto the default, never a second default.
    const editions = await db.edition.findMany({ select: { language: true, name: true, path: true, direction: true, isDefault: true }, orderBy: { position: "asc" } });
    assert.deepEqual(editions, [
      { language: "en-GB", name: "English", path: "en", direction: "LTR", isDefault: true },
      { language: "fr-FR", name: "Français", path: "fr", direction: "LTR", isDefault: false },
      { language: "ar", name: "العربية", path: "ar", direction: "RTL", isDefault: false },
    ]);
    assert.equal((await db.auditEvent.findMany({ where: { action: "edition.create" } })).length, 2);

    const article = (slug: string) =>
      db.article.findFirstOrThrow({
        where: { slug },
        select: { id: true, edition: { select: { path: true } }, category: { select: { slug: true, edition: { select: { path: true } } } }, tags: { select: { tag: { select: { slug: true, edition: { select: { path: true } } } } } }, translationGroup: true, translationSourceId: true, sourceSeenAt: true },
      });
    const english = await article("harbour-reopens");
    const french = await article("le-port-rouvre");
    const arabic = await article("al-mina");
    assert.equal(english.edition.path, "en");
    assert.equal(french.edition.path, "fr");
    assert.equal(arabic.edition.path, "ar");
    // One group, its source the default edition's version, each translation seen as of the import.
    assert.deepEqual([english.translationGroup, french.translationGroup, arabic.translationGroup], [english.id, english.id, english.id]);
    assert.equal(english.translationSourceId, null);
    assert.equal(french.translationSourceId, english.id);
    assert.equal(arabic.translationSourceId, english.id);
    assert.ok(french.sourceSeenAt && arabic.sourceSeenAt);
    assert.equal((await db.auditEvent.findMany({ where: { action: "article.translations-import" } })).length, 2);

    // The group whose description is hostile is formed from the posts that carry it, and reported.
    const ferry = await article("ferry-timetable");
    const horaires = await article("horaires-du-ferry");
    assert.equal(horaires.translationGroup, ferry.id);
    assert.equal(horaires.translationSourceId, ferry.id);
    assert.ok(report.editions.refused.some((refused) => refused.subject === "translation group “pll_5cd9a2”" && /objects are not read/.test(refused.reason)));
    // Pages go to their editions; their translations are not linked, and the report says so.
    assert.ok(report.editions.refused.some((refused) => refused.subject === "translations of pages"));
    const pages = await db.sitePage.findMany({ select: { slug: true, edition: { select: { path: true } } }, orderBy: { slug: "asc" } });
    assert.deepEqual(pages, [
      { slug: "a-propos", edition: { path: "fr" } },
      { slug: "about-the-herald", edition: { path: "en" } },
    ]);

    // A post without a language goes to the default edition, and the report says so.
    assert.equal((await article("harbour-notice")).edition.path, "en");
    assert.ok(report.notes.some((note) => note.post === "105" && /no language: imported into the default edition/.test(note.note)));

    // Sections and topics in their language's edition (term_translations); "harbour", English, is
    // copied into the French edition, with its address, for the French post filed in it.
    assert.deepEqual(english.category, { slug: "news", edition: { path: "en" } });
    assert.deepEqual(french.category, { slug: "harbour", edition: { path: "fr" } });
    assert.deepEqual(arabic.category, { slug: "akhbar", edition: { path: "ar" } });
    assert.deepEqual(
      (await db.category.findMany({ where: { slug: "harbour" }, select: { edition: { select: { path: true } } }, orderBy: { createdAt: "asc" } })).map((category) => category.edition.path),
      ["en", "fr"],
    );
    assert.deepEqual(english.tags.map(({ tag }) => tag), [{ slug: "ships", edition: { path: "en" } }]);
    assert.deepEqual(french.tags.map(({ tag }) => tag), [{ slug: "navires", edition: { path: "fr" } }]);
    // Old addresses of both copies are remembered, so /fr/category/harbour/ reaches the French one.
    const harbour = await oldAddressItems("category", { externalSlug: "harbour" });
    assert.equal(harbour.length, 2);
  });

  it("creates nothing the second time: the editions and groups are found again", async () => {
    const { db } = database!;
    const before = [await db.edition.count(), await db.article.count(), await db.category.count(), await db.tag.count(), await db.sitePage.count()];
    const report = await importWordPress(FIXTURE);
    assert.deepEqual([await db.edition.count(), await db.article.count(), await db.category.count(), await db.tag.count(), await db.sitePage.count()], before);
    assert.deepEqual(report.editions.created, []);
    assert.deepEqual(report.editions.existing, ["English", "Français", "العربية"]);
    assert.equal(report.translations.existing, 2);
    assert.equal(report.translations.linked, 0);
  });

  it("never throws on hostile descriptions: languages refused or taken from their slug, the import goes on", async () => {
    const { db } = database!;
    const hostile = readFileSync(FIXTURE, "utf8")
      .replaceAll("herald.example", "hostile-herald.example")
      // Spanish: a lying string length, and a slug that cannot be a path; German: a language readers' pages have no messages in.
      .replace(
        "<wp:term>\n\t<wp:term_id>13</wp:term_id>",
        `<wp:term><wp:term_id>16</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>es_es</wp:term_slug><wp:term_name>Español</wp:term_name><wp:term_description><![CDATA[a:1:{s:6:"locale";s:99:"es_ES";}]]></wp:term_description></wp:term>
<wp:term><wp:term_id>17</wp:term_id><wp:term_taxonomy>language</wp:term_taxonomy><wp:term_slug>de</wp:term_slug><wp:term_name>Deutsch</wp:term_name><wp:term_description><![CDATA[a:1:{s:6:"locale";s:5:"de_DE";}]]></wp:term_description></wp:term>
<wp:term>\n\t<wp:term_id>13</wp:term_id>`,
      )
      .replace("<wp:post_id>105</wp:post_id>", "<wp:post_id>105</wp:post_id>\n\t<category domain=\"language\" nicename=\"de\"><![CDATA[Deutsch]]></category>");
    const file = path.join(scratch, "hostile.xml");
    writeFileSync(file, hostile);
    const report = await importWordPress(file, { dryRun: true });
    const refused = (slug: string) => report.editions.refused.find((entry) => entry.subject.startsWith(`language “${slug}”`))?.reason ?? "";
    assert.match(refused("es_es"), /says it has 99 bytes.*taken as es-ES from its slug/);
    assert.ok(report.editions.refused.some((entry) => entry.reason === "its old addresses (/es_es/…) will not redirect: the Español edition is at /es-es"));
    assert.match(refused("de"), /no messages in this language.*Its posts go to the default edition/);
    assert.deepEqual(report.editions.created, ["Español"]);
    assert.ok(report.notes.some((note) => note.post === "105" && /in Deutsch, which has no edition here/.test(note.note)));
    assert.equal(await db.edition.count(), 3);
  });
});
