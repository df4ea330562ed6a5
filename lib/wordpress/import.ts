// Importing a WordPress export (WXR) into Gazette: authors (bylines), categories with their tree,
// tags, posts with their comments and images. Two streaming passes over the file
// (docs/decisions/023-wordpress-import.md): the first checks that the whole file is well-formed and
// collects the small things (authors, terms, attachments) while writing nothing, so a malformed file
// stops with its line and column before the database is touched; the second converts and writes one
// post at a time (the post, its bylines, tags and comments in one transaction). Every WordPress id
// is remembered in ImportedItem, so a second run creates nothing twice and an interrupted run
// resumes where it stopped. `dryRun` reads the database but writes nothing (no files either).
// No "server-only" here: the command line (scripts/import-wordpress.ts) runs this too.
import { createHash, randomBytes } from "node:crypto";
import { access, readFile, realpath, stat } from "node:fs/promises";
import path from "node:path";
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { bodyColumns } from "@/lib/content/stored-body";
import type { Block, BodyDocument } from "@/lib/content/document";
import { expireEverything } from "@/lib/cache/tags";
import { ArticleStatus, ReplyStatus, db, type Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { inviteUser } from "@/lib/users/invitations";
import { UploadError, storeImageBytes, storedMediaFields } from "@/lib/uploads/image-bytes";
import { htmlToPlainText, htmlToSingleLine, toSingleLine, wordpressHtmlToDocument, type GalleryImage } from "./html-to-document";
import { importLiveblog, liveblogCount, takeLiveblogEntries, type LiveblogCount } from "./import-liveblog";
import { importWordPressPage } from "./import-pages";
import { oldAddressOwner } from "./old-address-owner";
import { readWxr, type WxrAuthor, type WxrCategory, type WxrChannel, type WxrComment, type WxrItem, type WxrTag } from "./wxr-reader";

export type ImportKind = "author" | "category" | "tag" | "post" | "comment" | "media" | "page" | "liveblog";

export type ImportOptions = {
  /** A copy of wp-content/uploads: images are taken from here into the media library. */
  uploadsDir?: string | null;
  dryRun?: boolean;
  /**
   * Give each new author whose export has an email address, and who has no account yet, a dashboard
   * login with the Author role: an invitation (a 72-hour link to choose a password) in the outbox,
   * written in the same transaction as the byline. Without it, imported authors are bylines only.
   */
  inviteAuthors?: boolean;
  onProgress?: (progress: ImportProgress) => void;
  /** Bound on each list in the report (the counts are always complete). */
  reportListLimit?: number;
  /** Stops the import between two writes (ImportCancelledError); a later run resumes. */
  signal?: AbortSignal;
  /** Who asked, for the audit log (none from the command line). */
  actorId?: string | null;
};

export type ImportProgress = { phase: "checking" | "importing"; done: number; total: number };

type Count = { found: number; created: number; existing: number };
const count = (): Count => ({ found: 0, created: 0, existing: 0 });

export type ImportReport = {
  file: string;
  source: string;
  siteTitle: string;
  wxrVersion: string;
  dryRun: boolean;
  authors: Count & { invited: number };
  categories: Count;
  tags: Count;
  posts: Count & { published: number; scheduled: number; drafts: number; inReview: number };
  /** Pages (About, Contact, …) brought in as the site's own pages (lib/wordpress/import-pages.ts). */
  pages: Count;
  comments: Count & { approved: number; pending: number; spam: number; trash: number };
  /** Automattic Liveblog entries, collapsed with their edits into live updates (lib/wordpress/import-liveblog.ts). */
  liveUpdates: LiveblogCount;
  images: { imported: number; existing: number; missing: number };
  /** What was in the file and is not an article: pages, attachments, menu items, trashed posts… */
  skipped: Record<string, number>;
  /** Per post, what could not be kept exactly (shortcodes, tables, frames, images not found…). */
  notes: { post: string; title: string; note: string }[];
  notesLeftOut: number;
  missingImages: { post: string; url: string }[];
  missingImagesLeftOut: number;
  /** Old addresses (/?p=1, /hello-world/, /author/admin/) another site imported earlier keeps. */
  addressesKept: { address: string; site: string }[];
  addressesKeptLeftOut: number;
  /** Bytes that were not UTF-8, read as “�”. */
  invalidCharacters: number;
  items: number;
  seconds: number;
  itemsPerSecond: number;
};

/** A WordPress date ("2015-01-27 14:56:57", UTC when from the _gmt field) as a Date, or null. */
export function parseWordPressDate(text: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})/.exec(text.trim());
  if (!match || match[1] === "0000") return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as number[];
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** How a WordPress post status becomes a Gazette one; null: not imported. */
export function mapPostStatus(status: string, hasPassword: boolean): { status: ArticleStatus; note?: string } | null {
  switch (status) {
    case "publish":
      return hasPassword ? { status: ArticleStatus.DRAFT, note: "password-protected on WordPress: imported as a draft" } : { status: ArticleStatus.PUBLISHED };
    case "future":
      return { status: ArticleStatus.SCHEDULED };
    case "draft":
      return { status: ArticleStatus.DRAFT };
    case "pending":
      return { status: ArticleStatus.IN_REVIEW };
    case "private":
      return { status: ArticleStatus.DRAFT, note: "private on WordPress: imported as a draft" };
    default:
      // trash, auto-draft, inherit (revisions)
      return null;
  }
}

export function mapCommentStatus(approved: string): ReplyStatus {
  switch (approved.trim()) {
    case "1":
      return ReplyStatus.APPROVED;
    case "spam":
      return ReplyStatus.SPAM;
    case "trash":
    case "post-trashed":
      return ReplyStatus.TRASH;
    default:
      return ReplyStatus.PENDING;
  }
}

function decodeSlug(text: string): string {
  try {
    return decodeURIComponent(text.trim()).toLowerCase();
  } catch {
    return text.trim().toLowerCase();
  }
}

function cut(text: string, max: number): string {
  if (text.length <= max) return text;
  const slice = text.slice(0, max - 1);
  const space = slice.lastIndexOf(" ");
  return `${space > max / 2 ? slice.slice(0, space) : slice}…`;
}

/** Long keys (a guid can be any length) are stored by digest; short ones as they are, readable. */
function boundedKey(prefix: string, value: string): string {
  return value.length <= 200 ? `${prefix}${value}` : `${prefix}sha256:${createHash("sha256").update(value).digest("hex")}`;
}

/**
 * What makes a post the same post in a later export: its `wp:post_id`, else its `guid`, else its
 * `link` (exporters other than WordPress, and hand-edited files, leave the id out), else a digest of
 * its title, date and body.
 */
export function postKey(item: Pick<WxrItem, "postId" | "guid" | "link" | "title" | "postDate" | "postDateGmt" | "content">): string {
  const id = item.postId.trim();
  if (id) return id.slice(0, 200);
  const guid = item.guid.trim();
  if (guid) return boundedKey("guid:", guid);
  const link = item.link.trim();
  if (link) return boundedKey("link:", link);
  return `digest:${createHash("sha256").update(JSON.stringify([item.title, item.postDateGmt || item.postDate, item.content])).digest("hex")}`;
}

/** A comment's `wp:comment_id`, else a digest of its post, author, date and text. */
export function commentKey(post: string, comment: Pick<WxrComment, "id" | "author" | "date" | "dateGmt" | "content">): string {
  const id = comment.id.trim();
  if (id) return id.slice(0, 200);
  return `digest:${createHash("sha256").update(JSON.stringify([post, comment.author.trim(), comment.dateGmt.trim() || comment.date.trim(), comment.content])).digest("hex")}`;
}

type Attachment = { id: string; url: string; title: string; alt: string; caption: string; parent: string };

/** What the first pass keeps: small, whatever the size of the file. */
type Survey = {
  channel: WxrChannel;
  authors: WxrAuthor[];
  categories: WxrCategory[];
  tags: WxrTag[];
  attachments: Map<string, Attachment>;
  attachmentsByParent: Map<string, string[]>;
  items: number;
  invalidCharacters: number;
};

async function survey(file: string, onProgress?: (done: number) => void, signal?: AbortSignal): Promise<Survey> {
  const authors: WxrAuthor[] = [];
  const categories: WxrCategory[] = [];
  const tags: WxrTag[] = [];
  const attachments = new Map<string, Attachment>();
  const attachmentsByParent = new Map<string, string[]>();
  let items = 0;
  const { channel, invalidCharacters } = await readWxr(file, {
    author: (author) => void authors.push(author),
    category: (category) => void categories.push(category),
    tag: (tag) => void tags.push(tag),
    item: (item) => {
      if (signal?.aborted) throw new ImportCancelledError();
      items++;
      if (items % 500 === 0) onProgress?.(items);
      if (item.postType !== "attachment" || !item.postId) return;
      const url = (item.attachmentUrl || item.link).trim();
      attachments.set(item.postId, {
        id: item.postId,
        url,
        title: htmlToSingleLine(item.title, 300),
        alt: toSingleLine(item.meta._wp_attachment_image_alt ?? "", 300),
        caption: htmlToPlainText(item.excerpt).slice(0, 1_000),
        parent: item.postParent.trim(),
      });
      if (item.postParent && item.postParent !== "0") {
        const list = attachmentsByParent.get(item.postParent) ?? [];
        list.push(item.postId);
        attachmentsByParent.set(item.postParent, list);
      }
    },
  });
  return { channel, authors, categories, tags, attachments, attachmentsByParent, items, invalidCharacters };
}

/** The part of an image address that names the file inside wp-content/uploads: "2013/03/photo.jpg". */
export function uploadsRelativePath(url: string): string | null {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url.startsWith("//") ? `https:${url}` : url).pathname);
  } catch {
    return null;
  }
  const marker = pathname.indexOf("/wp-content/uploads/");
  let relative = marker >= 0 ? pathname.slice(marker + "/wp-content/uploads/".length) : null;
  if (!relative) {
    // WordPress.com and CDNs: /2013/03/photo.jpg, or /files/2013/03/photo.jpg
    const match = /(?:^|\/)(\d{4}\/\d{2}\/[^/]+)$/.exec(pathname);
    relative = match ? match[1]! : null;
  }
  if (!relative || relative.includes("..") || relative.includes("\0")) return null;
  return relative.replace(/^\/+/, "");
}

type KeyedComment = { comment: WxrComment; key: string };

/** An id shaped like the database's own (a cuid: "c", the time in base 36, then random hex). */
const newRecordId = () => `c${Date.now().toString(36)}${randomBytes(10).toString("hex")}`;

/** Comments written per transaction: a few milliseconds of SQLite's write lock each. */
const COMMENT_BATCH = 200;

/** Thrown between two writes when the import was asked to stop; what was written is kept. */
export class ImportCancelledError extends Error {
  constructor() {
    super("The import was cancelled. What was imported before is kept; import the same file again to resume.");
  }
}

class Importer {
  readonly report: ImportReport;
  private readonly source: string;
  private readonly dryRun: boolean;
  private readonly inviteAuthors: boolean;
  private readonly actorId: string | null;
  private readonly uploadsDir: string | null;
  private readonly listLimit: number;
  private readonly signal: AbortSignal | undefined;
  private readonly authorIds = new Map<string, string>();
  private readonly categoryIds = new Map<string, string>();
  private readonly tagIds = new Map<string, string>();
  private readonly imageCache = new Map<string, { url: string; mediaId: string } | null>();
  /** Images already reported for the post being imported (reset with each post). */
  private seenImageNotes = new Set<string>();

  constructor(
    readonly file: string,
    private readonly survey: Survey,
    options: ImportOptions,
  ) {
    this.dryRun = Boolean(options.dryRun);
    this.inviteAuthors = Boolean(options.inviteAuthors);
    this.actorId = options.actorId ?? null;
    this.uploadsDir = options.uploadsDir ? path.resolve(options.uploadsDir) : null;
    this.listLimit = options.reportListLimit ?? 500;
    this.signal = options.signal;
    const site = survey.channel.baseBlogUrl || survey.channel.link || survey.channel.baseSiteUrl || "unknown";
    this.source = `wordpress:${site.replace(/\/+$/, "")}`.slice(0, 300);
    this.report = {
      file: path.basename(file),
      source: this.source,
      siteTitle: survey.channel.title,
      wxrVersion: survey.channel.wxrVersion,
      dryRun: this.dryRun,
      authors: { ...count(), invited: 0 },
      categories: count(),
      tags: count(),
      posts: { ...count(), published: 0, scheduled: 0, drafts: 0, inReview: 0 },
      pages: count(),
      comments: { ...count(), approved: 0, pending: 0, spam: 0, trash: 0 },
      liveUpdates: liveblogCount(),
      images: { imported: 0, existing: 0, missing: 0 },
      skipped: {},
      notes: [],
      notesLeftOut: 0,
      missingImages: [],
      missingImagesLeftOut: 0,
      addressesKept: [],
      addressesKeptLeftOut: 0,
      invalidCharacters: survey.invalidCharacters,
      items: survey.items,
      seconds: 0,
      itemsPerSecond: 0,
    };
  }

  private note(post: WxrItem, note: string) {
    if (this.report.notes.length < this.listLimit) this.report.notes.push({ post: post.postId || `at line ${post.line}`, title: htmlToSingleLine(post.title, 120), note });
    else this.report.notesLeftOut++;
  }

  throwIfCancelled() {
    if (this.signal?.aborted) throw new ImportCancelledError();
  }

  /** An old address this site's item would have answered, which another site's import holds. */
  private claimed(address: string, site: string) {
    if (this.report.addressesKept.length < this.listLimit) this.report.addressesKept.push({ address, site: site.replace(/^wordpress:/, "") });
    else this.report.addressesKeptLeftOut++;
  }

  private async noteClaimedAddresses(item: WxrItem, externalSlug: string | null) {
    const id = item.postId.trim();
    if (/^\d{1,20}$/.test(id)) {
      const owner = await oldAddressOwner("post", { externalId: id });
      if (owner && owner.source !== this.source) this.claimed(`/?p=${id}`, owner.source);
    }
    if (externalSlug) {
      const owner = await oldAddressOwner("post", { externalSlug });
      if (owner && owner.source !== this.source) this.claimed(`/${externalSlug}/ and its dated forms`, owner.source);
    }
  }

  private skip(reason: string) {
    this.report.skipped[reason] = (this.report.skipped[reason] ?? 0) + 1;
  }

  private async remembered(kind: ImportKind, externalId: string, client: Prisma.TransactionClient | typeof db = db): Promise<string | null> {
    const row = await client.importedItem.findUnique({ where: { source_kind_externalId: { source: this.source, kind, externalId } }, select: { entityId: true } });
    return row?.entityId ?? null;
  }

  private remember(client: Prisma.TransactionClient | typeof db, kind: ImportKind, externalId: string, entityId: string, externalSlug: string | null) {
    return client.importedItem.create({ data: { source: this.source, kind, externalId, entityId, externalSlug: externalSlug?.slice(0, 300) ?? null } });
  }

  // ---- authors ----

  /**
   * With `inviteAuthors`: an account (role Author) and its invitation in the outbox, or null. Called
   * only when importAuthor found no account with this address.
   */
  private async inviteAuthor(email: string, name: string): Promise<{ id: string } | null> {
    if (!this.inviteAuthors || email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null;
    const inviter = this.report.siteTitle ? `The import of “${this.report.siteTitle.slice(0, 100)}”` : "The WordPress import";
    const user = await inviteUser({ email, name: name.slice(0, 100), role: "AUTHOR", inviter, actorId: this.actorId, detail: "AUTHOR (WordPress import)" });
    this.report.authors.invited++;
    return user;
  }

  private async importAuthor(author: WxrAuthor): Promise<string> {
    const login = author.login.trim().slice(0, 200) || "unknown";
    const cached = this.authorIds.get(login);
    if (cached) return cached;
    this.report.authors.found++;
    const known = await this.remembered("author", login);
    if (known) {
      this.report.authors.existing++;
      this.authorIds.set(login, known);
      return known;
    }
    this.report.authors.created++;
    if (this.dryRun) {
      this.authorIds.set(login, `dry-run:${login}`);
      return `dry-run:${login}`;
    }
    // Someone with a dashboard login and the same address is the same person: their byline is used.
    const email = author.email.trim().toLowerCase();
    const staff = email ? await db.user.findUnique({ where: { email }, select: { author: { select: { id: true } } } }) : null;
    let authorId = staff?.author?.id ?? null;
    if (!authorId) {
      const displayName = htmlToSingleLine(author.displayName || [author.firstName, author.lastName].join(" ").trim() || login, 100) || toSingleLine(login, 100) || "Author";
      const handle = await uniqueSlug(slugify(login) || displayName, async (candidate) => (await db.author.count({ where: { handle: candidate } })) > 0);
      const user = staff ? null : await this.inviteAuthor(email, displayName);
      authorId = (await db.author.create({ data: { handle, displayName, userId: user?.id ?? null }, select: { id: true } })).id;
    }
    const owner = await oldAddressOwner("author", { externalSlug: login.toLowerCase() });
    if (owner && owner.source !== this.source) this.claimed(`/author/${login.toLowerCase()}/`, owner.source);
    await this.remember(db, "author", login, authorId, login.toLowerCase());
    this.authorIds.set(login, authorId);
    return authorId;
  }

  // ---- categories and tags ----

  private async importCategories(categories: WxrCategory[]) {
    const byNicename = new Map<string, string>();
    for (const category of categories) {
      const nicename = decodeSlug(category.nicename);
      const externalId = category.termId || nicename;
      if (!externalId) continue;
      this.report.categories.found++;
      let id = await this.remembered("category", externalId);
      if (id) this.report.categories.existing++;
      else {
        const name = htmlToSingleLine(category.name, 100) || toSingleLine(nicename, 100) || "Category";
        const slug = slugify(nicename) || slugify(name) || `category-${externalId}`;
        const existing = await db.category.findUnique({ where: { slug }, select: { id: true } });
        if (existing) this.report.categories.existing++;
        else this.report.categories.created++;
        if (this.dryRun) id = existing?.id ?? `dry-run:${slug}`;
        else {
          id = existing?.id ?? (await db.category.create({ data: { slug, name, description: htmlToPlainText(category.description).slice(0, 1_000) }, select: { id: true } })).id;
          await this.remember(db, "category", externalId, id, nicename);
        }
      }
      byNicename.set(nicename, id);
      this.categoryIds.set(nicename, id);
    }
    if (this.dryRun) return;
    // The tree, once every category exists (a child may come before its parent in the file).
    for (const category of categories) {
      const parent = byNicename.get(decodeSlug(category.parent));
      const id = byNicename.get(decodeSlug(category.nicename));
      if (parent && id && parent !== id) await db.category.updateMany({ where: { id, parentId: null }, data: { parentId: parent } });
    }
  }

  private async importTag(tag: { termId: string; slug: string; name: string }, countIt: boolean): Promise<string | null> {
    const slugKey = decodeSlug(tag.slug) || decodeSlug(tag.name);
    const cached = this.tagIds.get(slugKey);
    if (cached) return cached;
    const externalId = tag.termId || `slug:${slugKey}`;
    if (countIt) this.report.tags.found++;
    let id = await this.remembered("tag", externalId);
    if (id) {
      if (countIt) this.report.tags.existing++;
    } else {
      const name = htmlToSingleLine(tag.name, 100) || toSingleLine(slugKey, 100) || "Tag";
      // A name with no Latin letters or digits (新聞) still needs an address of its own.
      const slug = slugify(slugKey) || slugify(name) || (slugKey ? `tag-${createHash("sha1").update(slugKey).digest("hex").slice(0, 10)}` : "");
      if (!slug) return null;
      const existing = await db.tag.findUnique({ where: { slug }, select: { id: true } });
      if (countIt) {
        if (existing) this.report.tags.existing++;
        else this.report.tags.created++;
      }
      if (this.dryRun) id = existing?.id ?? `dry-run:${slug}`;
      else {
        id = existing?.id ?? (await db.tag.create({ data: { slug, name }, select: { id: true } })).id;
        await this.remember(db, "tag", externalId, id, slugKey);
      }
    }
    this.tagIds.set(slugKey, id);
    return id;
  }

  // ---- images ----

  private async localImage(url: string, alt: string, caption: string): Promise<{ url: string; mediaId: string } | null> {
    const relative = uploadsRelativePath(url);
    if (!relative) return null;
    if (this.imageCache.has(relative)) return this.imageCache.get(relative)!;
    const known = await this.remembered("media", relative);
    if (known) {
      const media = await db.media.findUnique({ where: { id: known }, select: { id: true, url: true } });
      if (media) {
        this.report.images.existing++;
        const found = { url: media.url, mediaId: media.id };
        this.imageCache.set(relative, found);
        return found;
      }
    }
    if (!this.uploadsDir) {
      this.imageCache.set(relative, null);
      return null;
    }
    // The file as named, else the original of a resized copy (photo-300x200.jpg → photo.jpg).
    const candidates = [relative, relative.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, "$1")];
    for (const candidate of candidates) {
      // The file's real place, links followed, must be inside the (real) uploads folder: a symbolic
      // link in a copied folder must not bring /etc/passwd or a key into the media library.
      const full = await realpath(/*turbopackIgnore: true*/ path.resolve(this.uploadsDir, candidate)).catch(() => null);
      if (!full || !full.startsWith(this.uploadsDir + path.sep)) continue;
      const info = await stat(/*turbopackIgnore: true*/ full).catch(() => null);
      if (!info?.isFile()) continue;
      if (info.size > env.UPLOAD_MAX_MB * 1024 * 1024 || info.size === 0) continue;
      if (this.dryRun) {
        this.report.images.imported++;
        const found = { url: `/uploads/${candidate}`, mediaId: "dry-run" };
        this.imageCache.set(relative, found);
        return found;
      }
      try {
        const stored = await storeImageBytes(await readFile(/*turbopackIgnore: true*/ full), path.basename(candidate));
        const media = await db.media.create({
          data: { ...storedMediaFields(stored), filename: path.basename(candidate).slice(0, 200), alt: toSingleLine(alt, 300), caption: caption.slice(0, 1_000) },
          select: { id: true, url: true },
        });
        await this.remember(db, "media", relative, media.id, null);
        this.report.images.imported++;
        const found = { url: media.url, mediaId: media.id };
        this.imageCache.set(relative, found);
        return found;
      } catch (error) {
        if (!(error instanceof UploadError)) throw error;
      }
    }
    this.imageCache.set(relative, null);
    return null;
  }

  private missingImage(post: WxrItem, url: string) {
    if (this.seenImageNotes.has(url)) return;
    this.seenImageNotes.add(url);
    this.report.images.missing++;
    if (this.report.missingImages.length < this.listLimit) this.report.missingImages.push({ post: post.postId, url: url.slice(0, 500) });
    else this.report.missingImagesLeftOut++;
  }

  /** Body figures pointed at the media library's copies; those not found keep their https address. */
  private async localiseFigures(post: WxrItem, document: BodyDocument): Promise<BodyDocument> {
    const visit = async (blocks: Block[]): Promise<Block[]> => {
      const out: Block[] = [];
      for (const block of blocks) {
        if (block.type === "figure") {
          const local = await this.localImage(block.attrs.src, block.attrs.alt, block.attrs.caption);
          if (local) out.push({ ...block, attrs: { ...block.attrs, src: local.url, mediaId: this.dryRun ? null : local.mediaId } });
          else {
            this.missingImage(post, block.attrs.src);
            out.push(block);
          }
        } else if (block.type === "blockquote") out.push({ ...block, content: await visit(block.content) });
        else if (block.type === "bulletList" || block.type === "orderedList") {
          const content = [];
          for (const item of block.content) content.push({ ...item, content: await visit(item.content) });
          out.push({ ...block, content } as Block);
        } else out.push(block);
      }
      return out;
    };
    return { type: "doc", content: await visit(document.content) };
  }

  // ---- posts and comments ----

  async importItem(item: WxrItem) {
    this.seenImageNotes = new Set();
    // A cache only (ImportedItem is the record): bounded whatever the number of images in the export.
    if (this.imageCache.size > 10_000) this.imageCache.clear();
    if (item.postType === "page") {
      await importWordPressPage(
        {
          dryRun: this.dryRun,
          baseUrl: this.survey.channel.baseBlogUrl || this.survey.channel.link,
          count: this.report.pages,
          remembered: (key) => this.remembered("page", key),
          remember: (tx, key, entityId, externalSlug) => this.remember(tx, "page", key, entityId, externalSlug),
          note: (text) => this.note(item, text),
          skip: (reason) => this.skip(reason),
          localiseFigures: (document) => this.localiseFigures(item, document),
        },
        item,
      );
      return;
    }
    if (item.postType !== "post") {
      const kind = item.postType === "page" ? "pages" : item.postType === "attachment" ? "attachments (images are imported with the posts that use them)" : item.postType === "nav_menu_item" ? "navigation menu items" : `${item.postType || "unknown"} items`;
      this.skip(kind);
      return;
    }
    const mapped = mapPostStatus(item.status.trim(), Boolean(item.password.trim()));
    if (!mapped) {
      this.skip(item.status === "trash" ? "posts in the trash" : `posts with status “${item.status.slice(0, 20) || "none"}”`);
      return;
    }
    // Liveblog entries are live updates, never reader replies.
    const liveEntries = takeLiveblogEntries(item);
    this.report.posts.found++;
    for (const field of item.truncated) this.note(item, `${field} was longer than the importer reads and was cut`);
    const key = postKey(item);
    const articleId = await this.remembered("post", key);
    if (articleId) {
      this.report.posts.existing++;
      await this.importComments(item, key, articleId);
      await this.importLiveblog(item, liveEntries, key, articleId);
      return;
    }
    // A body this importer cannot convert (whatever the reason) costs that post, not the import:
    // it is reported and skipped, remembered nowhere, so the next run tries it again and goes on too.
    let conversion: ReturnType<typeof wordpressHtmlToDocument>;
    try {
      conversion = wordpressHtmlToDocument(item.content, {
        baseUrl: this.survey.channel.baseBlogUrl || this.survey.channel.link,
        gallery: (ids) => this.galleryImages(ids, item.postId),
      });
    } catch (error) {
      this.report.posts.found--;
      this.skip("posts whose body could not be converted");
      this.note(item, `line ${item.line}: the body could not be converted (${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}): this post was skipped`);
      return;
    }
    this.report.posts.created++;
    if (mapped.status === ArticleStatus.PUBLISHED) this.report.posts.published++;
    else if (mapped.status === ArticleStatus.SCHEDULED) this.report.posts.scheduled++;
    else if (mapped.status === ArticleStatus.IN_REVIEW) this.report.posts.inReview++;
    else this.report.posts.drafts++;
    if (mapped.note) this.note(item, mapped.note);

    const title = cut(htmlToSingleLine(item.title, 1_000), 200) || "Untitled";
    if (title === "Untitled") this.note(item, "no title: imported as “Untitled”");
    const excerpt = htmlToPlainText(item.excerpt).replace(/\s+/g, " ");
    const standfirst = cut(excerpt, 400);
    if (standfirst.length < excerpt.length) this.note(item, "excerpt longer than a standfirst (400 characters): cut");

    for (const note of conversion.notes) this.note(item, note);
    const document = await this.localiseFigures(item, conversion.document);

    let hero: { url: string; alt: string } | null = null;
    const thumbnail = item.meta._thumbnail_id?.trim();
    if (thumbnail) {
      const attachment = this.survey.attachments.get(thumbnail);
      if (!attachment?.url) this.note(item, `featured image ${thumbnail} is not in the export`);
      else {
        const local = await this.localImage(attachment.url, attachment.alt || attachment.title, attachment.caption);
        if (local) hero = { url: local.url, alt: attachment.alt || attachment.title || "Featured image" };
        else this.missingImage(item, attachment.url);
      }
    }

    const authorLogin = item.creator.trim() || "unknown";
    const known = this.survey.authors.find((author) => author.login === authorLogin);
    const authorId = await this.importAuthor(known ?? { id: "", login: authorLogin, email: "", displayName: authorLogin, firstName: "", lastName: "" });

    const categories = item.terms.filter((term) => term.domain === "category");
    let categoryId: string | null = null;
    for (const term of categories) {
      const id = this.categoryIds.get(decodeSlug(term.nicename));
      if (id && !categoryId) categoryId = id;
    }
    if (categories.length > 1) this.note(item, `in ${categories.length} categories: Gazette keeps one section per article (“${categories[0]!.name.slice(0, 60)}”)`);
    const tagIds: string[] = [];
    for (const term of item.terms.filter((candidate) => candidate.domain === "post_tag")) {
      const id = await this.importTag({ termId: "", slug: term.nicename, name: term.name }, false);
      if (id && !tagIds.includes(id)) tagIds.push(id);
    }

    const date = parseWordPressDate(item.postDateGmt) ?? parseWordPressDate(item.postDate);
    const publishedAt = mapped.status === ArticleStatus.PUBLISHED || mapped.status === ArticleStatus.SCHEDULED ? (date ?? new Date()) : null;
    const externalSlug = decodeSlug(item.postName) || null;

    const comments = await this.freshComments(item, key, true);
    await this.noteClaimedAddresses(item, externalSlug);
    if (this.dryRun) return this.importLiveblog(item, liveEntries, key, null, mapped.status);

    const slug = await uniqueSlug(slugify(externalSlug ?? "") || title, async (candidate) => (await db.article.count({ where: { slug: candidate } })) > 0);
    const created = await db.$transaction(async (tx) => {
      const article = await tx.article.create({
        data: {
          slug,
          title,
          standfirst,
          ...bodyColumns(document),
          status: mapped.status,
          publishedAt,
          firstPublishedAt: mapped.status === ArticleStatus.PUBLISHED ? publishedAt : null,
          authorId,
          categoryId: categoryId?.startsWith("dry-run") ? null : categoryId,
          heroImageUrl: hero?.url ?? null,
          heroImageAlt: hero ? toSingleLine(hero.alt, 300) : null,
          repliesOpen: item.commentStatus.trim() !== "closed",
          createdAt: date ?? undefined,
          bylines: { create: [{ authorId, position: 0 }] },
          tags: { create: tagIds.map((tagId) => ({ tagId })) },
        },
        select: { id: true },
      });
      await this.remember(tx, "post", key, article.id, externalSlug);
      return article;
    });
    // Its comments after, in short transactions of their own (see writeComments).
    if (comments.fresh.length) await this.writeComments(created.id, comments.fresh, comments.replyIds);
    await this.importLiveblog(item, liveEntries, key, created.id, mapped.status);
  }

  private async importLiveblog(item: WxrItem, entries: WxrComment[], postKey: string, articleId: string | null, status?: ArticleStatus) {
    const known = status ?? (articleId ? (await db.article.findUnique({ where: { id: articleId }, select: { status: true } }))?.status : undefined);
    if (!known) return;
    const context = {
      dryRun: this.dryRun,
      baseUrl: this.survey.channel.baseBlogUrl || this.survey.channel.link,
      actorId: this.actorId,
      count: this.report.liveUpdates,
      authors: this.survey.authors,
      importAuthor: (author: WxrAuthor) => this.importAuthor(author),
      remembered: (entry: string) => this.remembered("liveblog", entry),
      remember: (tx: Prisma.TransactionClient, entry: string, entityId: string) => this.remember(tx, "liveblog", entry, entityId, null),
      note: (text: string) => this.note(item, text),
      gallery: (ids: string[] | null) => this.galleryImages(ids, item.postId),
      localiseFigures: (document: BodyDocument) => this.localiseFigures(item, document),
    };
    const date = parseWordPressDate(item.postDateGmt) ?? parseWordPressDate(item.postDate) ?? new Date();
    await importLiveblog(context, item, entries, { id: articleId, status: known, postKey, date });
  }

  private galleryImages(ids: string[] | null, postId: string): GalleryImage[] {
    const list = ids ?? this.survey.attachmentsByParent.get(postId) ?? [];
    return list
      .map((id) => this.survey.attachments.get(id))
      .filter((attachment): attachment is Attachment => Boolean(attachment?.url))
      .map((attachment) => ({ src: attachment.url, alt: attachment.alt || attachment.title, caption: attachment.caption }));
  }

  private countComment(comment: WxrComment, created: boolean) {
    this.report.comments.found++;
    if (!created) {
      this.report.comments.existing++;
      return;
    }
    this.report.comments.created++;
    const status = mapCommentStatus(comment.approved);
    if (status === ReplyStatus.APPROVED) this.report.comments.approved++;
    else if (status === ReplyStatus.PENDING) this.report.comments.pending++;
    else if (status === ReplyStatus.SPAM) this.report.comments.spam++;
    else this.report.comments.trash++;
  }

  /** The post's comments not imported yet (counted for the report), and the keys of those that were. */
  private async freshComments(item: WxrItem, post: string, postIsNew: boolean): Promise<{ fresh: KeyedComment[]; replyIds: Map<string, string> }> {
    const keyed = item.comments.map((comment) => ({ comment, key: commentKey(post, comment) }));
    const replyIds = new Map<string, string>();
    if (!postIsNew) {
      const keys = keyed.map(({ key }) => key);
      for (let start = 0; start < keys.length; start += 500) {
        const known = await db.importedItem.findMany({ where: { source: this.source, kind: "comment", externalId: { in: keys.slice(start, start + 500) } }, select: { externalId: true, entityId: true } });
        for (const row of known) replyIds.set(row.externalId, row.entityId);
      }
    }
    const fresh: KeyedComment[] = [];
    for (const entry of keyed) {
      if (replyIds.has(entry.key)) this.countComment(entry.comment, false);
      else {
        this.countComment(entry.comment, true);
        fresh.push(entry);
      }
    }
    return { fresh, replyIds };
  }

  /** New comments of an article imported before (a later export of the same site, or a resumed run). */
  private async importComments(item: WxrItem, post: string, articleId: string) {
    if (!item.comments.length) return;
    const { fresh, replyIds } = await this.freshComments(item, post, false);
    if (this.dryRun || !fresh.length) return;
    await this.writeComments(articleId, fresh, replyIds);
  }

  /**
   * Comments in batches of COMMENT_BATCH, each batch with its ImportedItem rows in one short
   * transaction: on SQLite a transaction holds the only write lock, and one post with 20,000
   * comments written at once kept readers' replies waiting for half a minute. A run stopped between
   * batches resumes with the comments not remembered yet.
   */
  private async writeComments(articleId: string, fresh: KeyedComment[], replyIds: Map<string, string>) {
    const waiting: { replyId: string; parent: string }[] = [];
    const rememberedKeys = new Set<string>();
    for (let start = 0; start < fresh.length; start += COMMENT_BATCH) {
      this.throwIfCancelled();
      const batch = fresh.slice(start, start + COMMENT_BATCH);
      // Ids made here, so that a batch is two statements (its replies, then what is remembered) and
      // an answer to a comment of the same batch gets its parent at once: one statement a comment
      // made 20,000 comments take about 50 s.
      const replies: Prisma.ReplyCreateManyInput[] = [];
      const remembered: Prisma.ImportedItemCreateManyInput[] = [];
      for (const { comment, key } of batch) {
        const id = newRecordId();
        const website = comment.authorUrl.trim();
        const date = parseWordPressDate(comment.dateGmt) ?? parseWordPressDate(comment.date) ?? new Date();
        const parent = comment.parent.trim();
        const parentId = parent && parent !== "0" ? (replyIds.get(parent) ?? null) : null;
        const status = mapCommentStatus(comment.approved);
        replies.push({
          id,
          articleId,
          parentId,
          authorName: htmlToSingleLine(comment.author, 100) || "Anonymous",
          authorEmail: comment.authorEmail.trim().slice(0, 254),
          authorWebsite: /^https?:\/\/[^\s]+$/i.test(website) ? website.slice(0, 200) : null,
          body: htmlToPlainText(comment.content) || "(empty comment)",
          status,
          createdAt: date,
          moderatedAt: status === ReplyStatus.PENDING ? null : date,
        });
        // The same comment twice in one post (a hand-edited export) is remembered once.
        if (!rememberedKeys.has(key)) {
          rememberedKeys.add(key);
          replyIds.set(key, id);
          remembered.push({ source: this.source, kind: "comment", externalId: key, entityId: id });
        }
        if (parent && parent !== "0" && !parentId) waiting.push({ replyId: id, parent });
      }
      await db.$transaction([db.reply.createMany({ data: replies }), ...(remembered.length ? [db.importedItem.createMany({ data: remembered })] : [])]);
    }
    // Answers that came before the comment they answer, in the file.
    for (let start = 0; start < waiting.length; start += COMMENT_BATCH) {
      await db.$transaction(async (tx) => {
        for (const { replyId, parent } of waiting.slice(start, start + COMMENT_BATCH)) {
          const parentId = replyIds.get(parent);
          if (parentId) await tx.reply.update({ where: { id: replyId }, data: { parentId } });
        }
      });
    }
  }

  async importTerms() {
    for (const author of this.survey.authors) await this.importAuthor(author);
    await this.importCategories(this.survey.categories);
    for (const tag of this.survey.tags) await this.importTag(tag, true);
  }
}

/** Import a WXR file. Throws WxrSyntaxError (nothing written) when the file is malformed. */
export async function importWordPress(file: string, options: ImportOptions = {}): Promise<ImportReport> {
  const started = Date.now();
  await access(/*turbopackIgnore: true*/ file);
  const found = await survey(file, (done) => options.onProgress?.({ phase: "checking", done, total: 0 }), options.signal);
  let uploadsDir: string | null = null;
  if (options.uploadsDir) {
    const info = await stat(/*turbopackIgnore: true*/ options.uploadsDir).catch(() => null);
    if (!info?.isDirectory()) throw new Error(`--uploads ${options.uploadsDir} is not a folder.`);
    uploadsDir = await realpath(/*turbopackIgnore: true*/ options.uploadsDir);
  }
  const importer = new Importer(file, found, { ...options, uploadsDir });
  try {
    await importer.importTerms();
    let done = 0;
    await readWxr(file, {
      item: async (item) => {
        importer.throwIfCancelled();
        await importer.importItem(item);
        done++;
        options.onProgress?.({ phase: "importing", done, total: found.items });
      },
    });
  } finally {
    // Even a cancelled or stopped import may have written articles: every reader page expires, from
    // the dashboard or the command line alike (lib/cache/tags.ts).
    if (!options.dryRun) expireEverything();
  }
  const seconds = (Date.now() - started) / 1000;
  importer.report.seconds = Math.round(seconds * 10) / 10;
  importer.report.itemsPerSecond = Math.round(found.items / Math.max(seconds, 0.001));
  if (!options.dryRun) {
    const { report } = importer;
    await db.auditEvent.create({
      data: {
        actorId: options.actorId ?? null,
        action: "wordpress.import",
        entityType: "import",
        entityId: report.source.slice(0, 200),
        detail: `${report.posts.created} posts, ${report.comments.created} comments${options.actorId ? "" : " (command line)"}`,
      },
    });
  }
  return importer.report;
}
