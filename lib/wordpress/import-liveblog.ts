// Automattic's Liveblog plugin (docs/decisions/041-liveblog-import-export.md): a live post's entries
// are comments of the post whose comment_type (and comment_approved) is "liveblog". An edit is a new
// entry whose comment meta "liveblog_replaces" names the entry it replaces (the plugin also rewrites
// the original's text), a deletion is such an entry with no text, a key event carries the comment
// meta "liveblog_key_entry" = "true" (and the "/key" command in its text), and the post meta
// "liveblog" says "enable" (live) or "archive" (ended). Here each entry and its replacements collapse
// into ONE live update whose edits are its history (the plugin's readers sometimes saw duplicates);
// deleted entries are left out; none of them becomes a reader reply. Written through lib/live, so the
// history, audit events and cache expiry are the desk's own.
import { createHash } from "node:crypto";
import type { BodyDocument } from "@/lib/content/document";
import { ArticleStatus, db, type Prisma } from "@/lib/db";
import { endImportedLiveCoverage, importLiveCoverage, importLiveUpdate, type ImportedLiveText } from "@/lib/live/import";
import { LIVE_FIELD_MAX, documentHasContent } from "@/lib/live/schemas";
import { htmlToSingleLine, wordpressHtmlToDocument, type GalleryImage } from "./html-to-document";
import { parseWordPressDate } from "./import-mapping";
import type { WxrAuthor, WxrComment, WxrItem } from "./wxr-reader";

export const LIVEBLOG_TYPE = "liveblog";
export const LIVEBLOG_META = { state: "liveblog", replaces: "liveblog_replaces", keyEntry: "liveblog_key_entry", headline: "_gazette_liveblog_headline" } as const;

/** Bounds for a hostile file: entries (after collapsing) per post, versions kept per entry, replacement chains followed. */
export const LIVEBLOG_LIMITS = { updatesPerPost: 5_000, versionsPerUpdate: 50, chain: 50 } as const;

export type LiveblogCount = { found: number; created: number; existing: number; edits: number; deleted: number; coverage: number };
export const liveblogCount = (): LiveblogCount => ({ found: 0, created: 0, existing: 0, edits: 0, deleted: 0, coverage: 0 });

/** Take the post's Liveblog entries out of its comments (what stays is imported as reader replies). */
export function takeLiveblogEntries(item: WxrItem): WxrComment[] {
  const entries = item.comments.filter((comment) => comment.type.trim() === LIVEBLOG_TYPE);
  if (entries.length) item.comments = item.comments.filter((comment) => comment.type.trim() !== LIVEBLOG_TYPE);
  return entries;
}

export type LiveblogVersion = { at: Date; html: string; headline: string; keyEvent: boolean };
export type CollapsedEntry = { key: string; author: { name: string; email: string }; versions: [LiveblogVersion, ...LiveblogVersion[]] };

const KEY_COMMAND_SPAN = /<span class="liveblog-command type-key">\s*key\s*<\/span>/gi;
const COMMAND_SPAN = /<span class="liveblog-command type-[\w-]+">\s*([\w-]+)\s*<\/span>/gi;
const KEY_COMMAND_TEXT = /(^|[\s>])\/key\b/gi;

/** An entry's text without the plugin's command markup ("/key" is a key event, not words). */
export function liveblogEntryHtml(content: string): { html: string; keyCommand: boolean } {
  const keyCommand = KEY_COMMAND_SPAN.test(content) || KEY_COMMAND_TEXT.test(content);
  KEY_COMMAND_SPAN.lastIndex = 0;
  KEY_COMMAND_TEXT.lastIndex = 0;
  const html = content.replace(KEY_COMMAND_SPAN, "").replace(KEY_COMMAND_TEXT, "$1").replace(COMMAND_SPAN, "$1").trim();
  return { html, keyCommand };
}

const idOf = (comment: WxrComment, post: string) =>
  comment.id.trim().slice(0, 100) || `digest:${createHash("sha256").update(JSON.stringify([post, comment.author, comment.dateGmt || comment.date, comment.content])).digest("hex")}`;
const numeric = (id: string) => (/^\d{1,15}$/.test(id) ? Number(id) : Number.MAX_SAFE_INTEGER);

/**
 * The post's entries as the plugin shows them: each original with its replacements in order, the
 * last text winning; an entry whose last replacement is empty (or that was trashed) is deleted.
 */
export function collapseLiveblogEntries(
  entries: WxrComment[],
  post: string,
  fallbackDate: Date,
): { updates: CollapsedEntry[]; deleted: number; edits: number; dropped: number } {
  const byId = new Map<string, WxrComment>();
  for (const entry of entries) if (!byId.has(idOf(entry, post))) byId.set(idOf(entry, post), entry);
  const dateOf = (comment: WxrComment) => parseWordPressDate(comment.dateGmt) ?? parseWordPressDate(comment.date) ?? fallbackDate;
  const replaces = (comment: WxrComment) => (comment.meta[LIVEBLOG_META.replaces] ?? "").trim();
  // The entry a replacement belongs to: follow "replaces" to the first entry that replaces nothing.
  const rootOf = (id: string): string => {
    let current = id;
    for (let step = 0; step < LIVEBLOG_LIMITS.chain; step++) {
      const target = replaces(byId.get(current)!);
      if (!target || target === current) return current;
      // The original is not in the file (the plugin deleted it for good): its replacements still group.
      if (!byId.has(target)) return target;
      current = target;
    }
    return current;
  };
  const groups = new Map<string, WxrComment[]>();
  for (const [id, comment] of byId) {
    const root = rootOf(id);
    const list = groups.get(root) ?? [];
    list.push(comment);
    groups.set(root, list);
  }
  const updates: CollapsedEntry[] = [];
  let deleted = 0;
  let edits = 0;
  for (const [root, list] of groups) {
    // The original first (it replaces nothing), then its replacements by time (ids break ties).
    list.sort((a, b) => Number(Boolean(replaces(a))) - Number(Boolean(replaces(b))) || dateOf(a).getTime() - dateOf(b).getTime() || numeric(idOf(a, post)) - numeric(idOf(b, post)));
    const original = list[0]!;
    const last = list.at(-1)!;
    const status = original.approved.trim();
    if ((list.length > 1 && !last.content.trim()) || status === "trash" || status === "spam" || !original.content.trim()) {
      deleted++;
      continue;
    }
    const originalKey = original.meta[LIVEBLOG_META.keyEntry]?.trim() === "true";
    const versions = list
      .filter((comment) => comment.content.trim())
      .map((comment, index, all): LiveblogVersion => {
        const { html, keyCommand } = liveblogEntryHtml(comment.content);
        const keyMeta = comment.meta[LIVEBLOG_META.keyEntry]?.trim() === "true";
        return {
          at: dateOf(comment),
          html,
          headline: htmlToSingleLine(comment.meta[LIVEBLOG_META.headline] ?? "", LIVE_FIELD_MAX.headline),
          keyEvent: keyMeta || keyCommand || (index === all.length - 1 && originalKey),
        };
      });
    // A long chain keeps its first text and its latest ones.
    const kept = versions.length > LIVEBLOG_LIMITS.versionsPerUpdate ? [versions[0]!, ...versions.slice(-(LIVEBLOG_LIMITS.versionsPerUpdate - 1))] : versions;
    edits += kept.length - 1;
    updates.push({ key: root, author: { name: original.author, email: original.authorEmail.trim().toLowerCase() }, versions: kept as CollapsedEntry["versions"] });
  }
  updates.sort((a, b) => a.versions[0].at.getTime() - b.versions[0].at.getTime() || numeric(a.key) - numeric(b.key));
  const dropped = Math.max(0, updates.length - LIVEBLOG_LIMITS.updatesPerPost);
  return { updates: updates.slice(0, LIVEBLOG_LIMITS.updatesPerPost), deleted, edits, dropped };
}

export type LiveblogImportContext = {
  dryRun: boolean;
  baseUrl: string;
  actorId: string | null;
  count: LiveblogCount;
  authors: WxrAuthor[];
  importAuthor: (author: WxrAuthor) => Promise<string>;
  remembered: (key: string) => Promise<string | null>;
  remember: (client: Prisma.TransactionClient, key: string, entityId: string) => Promise<unknown>;
  note: (text: string) => void;
  gallery: (ids: string[] | null) => GalleryImage[];
  localiseFigures: (document: BodyDocument) => Promise<BodyDocument>;
};

/** The post's state in the plugin: live ("enable"), ended ("archive"), or entries without a state (ended). */
export function liveblogState(item: WxrItem): "live" | "ended" {
  return (item.meta[LIVEBLOG_META.state] ?? "").trim() === "enable" ? "live" : "ended";
}

/** Whether the post is a Liveblog post at all. */
export const isLiveblogPost = (item: WxrItem, entries: WxrComment[]) => entries.length > 0 || ["enable", "archive"].includes((item.meta[LIVEBLOG_META.state] ?? "").trim());

/**
 * Import a Liveblog post's entries into its article's live coverage (articleId null: a dry run of a
 * new post). Entries imported before (ImportedItem "liveblog") are counted, not written twice.
 */
export async function importLiveblog(ctx: LiveblogImportContext, item: WxrItem, entries: WxrComment[], article: { id: string | null; status: ArticleStatus; postKey: string; date: Date }) {
  if (!isLiveblogPost(item, entries)) return;
  if (article.status !== ArticleStatus.PUBLISHED && article.status !== ArticleStatus.SCHEDULED) {
    if (entries.length) ctx.note(`a Liveblog post that is not published or scheduled here: its ${entries.length} entries were not imported`);
    return;
  }
  const { updates, deleted, dropped } = collapseLiveblogEntries(entries, article.postKey, article.date);
  ctx.count.coverage++;
  ctx.count.deleted += deleted;
  if (dropped) ctx.note(`more than ${LIVEBLOG_LIMITS.updatesPerPost} Liveblog entries: the ${dropped} newest were left out`);
  const fresh: CollapsedEntry[] = [];
  for (const update of updates) {
    ctx.count.found++;
    if (await ctx.remembered(`${article.postKey}:${update.key}`)) ctx.count.existing++;
    else {
      ctx.count.created++;
      ctx.count.edits += update.versions.length - 1;
      fresh.push(update);
    }
  }
  if (ctx.dryRun || !article.id) return;
  const actor = ctx.actorId ? { id: ctx.actorId } : null;
  await importLiveCoverage(article.id, { startedAt: updates[0]?.versions[0].at ?? article.date }, actor);
  for (const update of fresh) {
    const versions: ImportedLiveText[] = [];
    for (const version of update.versions) {
      const document = await toDocument(ctx, version.html, item);
      if (document) versions.push({ headline: version.headline, body: document, keyEvent: version.keyEvent, at: version.at });
    }
    if (!versions.length) {
      ctx.note(`Liveblog entry ${update.key.slice(0, 40)} has no text that could be kept: left out`);
      continue;
    }
    const author = await resolveAuthor(ctx, update.author);
    await importLiveUpdate(article.id, { ...author, versions: versions as [ImportedLiveText, ...ImportedLiveText[]] }, actor, (tx, id) => ctx.remember(tx, `${article.postKey}:${update.key}`, id));
  }
  if (liveblogState(item) === "ended") {
    const last = updates.flatMap((update) => update.versions.map((version) => version.at.getTime()));
    await endImportedLiveCoverage(article.id, new Date(Math.max(article.date.getTime(), ...last)), actor);
  }
}

async function toDocument(ctx: LiveblogImportContext, html: string, item: WxrItem): Promise<BodyDocument | null> {
  try {
    const conversion = wordpressHtmlToDocument(html, { baseUrl: ctx.baseUrl, gallery: (ids) => ctx.gallery(ids) });
    const document = await ctx.localiseFigures(conversion.document);
    return documentHasContent(document) ? document : null;
  } catch (error) {
    ctx.note(`line ${item.line}: a Liveblog entry could not be converted (${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}): left out`);
    return null;
  }
}

/** The entry's writer: the export's author with that address or name, else a byline of that name. */
async function resolveAuthor(ctx: LiveblogImportContext, author: { name: string; email: string }): Promise<{ authorId: string | null; bylineId: string | null }> {
  const name = htmlToSingleLine(author.name, 100);
  const known =
    (author.email && ctx.authors.find((candidate) => candidate.email.trim().toLowerCase() === author.email)) ||
    (name && ctx.authors.find((candidate) => candidate.displayName === name || candidate.login === name));
  if (!known && !name) return { authorId: null, bylineId: null };
  const bylineId = await ctx.importAuthor(known || { id: "", login: name, email: "", displayName: name, firstName: "", lastName: "" });
  const profile = await db.author.findUnique({ where: { id: bylineId }, select: { userId: true } });
  return { authorId: profile?.userId ?? null, bylineId: profile ? bylineId : null };
}
