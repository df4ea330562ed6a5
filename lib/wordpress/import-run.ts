// One import's state, shared by the importer of each kind of item (import-authors.ts, import-terms.ts,
// import-images.ts, import-posts.ts, import-comments.ts): the options, the report it fills, the ids
// it has met, and what it remembers in ImportedItem so that a second run creates nothing twice.
import path from "node:path";
import { db, type Prisma } from "@/lib/db";
import type { ImportActor } from "@/lib/import-actor";
import { htmlToSingleLine } from "./html-to-document";
import { editionsCount, type EditionsCount, type ImportEditions, type PolylangSurvey, type TranslationsCount, translationsCount } from "./import-editions";
import { liveblogCount, type LiveblogCount } from "./import-liveblog";
import { oldAddressOwner } from "./old-address-owner";
import type { WxrAuthor, WxrCategory, WxrChannel, WxrItem, WxrTag } from "./wxr-reader";

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

export type Count = { found: number; created: number; existing: number };
export const count = (): Count => ({ found: 0, created: 0, existing: 0 });

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
  /** Polylang's languages as editions (lib/wordpress/import-editions.ts); all zero for a site without it. */
  editions: EditionsCount;
  /** Polylang's translation groups as linked versions of a story. */
  translations: TranslationsCount;
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

export type Attachment = { id: string; url: string; title: string; alt: string; caption: string; parent: string };

/** What the first pass keeps: small, whatever the size of the file. */
export type Survey = {
  channel: WxrChannel;
  authors: WxrAuthor[];
  categories: WxrCategory[];
  tags: WxrTag[];
  attachments: Map<string, Attachment>;
  attachmentsByParent: Map<string, string[]>;
  /** Polylang's languages and translation groups, and which items use them. */
  polylang: PolylangSurvey;
  items: number;
  invalidCharacters: number;
};

/** Thrown between two writes when the import was asked to stop; what was written is kept. */
export class ImportCancelledError extends Error {
  constructor() {
    super("The import was cancelled. What was imported before is kept; import the same file again to resume.");
  }
}

export class ImportRun {
  readonly report: ImportReport;
  readonly source: string;
  readonly dryRun: boolean;
  readonly inviteAuthors: boolean;
  readonly actorId: string | null;
  /** Who the domains' import entries write as (lib/import-actor.ts). */
  readonly actor: ImportActor;
  readonly uploadsDir: string | null;
  readonly listLimit: number;
  readonly signal: AbortSignal | undefined;
  readonly authorIds = new Map<string, string>();
  /** Sections and topics made or found, by `termKey(edition, slug)`: one term may be in several editions. */
  readonly categoryIds = new Map<string, string>();
  readonly tagIds = new Map<string, string>();
  /**
   * Which edition each item and term goes to: set by importEditions (./import-editions.ts) before
   * any term or post is imported; without Polylang, the default edition for everything.
   */
  editions!: ImportEditions;
  readonly imageCache = new Map<string, { url: string; mediaId: string } | null>();
  /** Images already reported for the post being imported (reset with each post). */
  seenImageNotes = new Set<string>();

  constructor(
    readonly file: string,
    readonly survey: Survey,
    options: ImportOptions,
  ) {
    this.dryRun = Boolean(options.dryRun);
    this.inviteAuthors = Boolean(options.inviteAuthors);
    this.actorId = options.actorId ?? null;
    this.actor = this.actorId ? { id: this.actorId } : null;
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
      editions: editionsCount(),
      translations: translationsCount(),
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

  note(post: WxrItem, note: string) {
    if (this.report.notes.length < this.listLimit) this.report.notes.push({ post: post.postId || `at line ${post.line}`, title: htmlToSingleLine(post.title, 120), note });
    else this.report.notesLeftOut++;
  }

  throwIfCancelled() {
    if (this.signal?.aborted) throw new ImportCancelledError();
  }

  /** An old address this site's item would have answered, which another site's import holds. */
  claimed(address: string, site: string) {
    if (this.report.addressesKept.length < this.listLimit) this.report.addressesKept.push({ address, site: site.replace(/^wordpress:/, "") });
    else this.report.addressesKeptLeftOut++;
  }

  async noteClaimedAddresses(item: WxrItem, externalSlug: string | null) {
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

  skip(reason: string) {
    this.report.skipped[reason] = (this.report.skipped[reason] ?? 0) + 1;
  }

  async remembered(kind: ImportKind, externalId: string, client: Prisma.TransactionClient | typeof db = db): Promise<string | null> {
    const row = await client.importedItem.findUnique({ where: { source_kind_externalId: { source: this.source, kind, externalId } }, select: { entityId: true } });
    return row?.entityId ?? null;
  }

  remember(client: Prisma.TransactionClient | typeof db, kind: ImportKind, externalId: string, entityId: string, externalSlug: string | null) {
    return client.importedItem.create({ data: { source: this.source, kind, externalId, entityId, externalSlug: externalSlug?.slice(0, 300) ?? null } });
  }
}
