// Writes to the editions against a throwaway SQLite database with every migration applied: the
// migration's default edition, the refusals beside their fields, exactly one default, no deleting
// it, an audit event and the `editions` tag for each write, and the in-process list replaced at once.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";
import { EditionFormSchema } from "./schemas";

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;
const input = (fields: Record<string, string>) => EditionFormSchema.parse(fields);

/** The tags collected since the last call (outside Next.js they wait for the running site). */
function collected(): string[] {
  const taken = takeCollectedExpirations();
  assert.ok(taken && "tags" in taken, "tags, not every page");
  return [...taken.tags].sort();
}

describe("writing the editions", () => {
  before(async () => {
    database = await scratchDatabase();
  });
  after(async () => {
    await database?.close();
  });

  it("start with the migration's default edition, as the registry assumes", async () => {
    const { db } = database!;
    const { currentEditions, forgetEditions } = await import("./registry");
    const { MIGRATION_DEFAULT_EDITION } = await import("./default-edition");
    const rows = await db.edition.findMany({ select: { id: true, language: true, name: true, path: true, direction: true, description: true, isDefault: true, position: true, updatedAt: true } });
    assert.equal(rows.length, 1);
    const { updatedAt, ...row } = rows[0]!;
    assert.ok(updatedAt instanceof Date && !Number.isNaN(updatedAt.getTime()), "a date the client reads");
    assert.deepEqual(row, MIGRATION_DEFAULT_EDITION);
    forgetEditions();
    assert.deepEqual(await currentEditions(), [MIGRATION_DEFAULT_EDITION]);
  });

  it("add, edit, make default and delete, each with its audit event, its tag and the registry replaced", async () => {
    const { db } = database!;
    const { createEdition, deleteEdition, makeDefaultEdition, updateEdition } = await import("./mutations");
    const { currentEditions, editionsInMemory } = await import("./registry");
    const admin = await db.user.create({ data: { email: "admin@example.com", name: "Admin", passwordHash: "x", role: "ADMIN" }, select: { id: true } });
    takeCollectedExpirations();

    const french = await createEdition(admin, input({ language: "fr", name: "Français", path: "fr", direction: "" }));
    assert.ok(french.ok);
    assert.deepEqual(collected(), ["editions"]);
    assert.deepEqual(
      editionsInMemory()?.map((edition) => edition.path),
      ["en", "fr"],
      "the writing process sees the new edition at once",
    );
    const arabic = await createEdition(admin, input({ language: "ar", name: "العربية", path: "ar" }));
    assert.ok(arabic.ok);
    takeCollectedExpirations();
    const stored = await db.edition.findUniqueOrThrow({ where: { id: arabic.id }, select: { direction: true, isDefault: true, position: true } });
    assert.deepEqual(stored, { direction: "RTL", isDefault: false, position: 2 });

    // Refusals beside the field: a language or path another edition has, a site page's address.
    assert.deepEqual(await createEdition(admin, input({ language: "fr", name: "Français bis", path: "fr-ca" })), { ok: false, fieldErrors: { language: ["The Français edition is in this language already."] } });
    assert.deepEqual(await createEdition(admin, input({ language: "fr-CA", name: "Québec", path: "fr" })), { ok: false, fieldErrors: { path: ["The Français edition has this path already."] } });
    await db.sitePage.create({ data: { slug: "es", title: "Español", editionId: "default-edition" } });
    const onPage = await createEdition(admin, input({ language: "es", name: "Español", path: "es" }));
    assert.ok(!onPage.ok && onPage.fieldErrors?.path?.[0]?.includes("A page of the site is at /es"));
    assert.equal(takeCollectedExpirations(), null, "a refusal expires nothing");
    assert.equal(await db.edition.count(), 3);

    // Editing keeps its own language and path; the path is editable while no article has it.
    assert.deepEqual(await updateEdition(admin, french.id, input({ language: "fr-FR", name: "Français", path: "fr" })), { ok: true, id: french.id });
    assert.deepEqual(collected(), ["editions"]);
    assert.equal(editionsInMemory()?.find((edition) => edition.id === french.id)?.language, "fr-FR");
    assert.deepEqual(await updateEdition(admin, french.id, input({ language: "ar", name: "Français", path: "fr" })), { ok: false, fieldErrors: { language: ["The العربية edition is in this language already."] } });
    assert.deepEqual(await updateEdition(admin, "gone", input({ language: "es", name: "Español", path: "es-x1" })), { ok: false, message: "This edition was deleted meanwhile. Reload the page." });

    // Exactly one default, whichever is made so, and twice in a row changes nothing more.
    const defaults = async () => (await db.edition.findMany({ where: { isDefault: true }, select: { path: true } })).map((edition) => edition.path);
    assert.deepEqual(await makeDefaultEdition(admin, french.id), { ok: true, id: french.id });
    assert.deepEqual(await defaults(), ["fr"]);
    assert.deepEqual(collected(), ["editions"]);
    assert.deepEqual((await currentEditions()).filter((edition) => edition.isDefault).map((edition) => edition.path), ["fr"]);
    await Promise.all([makeDefaultEdition(admin, arabic.id), makeDefaultEdition(admin, french.id), makeDefaultEdition(admin, arabic.id)]);
    assert.equal((await defaults()).length, 1, "one default after writes at once");
    assert.deepEqual(await makeDefaultEdition(admin, arabic.id), { ok: true, id: arabic.id });
    assert.deepEqual(await defaults(), ["ar"]);
    takeCollectedExpirations();

    // The default edition is never deleted; another one is.
    const refused = await deleteEdition(admin, arabic.id);
    assert.ok(!refused.ok && /default edition cannot be deleted/.test(refused.message ?? ""));
    assert.equal(takeCollectedExpirations(), null);
    // What is written without an edition named goes to the default edition, read at the write.
    const { defaultEditionId } = await import("./owner");
    assert.equal(await defaultEditionId(), arabic.id);
    // An edition holding content is never deleted with it.
    const writer = await db.author.create({ data: { handle: "writer", displayName: "Writer" }, select: { id: true } });
    const story = await db.article.create({ data: { slug: "une", title: "Une", editionId: french.id, authorId: writer.id }, select: { id: true } });
    assert.deepEqual(await deleteEdition(admin, french.id), { ok: false, message: "This edition has an article: it cannot be deleted." });
    assert.equal(takeCollectedExpirations(), null);
    await db.article.delete({ where: { id: story.id } });
    // Its menus and banner go with it; another edition's stay.
    const settings = [`menu:header:${french.id}`, `menu:footer:${french.id}`, `breaking-news:${french.id}`, `breaking-news:${arabic.id}`];
    for (const key of settings) await db.siteSetting.create({ data: { key, value: "[]" } });
    assert.deepEqual(await deleteEdition(admin, french.id), { ok: true });
    assert.deepEqual((await db.siteSetting.findMany({ where: { key: { in: settings } }, select: { key: true } })).map((row) => row.key), [`breaking-news:${arabic.id}`]);
    assert.deepEqual(collected(), ["editions"]);
    assert.deepEqual(editionsInMemory()?.map((edition) => edition.path).sort(), ["ar", "en"]);
    assert.deepEqual(await deleteEdition(admin, french.id), { ok: false, message: "This edition was deleted meanwhile. Reload the page." });

    const events = await db.auditEvent.findMany({ where: { entityType: "edition" }, select: { action: true, actorId: true } });
    const count = (action: string) => events.filter((event) => event.action === action).length;
    assert.deepEqual([count("edition.create"), count("edition.update"), count("edition.delete")], [2, 1, 1]);
    assert.ok(count("edition.default") >= 3, "each change of default recorded");
    assert.ok(events.every((event) => event.actorId === admin.id));

    // Two administrators add the same language at once: the unique index decides, the other is told beside Language.
    const racing = await Promise.all([
      createEdition(admin, input({ language: "es", name: "Español", path: "es-ar" })),
      createEdition(admin, input({ language: "es", name: "Español bis", path: "es-cl" })),
    ]);
    assert.deepEqual(racing.filter((result) => result.ok).length, 1);
    const loser = racing.find((result) => !result.ok);
    assert.ok(loser && !loser.ok && loser.fieldErrors?.language?.[0]?.includes("in this language already"), JSON.stringify(loser));
  });

  it("the registry reads at first use, at most every 5 s after, and keeps the last list when the database fails", async () => {
    const { db } = database!;
    const { RELOAD_MS, currentEditions, forgetEditions } = await import("./registry");
    forgetEditions();
    const start = Date.now();
    const first = await currentEditions(start);
    assert.ok(first.length >= 1);
    await db.edition.create({ data: { language: "es-MX", name: "Español de México", path: "es-mx" } });
    assert.deepEqual(await currentEditions(start + RELOAD_MS - 1), first, "not read again within 5 s");
    const reread = await currentEditions(start + RELOAD_MS + 1);
    assert.ok(reread.some((edition) => edition.path === "es-mx"), "read again after 5 s");
    // Concurrent callers share one read.
    forgetEditions();
    const [a, b] = await Promise.all([currentEditions(), currentEditions()]);
    assert.equal(a, b);
    // The database cannot answer (the table is away): the last list stands, and is asked again 5 s later.
    const later = Date.now() + RELOAD_MS + 1;
    await db.$executeRawUnsafe('ALTER TABLE "Edition" RENAME TO "EditionAway"');
    try {
      assert.deepEqual(await currentEditions(later), a);
      forgetEditions();
      const { MIGRATION_DEFAULT_EDITION } = await import("./default-edition");
      assert.deepEqual(await currentEditions(), [MIGRATION_DEFAULT_EDITION], "before any list, the migration's default");
    } finally {
      await db.$executeRawUnsafe('ALTER TABLE "EditionAway" RENAME TO "Edition"');
    }
  });
});
