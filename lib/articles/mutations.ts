// Writing articles: the rules of who may move an article where, optimistic concurrency, slugs and
// their redirects, tags created on the fly, a revision per save and an audit trail. No "server-only":
// unit tests run the save against a scratch database (docs/decisions/051-side-effects-in-every-mutation.md);
// a browser reaches it only through ./actions.ts, which checks its caller.
import { bylineOwnersSelect, canEditArticle } from "@/lib/articles/permissions";
import type { ArticleInput, ArticleIntent } from "@/lib/articles/schemas";
import { VISIBLE_STATUSES, isPublished } from "@/lib/articles/visibility";
import { ensureAuthorProfile } from "@/lib/authors/mutations";
import { can } from "@/lib/auth/permissions";
import type { SessionUser } from "@/lib/auth/session";
import type { Refusal } from "@/lib/actions/state";
import { autosaveKey } from "@/lib/articles/autosave";
import { articleCacheTags, expireTags, type ArticleTagSource } from "@/lib/cache/tags";
import { slugify } from "@/lib/content/slug";
import { serializeBody } from "@/lib/content/document";
import { bodyColumns, readStoredBody } from "@/lib/content/stored-body";
import { ArticleStatus, db, type Prisma } from "@/lib/db";
import { defaultEditionId, editionExists } from "@/lib/editions/owner";
import { formatDateTime } from "@/lib/format";
import { editorialMails } from "./editorial-mail";
import { articleSlugTaken, uniqueArticleSlug } from "./slugs";
import { EDITION_GONE_MESSAGE } from "@/lib/editions/schemas";
import { tagSourceSelect, toTagSource } from "./tag-source";
import { writeArticleVersionRows } from "./version-rows";

export type SaveResult =
  | { ok: true; article: { id: string; slug: string; status: ArticleStatus; version: number }; tags: (ArticleTagSource | null)[]; previousStatus?: ArticleStatus | null }
  | Refusal;

const PUBLISHING_INTENTS: ArticleIntent[] = ["publish", "schedule", "update", "unpublish", "archive"];

function nextStatus(
  intent: ArticleIntent,
  current: { status: ArticleStatus; publishedAt: Date | null } | null,
  publishAt: Date | null,
  now: Date,
): { status: ArticleStatus; publishedAt: Date | null } {
  switch (intent) {
    case "submit":
      return { status: ArticleStatus.IN_REVIEW, publishedAt: null };
    case "publish":
      return {
        status: ArticleStatus.PUBLISHED,
        publishedAt: current && isPublished(current, now) ? current.publishedAt : now,
      };
    case "schedule":
      return { status: ArticleStatus.SCHEDULED, publishedAt: publishAt };
    case "unpublish":
      return { status: ArticleStatus.DRAFT, publishedAt: null };
    case "archive":
      // Off the site, kept with its dates and revisions (WordPress's Trash, without the emptying).
      return { status: ArticleStatus.ARCHIVED, publishedAt: current?.publishedAt ?? null };
    default:
      // "save" and "update" keep the status the article has.
      return current ? { status: current.status, publishedAt: current.publishedAt } : { status: ArticleStatus.DRAFT, publishedAt: null };
  }
}

/** Whether every id names an author profile (a form's list of bylines or translators). */
async function allAuthorsExist(ids: string[]): Promise<boolean> {
  return ids.length === 0 || (await db.author.count({ where: { id: { in: ids } } })) === ids.length;
}

async function resolveTagIds(tx: Prisma.TransactionClient, names: string[], editionId: string): Promise<string[]> {
  const ids: string[] = [];
  for (const name of names) {
    const slug = slugify(name);
    if (!slug) continue;
    // A tag is a word of the article's edition: "climate" in English is not "climat" in French.
    const tag = await tx.tag.upsert({ where: { editionId_slug: { editionId, slug } }, create: { slug, name, editionId }, update: {}, select: { id: true } });
    if (!ids.includes(tag.id)) ids.push(tag.id);
  }
  return ids;
}

/**
 * Create (no articleId) or update an article as `user`, moving it as `intent` says. The caller has
 * already validated `input` with ArticleInputSchema and stored any uploaded image.
 */
export async function saveArticle(
  user: SessionUser,
  input: ArticleInput,
  articleId: string | null,
  uploadedImageUrl: string | null,
): Promise<SaveResult> {
  const now = new Date();
  const { intent } = input;
  if (PUBLISHING_INTENTS.includes(intent) && !can(user.role, "article:publish")) {
    return { ok: false, message: "Only editors can publish, schedule or unpublish. Submit it for review instead." };
  }

  const existing = articleId
    ? await db.article.findUnique({
        where: { id: articleId },
        select: {
          ...tagSourceSelect,
          id: true,
          status: true,
          version: true,
          publishedAt: true,
          firstPublishedAt: true,
          heroImageUrl: true,
          authorId: true,
          updatedAt: true,
          editionId: true,
          bylines: { select: { authorId: true, author: { select: { handle: true, userId: true } } }, orderBy: { position: "asc" } },
          title: true,
          standfirst: true,
          body: true,
          heroImageAlt: true,
        },
      })
    : null;
  if (articleId && !existing) return { ok: false, message: "This article no longer exists." };
  if (existing && !canEditArticle(user, existing)) return { ok: false, message: "You can only edit your own articles." };
  if (existing && VISIBLE_STATUSES.includes(existing.status) && !can(user.role, "article:publish")) {
    return { ok: false, message: "This article is published or scheduled; only an editor can change it now." };
  }
  if (intent === "submit" && existing && existing.status !== ArticleStatus.DRAFT && existing.status !== ArticleStatus.IN_REVIEW) {
    return { ok: false, message: "Only drafts can be submitted for review." };
  }

  // Optimistic concurrency: refuse to overwrite what someone else saved since this form was opened.
  if (existing && existing.version !== input.version) {
    const last = await db.articleRevision.findFirst({
      where: { articleId: existing.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true, editor: { select: { name: true } } },
    });
    const who = last?.editor?.name ?? "someone else";
    return {
      ok: false,
      message: `${who} saved this article at ${formatDateTime(last?.createdAt ?? existing.updatedAt)}, after you opened it. Your changes are still in the form but were not saved: copy them, reload the page and apply them again.`,
    };
  }

  // Editors choose the bylines; an author's new article carries their own, and an author's edit keeps
  // the bylines the article has. The first byline is also Article.authorId.
  let bylineIds: string[];
  if (can(user.role, "article:edit:any") && input.bylines.length) {
    if (!(await allAuthorsExist(input.bylines))) return { ok: false, fieldErrors: { bylines: ["Choose authors from the list."] } };
    bylineIds = input.bylines;
  } else if (existing) {
    bylineIds = existing.bylines.length ? existing.bylines.map((byline) => byline.authorId) : [existing.authorId];
  } else {
    bylineIds = [(await ensureAuthorProfile(user)).id];
  }
  const authorId = bylineIds[0]!;
  // Translators the same way: editors credit them; an author's save keeps those the article has.
  let translatorIds: string[] | undefined;
  if (can(user.role, "article:edit:any")) {
    if (!(await allAuthorsExist(input.translators))) return { ok: false, fieldErrors: { translators: ["Choose translators from the list."] } };
    translatorIds = input.translators;
  }

  // A new article joins the edition chosen in its editor (none chosen: the default); an article never
  // changes edition (a translation is another article, docs/decisions/054-content-belongs-to-an-edition.md).
  let editionId = existing?.editionId ?? (await defaultEditionId());
  if (!existing && input.editionId && input.editionId !== editionId) {
    if (!(await editionExists(input.editionId))) return { ok: false, fieldErrors: { editionId: [EDITION_GONE_MESSAGE] } };
    editionId = input.editionId;
  }
  if (input.categoryId && !(await db.category.findFirst({ where: { id: input.categoryId, editionId }, select: { id: true } }))) {
    return { ok: false, fieldErrors: { categoryId: ["Choose a category from the list."] } };
  }

  let slug = input.slug;
  if (!slug) {
    slug = existing ? existing.slug : await uniqueArticleSlug(input.title, editionId);
  } else if (await articleSlugTaken(slug, editionId, existing?.id)) {
    return { ok: false, fieldErrors: { slug: ["Another article already uses this slug."] } };
  }

  // Only images uploaded through the editor are used; the form cannot point at arbitrary addresses.
  const heroImageUrl = uploadedImageUrl ?? (input.removeHeroImage ? null : (existing?.heroImageUrl ?? null));
  if (heroImageUrl && !input.heroImageAlt) {
    return {
      ok: false,
      fieldErrors: { heroImageAlt: ["Describe the image for people who cannot see it."] },
    };
  }

  const { status, publishedAt } = nextStatus(intent, existing, input.publishAt, now);
  const wasPublic = existing ? isPublished(existing, now) : false;
  const willBePublic = isPublished({ status, publishedAt }, now);
  const body = bodyColumns(input.body);
  const heroImageAlt = heroImageUrl ? input.heroImageAlt : null;
  // What a translation follows changed (docs/decisions/055-translations.md): its "Source updated" is
  // computed from this. A new section, new tags or a new status are not a change to translate.
  const contentChanged =
    !existing ||
    existing.title !== input.title ||
    existing.standfirst !== input.standfirst ||
    serializeBody(readStoredBody(existing.body)) !== body.body ||
    existing.heroImageUrl !== heroImageUrl ||
    (existing.heroImageAlt ?? null) !== heroImageAlt;
  const fields = {
    title: input.title,
    slug,
    standfirst: input.standfirst,
    ...body,
    sourceName: input.sourceName,
    sourceUrl: input.sourceUrl,
    categoryId: input.categoryId,
    authorId,
    heroImageUrl,
    heroImageAlt,
    repliesOpen: input.repliesOpen,
    seoTitle: input.seoTitle,
    seoDescription: input.seoDescription,
    status,
    publishedAt,
    ...(willBePublic && !existing?.firstPublishedAt ? { firstPublishedAt: publishedAt } : {}),
    // Readers see "Updated …" when a public article's content changes.
    ...(wasPublic && willBePublic ? { editedAt: now } : {}),
    ...(contentChanged ? { contentChangedAt: now } : {}),
  };

  const saved = await db.$transaction(async (tx) => {
    const tagIds = await resolveTagIds(tx, input.tags, editionId);
    let id: string;
    let version: number;
    if (existing) {
      const updated = await tx.article.updateMany({
        where: { id: existing.id, version: input.version },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) return null; // lost a race with another save
      id = existing.id;
      version = input.version + 1;
    } else {
      const created = await tx.article.create({ data: { ...fields, editionId, version: 1 }, select: { id: true } });
      id = created.id;
      version = 1;
    }
    await writeArticleVersionRows(tx, {
      articleId: id,
      version,
      title: input.title,
      standfirst: input.standfirst,
      body: input.body,
      bylineIds,
      translatorIds,
      tagIds,
      editorId: user.id,
      audit: { action: `article.${intent}`, detail: `${status} v${version}` },
    });
    // The live slug always wins over a redirect; a changed slug leaves a redirect behind.
    await tx.slugRedirect.deleteMany({ where: { editionId, fromSlug: slug } });
    if (existing && existing.slug !== slug) {
      await tx.slugRedirect.upsert({
        where: { editionId_fromSlug: { editionId, fromSlug: existing.slug } },
        create: { editionId, fromSlug: existing.slug, articleId: id },
        update: { articleId: id },
      });
    }
    await tx.articleAutosave.deleteMany({ where: { key: { in: [autosaveKey(user.id, id), autosaveKey(user.id, null)] } } });
    // Editors hear of a submission, authors of their article's fate, in the same transaction.
    await editorialMails(tx, { user, intent, articleId: id, title: input.title, previousStatus: existing?.status ?? null, status, publishedAt, note: input.editorNote, authorId });
    return { id, slug, status, version };
  });
  if (!saved) return saveArticle(user, input, articleId, uploadedImageUrl); // re-run: reports the conflict

  const after = await db.article.findUnique({ where: { id: saved.id }, select: tagSourceSelect });
  // Every page that showed the article before or shows it now (old slug, bylines, section, tags).
  expireTags(articleCacheTags(toTagSource(existing), toTagSource(after)));
  return { ok: true, article: saved, tags: [toTagSource(existing), toTagSource(after)], previousStatus: existing?.status ?? null };
}

/**
 * Delete an article for good, as an editor: its bylines, tags, replies, revisions, corrections and
 * slug redirects go with it (cascades in the schema); the audit event keeps its title. Answers the
 * cache tags of what readers saw, so the caller can expire them.
 */
export async function deleteArticle(user: SessionUser, articleId: string): Promise<{ ok: true; tags: (ArticleTagSource | null)[] } | Refusal> {
  if (!can(user.role, "article:delete")) return { ok: false, message: "Only editors can delete articles." };
  const existing = await db.article.findUnique({ where: { id: articleId }, select: { ...tagSourceSelect, id: true, title: true, status: true } });
  if (!existing) return { ok: false, message: "This article no longer exists." };
  await db.$transaction(async (tx) => {
    await tx.article.delete({ where: { id: existing.id } });
    await tx.articleAutosave.deleteMany({ where: { articleId: existing.id } });
    await tx.auditEvent.create({
      data: { actorId: user.id, action: "article.delete", entityType: "article", entityId: existing.id, detail: `${existing.status} ${existing.title}`.slice(0, 500) },
    });
  });
  expireTags(articleCacheTags(toTagSource(existing)));
  return { ok: true, tags: [toTagSource(existing)] };
}

/** Keep the editor's unsaved fields for this user and article (never touching the article). */
export async function writeAutosave(
  user: SessionUser,
  articleId: string | null,
  data: Record<string, string>,
): Promise<{ ok: true; savedAt: Date } | Refusal> {
  if (articleId) {
    const article = await db.article.findUnique({ where: { id: articleId }, select: bylineOwnersSelect });
    if (!article || !canEditArticle(user, article)) return { ok: false, message: "You cannot edit this article." };
  }
  const key = autosaveKey(user.id, articleId);
  const json = JSON.stringify(data);
  const saved = await db.articleAutosave.upsert({
    where: { key },
    create: { key, userId: user.id, articleId, data: json },
    update: { data: json },
    select: { updatedAt: true },
  });
  return { ok: true, savedAt: saved.updatedAt };
}

export async function discardAutosave(user: SessionUser, articleId: string | null): Promise<void> {
  await db.articleAutosave.deleteMany({ where: { key: autosaveKey(user.id, articleId) } });
}

/** Put an old revision's title, standfirst and body back, as a new revision. */
export async function restoreRevision(user: SessionUser, revisionId: string): Promise<SaveResult> {
  const revision = await db.articleRevision.findUnique({
    where: { id: revisionId },
    select: { version: true, title: true, standfirst: true, body: true, article: { select: { id: true, version: true } } },
  });
  if (!revision) return { ok: false, message: "That revision no longer exists." };
  const article = await db.article.findUnique({
    where: { id: revision.article.id },
    select: {
      slug: true,
      sourceName: true,
      sourceUrl: true,
      categoryId: true,
      bylines: { select: { authorId: true }, orderBy: { position: "asc" } },
      translators: { select: { authorId: true }, orderBy: { position: "asc" } },
      heroImageAlt: true,
      repliesOpen: true,
      seoTitle: true,
      seoDescription: true,
      tags: { select: { tag: { select: { name: true } } } },
    },
  });
  if (!article) return { ok: false, message: "This article no longer exists." };
  return saveArticle(
    user,
    {
      intent: "save",
      version: revision.article.version,
      title: revision.title,
      standfirst: revision.standfirst,
      body: readStoredBody(revision.body),
      slug: article.slug,
      sourceName: article.sourceName,
      sourceUrl: article.sourceUrl,
      categoryId: article.categoryId,
      editionId: null,
      bylines: article.bylines.map((byline) => byline.authorId),
      translators: article.translators.map((translator) => translator.authorId),
      tags: article.tags.map(({ tag }) => tag.name),
      heroImageAlt: article.heroImageAlt,
      heroMediaId: null,
      removeHeroImage: false,
      repliesOpen: article.repliesOpen,
      seoTitle: article.seoTitle,
      seoDescription: article.seoDescription,
      publishAt: null,
      editorNote: null,
    },
    revision.article.id,
    null,
  );
}
