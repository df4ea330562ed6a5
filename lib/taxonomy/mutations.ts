import "server-only";
// Categories and tags: create, rename, merge, delete. Articles keep working through all of them: a
// deleted category leaves its articles uncategorised, a deleted tag is removed from its articles,
// and a merge moves every article across. Slugs stay as they are on rename, so links keep working.
import type { Refusal } from "@/lib/actions/state";
import type { SessionUser } from "@/lib/auth/session";
import { cacheTags, expireTags } from "@/lib/cache/tags";

/** Every write here expires the pages it changed itself (the masthead's list, the term's pages, its articles). */
function expired(editionId: string, tags: string[]): { ok: true; tags: string[]; editionId: string } {
  expireTags(tags);
  return { ok: true, tags, editionId };
}
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import type { TaxonomyKind } from "@/lib/taxonomy/schemas";
import { EDITION_GONE_MESSAGE } from "@/lib/editions/schemas";
import { editionExists } from "@/lib/editions/owner";

/** Success names the edition the term belongs to (the dashboard's list shows one edition at a time). */
type Result = { ok: true; tags: string[]; editionId: string } | Refusal;

const tagFor = (kind: TaxonomyKind, slug: string) => (kind === "category" ? cacheTags.category(slug) : cacheTags.tag(slug));

/** Lists show terms on their cards; the masthead lists every section. */
const listTags = (kind: TaxonomyKind) => (kind === "category" ? [cacheTags.articleLists(), cacheTags.categories()] : [cacheTags.articleLists()]);

async function find(kind: TaxonomyKind, id: string) {
  const select = { id: true, slug: true, name: true, editionId: true } as const;
  return kind === "category" ? db.category.findUnique({ where: { id }, select }) : db.tag.findUnique({ where: { id }, select });
}

/** Article pages that show this category or tag, for revalidation. */
async function articleTags(kind: TaxonomyKind, id: string): Promise<string[]> {
  const articles = await db.article.findMany({
    where: kind === "category" ? { categoryId: id } : { tags: { some: { tagId: id } } },
    select: { slug: true },
  });
  return articles.map((article) => cacheTags.article(article.slug));
}

function audit(actor: SessionUser, kind: TaxonomyKind, action: string, id: string, detail: string) {
  return db.auditEvent.create({ data: { actorId: actor.id, action: `${kind}.${action}`, entityType: kind, entityId: id, detail } });
}

/** A section or tag of edition `editionId` (sections and tags belong to one edition: 054). */
export async function createTerm(actor: SessionUser, kind: TaxonomyKind, name: string, editionId: string): Promise<Result> {
  if (!slugify(name)) return { ok: false, fieldErrors: { name: ["Use at least one letter or digit."] } };
  if (!(await editionExists(editionId))) return { ok: false, message: EDITION_GONE_MESSAGE };
  const taken = async (slug: string) =>
    (kind === "category" ? await db.category.count({ where: { slug, editionId } }) : await db.tag.count({ where: { slug, editionId } })) > 0;
  const slug = await uniqueSlug(name, taken);
  const data = { name, slug, editionId };
  const created = kind === "category" ? await db.category.create({ data }) : await db.tag.create({ data });
  await audit(actor, kind, "create", created.id, name);
  return expired(editionId, [...listTags(kind), tagFor(kind, slug)]);
}

export async function renameTerm(actor: SessionUser, kind: TaxonomyKind, id: string, name: string): Promise<Result> {
  const term = await find(kind, id);
  if (!term) return { ok: false, message: "It no longer exists." };
  if (kind === "category") await db.category.update({ where: { id }, data: { name } });
  else await db.tag.update({ where: { id }, data: { name } });
  await audit(actor, kind, "rename", id, `${term.name} → ${name}`);
  return expired(term.editionId, [...listTags(kind), tagFor(kind, term.slug), ...(await articleTags(kind, id))]);
}

export async function mergeTerm(actor: SessionUser, kind: TaxonomyKind, id: string, targetId: string): Promise<Result> {
  const [source, target] = await Promise.all([find(kind, id), find(kind, targetId)]);
  if (!source || !target) return { ok: false, message: "One of them no longer exists." };
  // A French story filed in an English section would be listed on no page of its own edition.
  if (source.editionId !== target.editionId) return { ok: false, fieldErrors: { targetId: ["Choose one of the same edition."] } };
  const affected = await articleTags(kind, id);
  await db.$transaction(async (tx) => {
    if (kind === "category") {
      await tx.article.updateMany({ where: { categoryId: id }, data: { categoryId: targetId } });
      await tx.category.delete({ where: { id } });
    } else {
      const links = await tx.articleTag.findMany({ where: { tagId: id }, select: { articleId: true } });
      const already = new Set(
        (await tx.articleTag.findMany({ where: { tagId: targetId }, select: { articleId: true } })).map((link) => link.articleId),
      );
      const toAdd = links.filter((link) => !already.has(link.articleId)).map((link) => ({ articleId: link.articleId, tagId: targetId }));
      if (toAdd.length) await tx.articleTag.createMany({ data: toAdd });
      await tx.tag.delete({ where: { id } });
    }
  });
  await audit(actor, kind, "merge", id, `${source.name} → ${target.name}`);
  return expired(source.editionId, [...listTags(kind), tagFor(kind, source.slug), tagFor(kind, target.slug), ...affected]);
}

export async function deleteTerm(actor: SessionUser, kind: TaxonomyKind, id: string): Promise<Result> {
  const term = await find(kind, id);
  if (!term) return { ok: false, message: "It no longer exists." };
  const affected = await articleTags(kind, id);
  if (kind === "category") await db.category.delete({ where: { id } });
  else await db.tag.delete({ where: { id } });
  await audit(actor, kind, "delete", id, term.name);
  return expired(term.editionId, [...listTags(kind), tagFor(kind, term.slug), ...affected]);
}
