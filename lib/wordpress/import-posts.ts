// One item of the export: a post becomes an article (body, hero image, byline, section, tags, its
// comments and Liveblog entries), a page goes to import-pages.ts, anything else is counted as skipped.
// The article is written through the articles' import entry (lib/articles/import.ts: revision, audit
// event and cache expiry go with the write).
import { importArticle } from "@/lib/articles/import";
import { expireTags, sitePageTags } from "@/lib/cache/tags";
import type { BodyDocument } from "@/lib/content/document";
import { ArticleStatus, db, type Prisma } from "@/lib/db";
import { PageSlugSchema } from "@/lib/pages/schemas";
import { htmlToPlainText, htmlToSingleLine, toSingleLine, wordpressHtmlToDocument } from "./html-to-document";
import { importAuthor } from "./import-authors";
import { freshComments, importComments, writeComments } from "./import-comments";
import { galleryImages, localImage, localiseFigures, missingImage } from "./import-images";
import { importLiveblog as writeLiveblog, takeLiveblogEntries } from "./import-liveblog";
import { cut, decodeSlug, mapPostStatus, parseWordPressDate, postKey } from "./import-mapping";
import { importWordPressPage } from "./import-pages";
import type { ImportRun } from "./import-run";
import { categoryForPost, importTag } from "./import-terms";
import type { WxrAuthor, WxrComment, WxrItem } from "./wxr-reader";

export async function importItem(run: ImportRun, item: WxrItem) {
  run.seenImageNotes = new Set();
  // A cache only (ImportedItem is the record): bounded whatever the number of images in the export.
  if (run.imageCache.size > 10_000) run.imageCache.clear();
  // Its Polylang language's edition, else the default (./import-editions.ts).
  const { edition, note: editionNote } = run.editions.forItem(item);
  if (item.postType === "page") {
    await importWordPressPage(
      {
        editionId: edition.id,
        editionNote,
        dryRun: run.dryRun,
        actor: run.actor,
        source: run.source,
        baseUrl: run.survey.channel.baseBlogUrl || run.survey.channel.link,
        count: run.report.pages,
        remembered: (key) => run.remembered("page", key),
        remember: (tx, key, entityId, externalSlug) => run.remember(tx, "page", key, entityId, externalSlug),
        note: (text) => run.note(item, text),
        skip: (reason) => run.skip(reason),
        localiseFigures: (document) => localiseFigures(run, item, document),
      },
      item,
    );
    return;
  }
  if (item.postType !== "post") {
    const kind = item.postType === "page" ? "pages" : item.postType === "attachment" ? "attachments (images are imported with the posts that use them)" : item.postType === "nav_menu_item" ? "navigation menu items" : `${item.postType || "unknown"} items`;
    run.skip(kind);
    return;
  }
  const mapped = mapPostStatus(item.status.trim(), Boolean(item.password.trim()));
  if (!mapped) {
    run.skip(item.status === "trash" ? "posts in the trash" : `posts with status “${item.status.slice(0, 20) || "none"}”`);
    return;
  }
  // Liveblog entries are live updates, never reader replies.
  const liveEntries = takeLiveblogEntries(item);
  run.report.posts.found++;
  for (const field of item.truncated) run.note(item, `${field} was longer than the importer reads and was cut`);
  const key = postKey(item);
  const articleId = await run.remembered("post", key);
  if (articleId) {
    run.report.posts.existing++;
    await importComments(run, item, key, articleId);
    await importLiveblog(run, item, liveEntries, key, articleId);
    return;
  }
  // A body this importer cannot convert (whatever the reason) costs that post, not the import:
  // it is reported and skipped, remembered nowhere, so the next run tries it again and goes on too.
  let conversion: ReturnType<typeof wordpressHtmlToDocument>;
  try {
    conversion = wordpressHtmlToDocument(item.content, {
      baseUrl: run.survey.channel.baseBlogUrl || run.survey.channel.link,
      gallery: (ids) => galleryImages(run, ids, item.postId),
    });
  } catch (error) {
    run.report.posts.found--;
    run.skip("posts whose body could not be converted");
    run.note(item, `line ${item.line}: the body could not be converted (${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}): this post was skipped`);
    return;
  }
  run.report.posts.created++;
  if (editionNote) run.note(item, editionNote);
  if (mapped.status === ArticleStatus.PUBLISHED) run.report.posts.published++;
  else if (mapped.status === ArticleStatus.SCHEDULED) run.report.posts.scheduled++;
  else if (mapped.status === ArticleStatus.IN_REVIEW) run.report.posts.inReview++;
  else run.report.posts.drafts++;
  if (mapped.note) run.note(item, mapped.note);

  const title = cut(htmlToSingleLine(item.title, 1_000), 200) || "Untitled";
  if (title === "Untitled") run.note(item, "no title: imported as “Untitled”");
  const excerpt = htmlToPlainText(item.excerpt).replace(/\s+/g, " ");
  const standfirst = cut(excerpt, 400);
  if (standfirst.length < excerpt.length) run.note(item, "excerpt longer than a standfirst (400 characters): cut");

  for (const note of conversion.notes) run.note(item, note);
  const document = await localiseFigures(run, item, conversion.document);

  let hero: { url: string; alt: string } | null = null;
  const thumbnail = item.meta._thumbnail_id?.trim();
  if (thumbnail) {
    const attachment = run.survey.attachments.get(thumbnail);
    if (!attachment?.url) run.note(item, `featured image ${thumbnail} is not in the export`);
    else {
      const local = await localImage(run, attachment.url, attachment.alt || attachment.title, attachment.caption);
      if (local) hero = { url: local.url, alt: attachment.alt || attachment.title || "Featured image" };
      else missingImage(run, item, attachment.url);
    }
  }

  const authorLogin = item.creator.trim() || "unknown";
  const known = run.survey.authors.find((author) => author.login === authorLogin);
  const authorId = await importAuthor(run, known ?? { id: "", login: authorLogin, email: "", displayName: authorLogin, firstName: "", lastName: "" });

  const categories = item.terms.filter((term) => term.domain === "category");
  let categoryId: string | null = null;
  for (const term of categories) {
    if (categoryId) break;
    categoryId = await categoryForPost(run, decodeSlug(term.nicename), edition);
  }
  if (categories.length > 1) run.note(item, `in ${categories.length} categories: Gazette keeps one section per article (“${categories[0]!.name.slice(0, 60)}”)`);
  const tagIds: string[] = [];
  for (const term of item.terms.filter((candidate) => candidate.domain === "post_tag")) {
    const id = await importTag(run, { termId: "", slug: term.nicename, name: term.name }, false, edition);
    if (id && !tagIds.includes(id)) tagIds.push(id);
  }

  const date = parseWordPressDate(item.postDateGmt) ?? parseWordPressDate(item.postDate);
  const publishedAt = mapped.status === ArticleStatus.PUBLISHED || mapped.status === ArticleStatus.SCHEDULED ? (date ?? new Date()) : null;
  const externalSlug = decodeSlug(item.postName) || null;

  const comments = await freshComments(run, item, key, true);
  await run.noteClaimedAddresses(item, externalSlug);
  if (run.dryRun) return importLiveblog(run, item, liveEntries, key, null, mapped.status);

  const created = await importArticle(
    run.actor,
    {
      wantedSlug: externalSlug ?? "",
      title,
      standfirst,
      body: document,
      status: mapped.status,
      publishedAt,
      createdAt: date,
      authorId,
      categoryId: categoryId?.startsWith("dry-run") ? null : categoryId,
      tagIds,
      hero: hero && { url: hero.url, alt: toSingleLine(hero.alt, 300) },
      repliesOpen: item.commentStatus.trim() !== "closed",
      source: run.source,
      editionId: edition.id,
    },
    (tx, articleId) => run.remember(tx, "post", key, articleId, externalSlug),
  );
  // Its old address /<post-name> is answered by the site's page route (app/[edition]/[slug]), whose
  // cached "not found" carries that page's tag (lib/pages/queries.ts): from now on it redirects.
  if (externalSlug && PageSlugSchema.safeParse(externalSlug).success) expireTags([sitePageTags.page(externalSlug)]);
  // Its comments after, in short transactions of their own (see writeComments).
  if (comments.fresh.length) await writeComments(run, created.id, comments.fresh, comments.replyIds);
  await importLiveblog(run, item, liveEntries, key, created.id, mapped.status);
}

async function importLiveblog(run: ImportRun, item: WxrItem, entries: WxrComment[], postKey: string, articleId: string | null, status?: ArticleStatus) {
  const known = status ?? (articleId ? (await db.article.findUnique({ where: { id: articleId }, select: { status: true } }))?.status : undefined);
  if (!known) return;
  const context = {
    dryRun: run.dryRun,
    baseUrl: run.survey.channel.baseBlogUrl || run.survey.channel.link,
    actorId: run.actorId,
    count: run.report.liveUpdates,
    authors: run.survey.authors,
    importAuthor: (author: WxrAuthor) => importAuthor(run, author),
    remembered: (entry: string) => run.remembered("liveblog", entry),
    remember: (tx: Prisma.TransactionClient, entry: string, entityId: string) => run.remember(tx, "liveblog", entry, entityId, null),
    note: (text: string) => run.note(item, text),
    gallery: (ids: string[] | null) => galleryImages(run, ids, item.postId),
    localiseFigures: (document: BodyDocument) => localiseFigures(run, item, document),
  };
  const date = parseWordPressDate(item.postDateGmt) ?? parseWordPressDate(item.postDate) ?? new Date();
  await writeLiveblog(context, item, entries, { id: articleId, status: known, postKey, date });
}
