// Translations of a story (docs/decisions/055-translations.md): each version is an article of its
// own edition, with its own title, slug, bylines and publication; the versions of one story share a
// translationGroup (the first version's id), one per edition. "Add translation" makes a draft in
// another edition prefilled from the source; "Mark as up to date" says the translation has caught up
// with its source. Both record their audit event in the write's transaction, as the save does
// (./mutations.ts), and "Add translation" expires what it changed.
//
// No "server-only": unit tests run these against a scratch database (decision 051); a browser reaches
// them only through ./actions.ts, which checks its caller.
import { canEditArticle } from "@/lib/articles/permissions";
import type { Refusal } from "@/lib/actions/state";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import { articleCacheTags, cacheTags, expireTags } from "@/lib/cache/tags";
import { bodyColumns, readStoredBody } from "@/lib/content/stored-body";
import { ArticleStatus, Prisma, db } from "@/lib/db";
import { articleSlugTaken, uniqueArticleSlug } from "./slugs";
import { tagSourceSelect, toTagSource } from "./tag-source";
import { writeArticleVersionRows } from "./version-rows";
import { EDITION_GONE_MESSAGE } from "@/lib/editions/schemas";

type Actor = Pick<SessionUser, "id" | "role">;

export type AddedTranslation = { ok: true; id: string; edition: { id: string; name: string } };

const sourceSelect = {
  id: true,
  slug: true,
  editionId: true,
  title: true,
  standfirst: true,
  body: true,
  sourceName: true,
  sourceUrl: true,
  heroImageUrl: true,
  heroImageAlt: true,
  repliesOpen: true,
  authorId: true,
  translationGroup: true,
  bylines: { select: { authorId: true }, orderBy: { position: "asc" } },
} satisfies Prisma.ArticleSelect;

/** The refusal beside the Edition field when the story already has a version there. */
export function versionExistsMessage(editionName: string): string {
  return `This story already has a version in the ${editionName} edition: open it from the list above.`;
}


/**
 * Make a draft of `sourceId` in `editionId`, prefilled from it (title, standfirst, body, original
 * source, hero image and its alt text, bylines; its slug where that is free in the edition), credited
 * to the adding user as translator, without the source's section and tags, which belong to the
 * source's edition. Links both into one group.
 */
export async function addTranslation(user: Actor, sourceId: string, editionId: string, attempt = 0): Promise<AddedTranslation | Refusal> {
  if (!can(user.role, "article:translate")) return { ok: false, message: "Only editors can add translations." };
  const source = await db.article.findUnique({ where: { id: sourceId }, select: sourceSelect });
  if (!source) return { ok: false, message: "This article no longer exists." };
  const edition = await db.edition.findUnique({ where: { id: editionId }, select: { id: true, name: true } });
  if (!edition) return { ok: false, fieldErrors: { editionId: [EDITION_GONE_MESSAGE] } };
  const group = source.translationGroup ?? source.id;
  if (edition.id === source.editionId || (await db.article.count({ where: { translationGroup: group, editionId: edition.id } }))) {
    return { ok: false, fieldErrors: { editionId: [versionExistsMessage(edition.name)] } };
  }

  // The same address under the other edition's path, unless another story of that edition has it.
  const slug = (await articleSlugTaken(source.slug, edition.id)) ? await uniqueArticleSlug(source.slug, edition.id) : source.slug;
  const bylineIds = source.bylines.length ? source.bylines.map((byline) => byline.authorId) : [source.authorId];
  // Whoever adds the translation is credited as its translator when they have a byline (an editor
  // changes it in the editor's "Translated by"); never a profile made for the occasion.
  const own = await db.author.findUnique({ where: { userId: user.id }, select: { id: true } });
  const body = readStoredBody(source.body);
  const now = new Date();
  let created: { id: string };
  try {
    created = await db.$transaction(async (tx) => {
      // The source's group is its own id from its first translation on; not a change of its content
      // (no new version, and the dashboard's "Updated" stays what it was).
      if (!source.translationGroup) {
        const { updatedAt } = await tx.article.findUniqueOrThrow({ where: { id: source.id }, select: { updatedAt: true } });
        await tx.article.updateMany({ where: { id: source.id, translationGroup: null }, data: { translationGroup: group, updatedAt } });
      }
      const article = await tx.article.create({
        data: {
          editionId: edition.id,
          slug,
          title: source.title,
          standfirst: source.standfirst,
          ...bodyColumns(body),
          sourceName: source.sourceName,
          sourceUrl: source.sourceUrl,
          heroImageUrl: source.heroImageUrl,
          heroImageAlt: source.heroImageUrl ? source.heroImageAlt : null,
          repliesOpen: source.repliesOpen,
          authorId: bylineIds[0]!,
          status: ArticleStatus.DRAFT,
          version: 1,
          translationGroup: group,
          translationSourceId: source.id,
          sourceSeenAt: now,
          contentChangedAt: now,
        },
        select: { id: true },
      });
      await writeArticleVersionRows(tx, {
        articleId: article.id,
        version: 1,
        title: source.title,
        standfirst: source.standfirst,
        body,
        bylineIds,
        translatorIds: own ? [own.id] : [],
        tagIds: [],
        editorId: user.id,
        audit: { action: "article.translate", detail: `DRAFT v1 in ${edition.name}, translated from ${source.id}` },
      });
      return article;
    });
  } catch (error) {
    // Another request took this edition's place in the group, or the slug, in between: the checks
    // above, run again, say which (once: a second collision is not a race any more).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002" && attempt === 0) return addTranslation(user, sourceId, editionId, 1);
    throw error;
  }

  const after = await db.article.findUnique({ where: { id: created.id }, select: tagSourceSelect });
  // What a new draft expires (./mutations.ts), and the source's page, which names its versions.
  expireTags(new Set([...articleCacheTags(toTagSource(after)), cacheTags.article(source.slug)]));
  return { ok: true, id: created.id, edition };
}

/** "Mark as up to date": the translation has caught up with its source as it is now. */
export async function markTranslationUpToDate(user: Actor, articleId: string): Promise<{ ok: true } | Refusal> {
  const article = await db.article.findUnique({
    where: { id: articleId },
    select: { id: true, updatedAt: true, translationSourceId: true, bylines: { select: { author: { select: { userId: true } } } } },
  });
  if (!article) return { ok: false, message: "This article no longer exists." };
  if (!canEditArticle(user, article)) return { ok: false, message: "You can only edit your own articles." };
  if (!article.translationSourceId) return { ok: false, message: "This article is not a translation of another, or its source was deleted." };
  const now = new Date();
  await db.$transaction([
    // Not a change of the article: its version and "Updated" stay, so an open editor can still save.
    db.article.update({ where: { id: article.id }, data: { sourceSeenAt: now, updatedAt: article.updatedAt }, select: { id: true } }),
    db.auditEvent.create({
      data: { actorId: user.id, action: "article.source-seen", entityType: "article", entityId: article.id, detail: `source ${article.translationSourceId}` },
      select: { id: true },
    }),
  ]);
  // Nothing readers see changed (only the dashboard, which is never cached): no page to expire.
  return { ok: true };
}
