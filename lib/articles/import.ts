// Articles brought in from elsewhere (the WordPress importer, lib/wordpress/import-posts.ts): the
// import's entry into the articles' write path. It writes what the editor's save writes for a new
// article (./mutations.ts: the row within the editor's limits, a unique slug, the first publication
// time, and through ./version-rows.ts the byline, topics, revision 1 and an audit event in the same
// transaction) and expires the cache tags of every page that shows the article. Permissions are the
// importer's (an administrator, or the command line), not the editor's; no editorial mail is sent
// for history. No "server-only": the command line imports too
// (docs/decisions/045-imports-through-the-domains.md).
import { articleCacheTags, cacheTags, expireTags } from "@/lib/cache/tags";
import type { BodyDocument } from "@/lib/content/document";
import { slugify } from "@/lib/content/slug";
import { bodyColumns } from "@/lib/content/stored-body";
import { ArticleStatus, db, type Prisma } from "@/lib/db";
import { defaultEditionId } from "@/lib/editions/owner";
import { importAuditDetail, type ImportActor } from "@/lib/import-actor";
import { ARTICLE_FIELD_MAX } from "./schemas";
import { uniqueArticleSlug } from "./slugs";
import { tagSourceSelect, toTagSource } from "./tag-source";
import { writeArticleVersionRows } from "./version-rows";
import { isPublished } from "./visibility";

export type ImportedArticle = {
  /** The address it had (a slug or a title): made a slug, and unique as the editor makes it. */
  wantedSlug: string;
  title: string;
  standfirst: string;
  body: BodyDocument;
  status: ArticleStatus;
  /** When it was (or is to be) published; null for drafts and articles in review. */
  publishedAt: Date | null;
  /** When it was written at the source; now when unknown. */
  createdAt: Date | null;
  /** The byline (an author profile). */
  authorId: string;
  categoryId: string | null;
  tagIds: string[];
  hero: { url: string; alt: string } | null;
  repliesOpen: boolean;
  /** Where it comes from, for the audit log ("wordpress:https://old.example"). */
  source: string;
  /** The edition it is written for; the default edition when not given. Its section and tags belong to it. */
  editionId?: string;
};

/** The editor's limits, held by cutting (an import is not refused for a long title: the caller notes it). */
const within = (text: string, max: number) => (text.length > max ? text.slice(0, max) : text);

/**
 * Create an imported article. `alongside` runs in the same transaction (the importer remembers
 * where the article came from there, so a re-run never creates it twice).
 */
export async function importArticle(
  actor: ImportActor,
  article: ImportedArticle,
  alongside?: (tx: Prisma.TransactionClient, articleId: string) => Promise<unknown>,
): Promise<{ id: string; slug: string }> {
  const title = within(article.title.trim(), ARTICLE_FIELD_MAX.title) || "Untitled";
  const editionId = article.editionId ?? (await defaultEditionId());
  const slug = await uniqueArticleSlug(slugify(article.wantedSlug) || title, editionId);
  const { status, publishedAt } = article;
  const standfirst = within(article.standfirst, ARTICLE_FIELD_MAX.standfirst);
  const created = await db.$transaction(async (tx) => {
    const { id } = await tx.article.create({
      data: {
        slug,
        editionId,
        title,
        standfirst,
        ...bodyColumns(article.body),
        status,
        publishedAt,
        // The editor's rule: the first time an article is public; a published import was public then.
        firstPublishedAt: status === ArticleStatus.PUBLISHED || isPublished({ status, publishedAt }) ? publishedAt : null,
        authorId: article.authorId,
        categoryId: article.categoryId,
        heroImageUrl: article.hero?.url ?? null,
        heroImageAlt: article.hero ? within(article.hero.alt, ARTICLE_FIELD_MAX.heroImageAlt) : null,
        repliesOpen: article.repliesOpen,
        version: 1,
        createdAt: article.createdAt ?? undefined,
      },
      select: { id: true },
    });
    // What the editor's save writes with a version (./version-rows.ts): topics, byline, revision 1, audit event.
    await writeArticleVersionRows(tx, {
      articleId: id,
      version: 1,
      title,
      standfirst,
      body: article.body,
      bylineIds: [article.authorId],
      tagIds: article.tagIds,
      editorId: actor?.id ?? null,
      audit: { action: "article.import", detail: importAuditDetail(`${status} v1`, article.source, actor) },
    });
    await alongside?.(tx, id);
    return tx.article.findUniqueOrThrow({ where: { id }, select: { ...tagSourceSelect, id: true } });
  });
  // Every page that shows it now: the lists, its own page, its author's, its section's, its topics'.
  expireTags(articleCacheTags(toTagSource(created)));
  return { id: created.id, slug: created.slug };
}

export type LinkedTranslations = {
  /** Versions given the group now (the source not counted). */
  linked: number;
  /** Whether the source joined the group now (it had none). */
  sourceJoined: boolean;
  /** Versions that were in the group already (importing again). */
  already: number;
  /** Why some were left out, in words for the report. */
  left: string[];
};

/**
 * Link imported versions of one story (Polylang's translation groups, lib/wordpress/import-editions.ts)
 * as "Add translation" links them (docs/decisions/055-translations.md): one group, the source's id
 * unless it has a group already, each translation pointing at the source and seen as of `seenAt`.
 * A version already in another group, or a second version in one edition, is left as it is and
 * said why. One audit event, and the pages of every version expire (each names the others).
 */
export async function linkImportedTranslations(
  actor: ImportActor,
  link: { sourceId: string; translationIds: string[]; seenAt: Date; source: string },
): Promise<LinkedTranslations> {
  const outcome: LinkedTranslations = { linked: 0, sourceJoined: false, already: 0, left: [] };
  const select = { id: true, title: true, slug: true, editionId: true, translationGroup: true, updatedAt: true, edition: { select: { name: true } } } as const;
  const slugs = await db.$transaction(async (tx) => {
    const source = await tx.article.findUnique({ where: { id: link.sourceId }, select });
    if (!source) return [];
    const group = source.translationGroup ?? source.id;
    const inGroup = await tx.article.findMany({ where: { translationGroup: group }, select: { id: true, editionId: true, slug: true } });
    const editions = new Map(inGroup.map((member) => [member.editionId, member.id]));
    editions.set(source.editionId, source.id);
    const translations = await tx.article.findMany({ where: { id: { in: link.translationIds.filter((id) => id !== source.id) } }, select });
    const linked: string[] = [];
    for (const translation of translations) {
      const title = `“${translation.title.slice(0, 80)}”`;
      if (translation.translationGroup === group) {
        outcome.already++;
        continue;
      }
      if (translation.translationGroup) outcome.left.push(`${title} is a version of another story already: not linked`);
      else if (editions.has(translation.editionId)) outcome.left.push(`${title} would be a second version in the ${translation.edition.name} edition: not linked`);
      else {
        editions.set(translation.editionId, translation.id);
        // Not a change of its content: its version and "Updated" stay (as "Add translation" leaves the source's).
        await tx.article.update({
          where: { id: translation.id },
          data: { translationGroup: group, translationSourceId: source.id, sourceSeenAt: link.seenAt, updatedAt: translation.updatedAt },
          select: { id: true },
        });
        linked.push(translation.id);
      }
    }
    if (!linked.length) return [];
    if (!source.translationGroup) {
      await tx.article.update({ where: { id: source.id }, data: { translationGroup: group, updatedAt: source.updatedAt }, select: { id: true } });
      outcome.sourceJoined = true;
    }
    outcome.linked = linked.length;
    await tx.auditEvent.create({
      data: {
        actorId: actor?.id ?? null,
        action: "article.translations-import",
        entityType: "article",
        entityId: source.id,
        detail: importAuditDetail(`${linked.length} ${linked.length === 1 ? "version" : "versions"} linked to ${source.id}: ${linked.join(", ")}`.slice(0, 400), link.source, actor),
      },
    });
    return [source.slug, ...inGroup.map((member) => member.slug), ...translations.filter((translation) => linked.includes(translation.id)).map((translation) => translation.slug)];
  });
  // Every version's page names the others ("This story in other editions", hreflang).
  if (slugs.length) expireTags(new Set(slugs.map((slug) => cacheTags.article(slug))));
  return outcome;
}
