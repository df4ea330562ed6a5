// Writes to the site's editions (Settings → Editions). Each records an audit event in the same
// transaction, expires the `editions` cache tag and replaces the in-process list (./registry.ts) at
// once, whoever called: the dashboard's actions, a script, a test. docs/decisions/047-editions.md
//
// No "server-only": unit tests run these against a scratch database, as command-line imports will
// (lib/articles/import.ts says the same).
//
// The plan fixes an edition's path once the edition has published (its addresses are out in the
// world). No article belongs to an edition before the next slice, so the path stays editable for now;
// that slice adds the refusal here, with the one for deleting an edition that has articles.
import type { Refusal } from "@/lib/actions/state";
import { editionTags, expireTags } from "@/lib/cache/tags";
import { breakingNewsKey } from "@/lib/front-page/schemas";
import { MENUS, menuSettingKey } from "@/lib/menus/schemas";
import { db, Prisma } from "@/lib/db";
import { reloadEditions } from "./registry";
import type { EditionInput } from "./schemas";

/** Who is writing: a signed-in administrator, or null for the command line. */
type Actor = { id: string } | null;

type Saved = { ok: true; id: string };

export const EDITION_NOT_FOUND = "This edition was deleted meanwhile. Reload the page.";

/** Another edition with this language or path, or a site page at this path: refused beside the field. */
async function conflicts(id: string | null, input: EditionInput): Promise<Refusal | null> {
  const others = await db.edition.findMany({
    where: { OR: [{ language: input.language }, { path: input.path }], ...(id ? { NOT: { id } } : {}) },
    select: { language: true, path: true, name: true },
  });
  const fieldErrors: Record<string, string[]> = {};
  const sameLanguage = others.find((other) => other.language === input.language);
  if (sameLanguage) fieldErrors.language = [`The ${sameLanguage.name} edition is in this language already.`];
  const samePath = others.find((other) => other.path === input.path);
  if (samePath) fieldErrors.path = [`The ${samePath.name} edition has this path already.`];
  else if (await db.sitePage.count({ where: { slug: input.path } })) fieldErrors.path = [`A page of the site is at /${input.path}: choose another path, or move the page first.`];
  return Object.keys(fieldErrors).length ? { ok: false, fieldErrors } : null;
}

/**
 * A unique index refused the write: another request took the language or the path in between. The
 * same check as before the write says which (the error's own detail differs between drivers).
 */
async function uniqueRefusal(error: unknown, id: string | null, input: EditionInput): Promise<Refusal | null> {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError) || error.code !== "P2002") return null;
  return (await conflicts(id, input)) ?? { ok: false, message: "Another edition took this language or path meanwhile. Reload the page." };
}

async function written(): Promise<void> {
  expireTags([editionTags.editions()]);
  await reloadEditions();
}

export async function createEdition(actor: Actor, input: EditionInput): Promise<Saved | Refusal> {
  const refused = await conflicts(null, input);
  if (refused) return refused;
  try {
    const edition = await db.$transaction(async (tx) => {
      const last = await tx.edition.aggregate({ _max: { position: true }, _count: true });
      // The first edition of a site without one (never after the migration) is its default.
      const created = await tx.edition.create({
        data: { ...input, isDefault: last._count === 0, position: (last._max.position ?? -1) + 1 },
        select: { id: true },
      });
      await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "edition.create", entityType: "edition", entityId: created.id, detail: describe(input) } });
      return created;
    });
    await written();
    return { ok: true, id: edition.id };
  } catch (error) {
    const refusal = await uniqueRefusal(error, null, input);
    if (refusal) return refusal;
    throw error;
  }
}

export async function updateEdition(actor: Actor, id: string, input: EditionInput): Promise<Saved | Refusal> {
  if (!(await db.edition.count({ where: { id } }))) return { ok: false, message: EDITION_NOT_FOUND };
  const refused = await conflicts(id, input);
  if (refused) return refused;
  try {
    await db.$transaction([
      db.edition.update({ where: { id }, data: input, select: { id: true } }),
      db.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "edition.update", entityType: "edition", entityId: id, detail: describe(input) } }),
    ]);
  } catch (error) {
    const refusal = await uniqueRefusal(error, id, input);
    if (refusal) return refusal;
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2025") return { ok: false, message: EDITION_NOT_FOUND };
    throw error;
  }
  await written();
  return { ok: true, id };
}

/** Make this edition the default (served at /): every other edition stops being it, in one transaction. */
export async function makeDefaultEdition(actor: Actor, id: string): Promise<Saved | Refusal> {
  const done = await db.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id }, select: { isDefault: true, name: true, path: true } });
    if (!edition) return null;
    if (edition.isDefault) return edition;
    // One statement over every row: it locks them all, so two of these at once run one after the
    // other and the last one wins (two statements, "unset the others" then "set this one", can
    // each miss the other's uncommitted row on PostgreSQL and leave two defaults).
    await tx.$executeRaw`UPDATE "Edition" SET "isDefault" = ("id" = ${id})`;
    await tx.edition.update({ where: { id }, data: { isDefault: true }, select: { id: true } });
    await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "edition.default", entityType: "edition", entityId: id, detail: `${edition.name} (/${edition.path})` } });
    return edition;
  });
  if (!done) return { ok: false, message: EDITION_NOT_FOUND };
  await written();
  return { ok: true, id };
}

/** Delete an edition; never the default one (the site would have no address at /). */
export async function deleteEdition(actor: Actor, id: string): Promise<{ ok: true } | Refusal> {
  const outcome = await db.$transaction(async (tx) => {
    const edition = await tx.edition.findUnique({ where: { id }, select: { isDefault: true, name: true, path: true, language: true } });
    if (!edition) return "gone" as const;
    if (edition.isDefault) return "default" as const;
    // Content belongs to its edition (docs/decisions/054-content-belongs-to-an-edition.md): an edition
    // with articles, sections, tags or pages stays; nothing a newsroom wrote goes with a settings click.
    const held = await Promise.all([tx.article.count({ where: { editionId: id } }), tx.category.count({ where: { editionId: id } }), tx.tag.count({ where: { editionId: id } }), tx.sitePage.count({ where: { editionId: id } })]);
    if (held.some((count) => count > 0)) return { articles: held[0]! };
    await tx.frontPageVersion.deleteMany({ where: { editionId: id } });
    // Its settings kept by key: its menus and its banner.
    await tx.siteSetting.deleteMany({ where: { key: { in: [...MENUS.map((menu) => menuSettingKey(menu, id)), breakingNewsKey(id)] } } });
    await tx.edition.delete({ where: { id } });
    await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "edition.delete", entityType: "edition", entityId: id, detail: `${edition.name} (${edition.language}, /${edition.path})` } });
    return "deleted" as const;
  });
  if (outcome === "gone") return { ok: false, message: EDITION_NOT_FOUND };
  if (outcome === "default") return { ok: false, message: "The default edition cannot be deleted: make another edition the default first." };
  if (typeof outcome === "object") {
    return { ok: false, message: outcome.articles ? `This edition has ${outcome.articles === 1 ? "an article" : `${outcome.articles} articles`}: it cannot be deleted.` : "This edition has sections, tags or pages: it cannot be deleted." };
  }
  await written();
  return { ok: true };
}

function describe(input: EditionInput): string {
  return `${input.name} (${input.language}, /${input.path}, ${input.direction})${input.description ? `: “${input.description}”` : ""}`.slice(0, 500);
}
