// Translations against a throwaway SQLite database with every migration applied (the same tests run on
// PostgreSQL through e2e/editions.spec.ts): "Add translation" links a prefilled draft to its source
// with its audit event and expired tags, refuses a second version in one edition and an edition that
// does not exist beside the field; the save marks a change of content (not of section or tags); and
// "Source updated" is computed from the source's change and the translation's "Mark as up to date".
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";
import { isSourceUpdated, translationFreshnessSelect } from "./translation-status";

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;

const paragraph = (text: string) => JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text }] }] });

describe("isSourceUpdated", () => {
  const at = (iso: string) => new Date(iso);
  it("is set only while the source changed after the translation caught up", () => {
    assert.equal(isSourceUpdated({ sourceSeenAt: at("2026-12-07T10:00:00Z"), translationSource: { contentChangedAt: at("2026-12-07T10:00:01Z") } }), true);
    assert.equal(isSourceUpdated({ sourceSeenAt: at("2026-12-07T10:00:01Z"), translationSource: { contentChangedAt: at("2026-12-07T10:00:01Z") } }), false);
    assert.equal(isSourceUpdated({ sourceSeenAt: at("2026-12-07T10:00:00Z"), translationSource: { contentChangedAt: null } }), false, "a source never changed");
    assert.equal(isSourceUpdated({ sourceSeenAt: null, translationSource: { contentChangedAt: at("2026-12-07T10:00:00Z") } }), true, "never caught up");
    assert.equal(isSourceUpdated({ sourceSeenAt: null, translationSource: null }), false, "not a translation, or its source deleted");
  });
});

describe("translations", () => {
  before(async () => {
    database = await scratchDatabase();
  });
  after(async () => {
    await database?.close();
  });

  it("add a prefilled draft in another edition, linked to its source; refuse a second one and an edition that does not exist; follow changes of content only", async () => {
    const { db } = database!;
    const { saveArticle } = await import("./mutations");
    const { addTranslation, markTranslationUpToDate, versionExistsMessage } = await import("./translations");
    const { EDITION_GONE_MESSAGE } = await import("@/lib/editions/schemas");
    const { ArticleInputSchema } = await import("./schemas");

    const editorRow = await db.user.create({ data: { email: "editor@example.com", name: "Editor", passwordHash: "x", role: "EDITOR" }, select: { id: true } });
    const editor = { id: editorRow.id, name: "Editor", email: "editor@example.com", role: "EDITOR" as const, mustChangePassword: false };
    const authorRow = await db.user.create({ data: { email: "author@example.com", name: "Author", passwordHash: "x", role: "AUTHOR" }, select: { id: true } });
    const author = { id: authorRow.id, name: "Author", email: "author@example.com", role: "AUTHOR" as const, mustChangePassword: false };
    const french = await db.edition.create({ data: { language: "fr", name: "Français", path: "fr", position: 1 }, select: { id: true } });
    const arabic = await db.edition.create({ data: { language: "ar", name: "العربية", path: "ar", direction: "RTL", position: 2 }, select: { id: true } });
    const first = await db.author.create({ data: { handle: "amara", displayName: "Amara Okafor" }, select: { id: true } });
    const second = await db.author.create({ data: { handle: "marcus", displayName: "Marcus Chen" }, select: { id: true } });
    const editorByline = await db.author.create({ data: { handle: "editor", displayName: "Editor", userId: editorRow.id }, select: { id: true } });
    const section = await db.category.create({ data: { slug: "ports", name: "Ports", editionId: "default-edition" }, select: { id: true } });
    const otherSection = await db.category.create({ data: { slug: "sea", name: "Sea", editionId: "default-edition" }, select: { id: true } });

    const fields = {
      title: "Harbour reopens",
      standfirst: "Ships return after the storm.",
      body: paragraph("The harbour reopened on Monday."),
      sourceName: "www.france24.com",
      sourceUrl: "https://www.france24.com/en/harbour",
      categoryId: section.id,
      tags: "Ports, Storms",
      bylines: `${first.id},${second.id}`,
      heroImageAlt: "The quay at dawn",
      repliesOpen: "on",
    };
    const created = await saveArticle(editor, ArticleInputSchema.parse({ ...fields, intent: "publish" }), null, "/uploads/2026/12/quay.jpg");
    assert.ok(created.ok);
    const sourceId = created.article.id;
    const contentChangedAt = async (id: string) => (await db.article.findUniqueOrThrow({ where: { id }, select: { contentChangedAt: true } })).contentChangedAt;
    const createdAt = await contentChangedAt(sourceId);
    assert.ok(createdAt, "a new article's content is new");
    takeCollectedExpirations();

    // Authors may not: the draft would carry someone else's bylines.
    assert.deepEqual(await addTranslation(author, sourceId, french.id), { ok: false, message: "Only editors can add translations." });
    // An edition that does not exist, and the source's own edition: beside the field.
    assert.deepEqual(await addTranslation(editor, sourceId, "no-such-edition"), { ok: false, fieldErrors: { editionId: [EDITION_GONE_MESSAGE] } });
    const english = await addTranslation(editor, sourceId, "default-edition");
    assert.ok(!english.ok && english.fieldErrors?.editionId?.[0] === versionExistsMessage("English"));
    assert.equal(takeCollectedExpirations(), null, "a refusal expires nothing");
    assert.equal(await db.article.count(), 1);

    const added = await addTranslation(editor, sourceId, french.id);
    assert.ok(added.ok, JSON.stringify(added));
    assert.deepEqual(added.edition, { id: french.id, name: "Français" });
    const draft = await db.article.findUniqueOrThrow({
      where: { id: added.id },
      select: {
        editionId: true,
        slug: true,
        title: true,
        standfirst: true,
        body: true,
        bodyText: true,
        sourceName: true,
        sourceUrl: true,
        heroImageUrl: true,
        heroImageAlt: true,
        status: true,
        publishedAt: true,
        categoryId: true,
        version: true,
        translationGroup: true,
        translationSourceId: true,
        sourceSeenAt: true,
        tags: { select: { tagId: true } },
        bylines: { select: { authorId: true }, orderBy: { position: "asc" } },
        translators: { select: { authorId: true }, orderBy: { position: "asc" } },
        revisions: { select: { version: true, title: true, editorId: true } },
      },
    });
    const { sourceSeenAt, ...rest } = draft;
    assert.ok(sourceSeenAt && sourceSeenAt.getTime() >= createdAt.getTime());
    assert.deepEqual(rest, {
      editionId: french.id,
      slug: created.article.slug,
      title: "Harbour reopens",
      standfirst: "Ships return after the storm.",
      body: paragraph("The harbour reopened on Monday."),
      bodyText: "The harbour reopened on Monday.",
      sourceName: "www.france24.com",
      sourceUrl: "https://www.france24.com/en/harbour",
      heroImageUrl: "/uploads/2026/12/quay.jpg",
      heroImageAlt: "The quay at dawn",
      status: "DRAFT",
      publishedAt: null,
      categoryId: null,
      version: 1,
      translationGroup: sourceId,
      translationSourceId: sourceId,
      tags: [],
      bylines: [{ authorId: first.id }, { authorId: second.id }],
      translators: [{ authorId: editorByline.id }],
      revisions: [{ version: 1, title: "Harbour reopens", editorId: editor.id }],
    });
    const source = await db.article.findUniqueOrThrow({ where: { id: sourceId }, select: { translationGroup: true, version: true, contentChangedAt: true } });
    assert.deepEqual(source, { translationGroup: sourceId, version: 1, contentChangedAt: createdAt }, "the source joins its group; not a new version of it");
    const event = await db.auditEvent.findFirstOrThrow({ where: { action: "article.translate" }, select: { actorId: true, entityId: true, detail: true } });
    assert.deepEqual(event, { actorId: editor.id, entityId: added.id, detail: `DRAFT v1 in Français, translated from ${sourceId}` });
    // The lists, the story's page (which names its versions) and its bylines' pages, as a new draft expires them.
    const expired = takeCollectedExpirations();
    assert.ok(expired && "tags" in expired);
    assert.deepEqual([...expired.tags].sort(), ["article:harbour-reopens", "articles", "author:amara", "author:marcus"]);

    // One version per edition: refused beside the field, whichever version it is asked from.
    const again = await addTranslation(editor, sourceId, french.id);
    assert.ok(!again.ok && again.fieldErrors?.editionId?.[0] === versionExistsMessage("Français"));
    const fromTranslation = await addTranslation(editor, added.id, french.id);
    assert.ok(!fromTranslation.ok && fromTranslation.fieldErrors?.editionId?.[0] === versionExistsMessage("Français"));
    // A translation of the translation joins the same group, its source the French version.
    const racing = await Promise.all([addTranslation(editor, added.id, arabic.id), addTranslation(editor, sourceId, arabic.id)]);
    assert.equal(racing.filter((result) => result.ok).length, 1, JSON.stringify(racing));
    const loser = racing.find((result) => !result.ok);
    assert.ok(loser && !loser.ok && loser.fieldErrors?.editionId?.[0] === versionExistsMessage("العربية"), JSON.stringify(loser));
    assert.equal(await db.article.count({ where: { translationGroup: sourceId } }), 3);
    assert.equal(await db.article.count({ where: { editionId: arabic.id } }), 1);
    takeCollectedExpirations();

    // Each save below starts from a change of content long ago, so that a new one is seen whatever the clock.
    const LONG_AGO = new Date("2026-01-01T00:00:00Z");
    const changedLongAgo = () => db.article.update({ where: { id: sourceId }, data: { contentChangedAt: LONG_AGO }, select: { id: true } });
    // The source's section and tags change: not a change to translate.
    const freshness = async () => isSourceUpdated(await db.article.findUniqueOrThrow({ where: { id: added.id }, select: translationFreshnessSelect }));
    assert.equal(await freshness(), false);
    await changedLongAgo();
    const moved = await saveArticle(editor, ArticleInputSchema.parse({ ...fields, categoryId: otherSection.id, tags: "Ports", intent: "update", version: "1" }), sourceId, null);
    assert.ok(moved.ok, JSON.stringify(moved));
    assert.deepEqual(await contentChangedAt(sourceId), LONG_AGO);
    assert.equal(await freshness(), false);
    // Its standfirst changes: "Source updated" on the translation, until it is marked up to date.
    const edited = await saveArticle(editor, ArticleInputSchema.parse({ ...fields, categoryId: otherSection.id, standfirst: "Ships return.", intent: "update", version: "2" }), sourceId, null);
    assert.ok(edited.ok, JSON.stringify(edited));
    assert.ok((await contentChangedAt(sourceId))!.getTime() >= sourceSeenAt.getTime());
    assert.equal(await freshness(), true);
    // The hero image's words, the title and the body are content too.
    let current: Record<string, string> = { ...fields, categoryId: otherSection.id, standfirst: "Ships return." };
    for (const [change, version] of [[{ heroImageAlt: "The quay" }, "3"], [{ title: "Harbour reopens at last" }, "4"], [{ body: paragraph("Reopened.") }, "5"]] as const) {
      await changedLongAgo();
      current = { ...current, ...change };
      const saved = await saveArticle(editor, ArticleInputSchema.parse({ ...current, intent: "update", version }), sourceId, null);
      assert.ok(saved.ok, JSON.stringify(saved));
      assert.notDeepEqual(await contentChangedAt(sourceId), LONG_AGO, JSON.stringify(change));
    }

    const translationBefore = await db.article.findUniqueOrThrow({ where: { id: added.id }, select: { version: true, updatedAt: true } });
    assert.deepEqual(await markTranslationUpToDate(author, added.id), { ok: false, message: "You can only edit your own articles." });
    assert.equal(await freshness(), true);
    assert.deepEqual(await markTranslationUpToDate(editor, added.id), { ok: true });
    assert.equal(await freshness(), false);
    assert.deepEqual(await db.article.findUniqueOrThrow({ where: { id: added.id }, select: { version: true, updatedAt: true } }), translationBefore, "an open editor can still save");
    assert.equal(await db.auditEvent.count({ where: { action: "article.source-seen", entityId: added.id, actorId: editor.id } }), 1);
    assert.deepEqual(await markTranslationUpToDate(editor, sourceId), { ok: false, message: "This article is not a translation of another, or its source was deleted." });

    // The translation's own save does not touch its source's state.
    const translated = await saveArticle(editor, ArticleInputSchema.parse({ ...fields, categoryId: "", tags: "", title: "Le port rouvre", intent: "publish", version: "1" }), added.id, null);
    assert.ok(translated.ok, JSON.stringify(translated));
    assert.equal(await freshness(), false);

    // Deleting the source leaves its translations standing, no longer pointing at it.
    await db.article.delete({ where: { id: sourceId } });
    const orphan = await db.article.findUniqueOrThrow({ where: { id: added.id }, select: { translationGroup: true, translationSourceId: true } });
    assert.deepEqual(orphan, { translationGroup: sourceId, translationSourceId: null });
    assert.equal(await freshness(), false);
  });
});
