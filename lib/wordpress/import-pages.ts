// WordPress pages (post_type "page": About, Contact, …) become the site's own pages, at
// the same address they had (/about/ → /about) when it is free, published when they were published
// without a password. Importing again finds them through ImportedItem and creates nothing twice.
// Written through the pages' import entry (lib/pages/import.ts: the address rule, the audit event and
// the expiry go with the write).
import type { BodyDocument } from "@/lib/content/document";
import type { Prisma } from "@/lib/db";
import type { ImportActor } from "@/lib/import-actor";
import { importSitePage } from "@/lib/pages/import";
import { htmlToSingleLine, wordpressHtmlToDocument } from "./html-to-document";
import { decodeSlug } from "./import-mapping";
import type { WxrItem } from "./wxr-reader";

export type PageImportContext = {
  /** The edition the page goes to (its Polylang language's, else the default). */
  editionId: string;
  /** Why it is not in its language's edition, when it is not. */
  editionNote: string | null;
  dryRun: boolean;
  actor: ImportActor;
  /** Where it comes from, for the audit log. */
  source: string;
  baseUrl: string;
  count: { found: number; created: number; existing: number };
  remembered: (key: string) => Promise<string | null>;
  remember: (client: Prisma.TransactionClient, key: string, entityId: string, externalSlug: string | null) => Promise<unknown>;
  note: (text: string) => void;
  skip: (reason: string) => void;
  /** The importer's own image handling (copies figures into the media library). */
  localiseFigures: (document: BodyDocument) => Promise<BodyDocument>;
};

export async function importWordPressPage(context: PageImportContext, item: WxrItem): Promise<void> {
  const status = item.status.trim();
  if (!["publish", "draft", "private", "pending", "future"].includes(status)) {
    context.skip(status === "trash" ? "pages in the trash" : `pages with status “${status.slice(0, 20) || "none"}”`);
    return;
  }
  context.count.found++;
  const key = item.postId.trim() || `page:${item.guid || item.link || item.title}`.slice(0, 300);
  if (await context.remembered(key)) {
    context.count.existing++;
    return;
  }
  let document: BodyDocument;
  try {
    document = await context.localiseFigures(wordpressHtmlToDocument(item.content, { baseUrl: context.baseUrl, gallery: () => [] }).document);
  } catch (error) {
    context.count.found--;
    context.skip("pages whose body could not be converted");
    context.note(`line ${item.line}: the page's body could not be converted (${error instanceof Error ? error.message.slice(0, 200) : "unknown error"}): skipped`);
    return;
  }
  const title = htmlToSingleLine(item.title, 1_000) || "Untitled page";
  const published = status === "publish" && !item.password.trim();
  if (status === "publish" && item.password.trim()) context.note("password-protected on WordPress: imported as a draft page");
  const externalSlug = decodeSlug(item.postName) || null;
  context.count.created++;
  if (context.editionNote) context.note(context.editionNote);
  if (context.dryRun) return;

  const page = await importSitePage(context.actor, { wantedSlug: externalSlug ?? "", title, body: document, published, source: context.source, editionId: context.editionId }, (tx, pageId) =>
    context.remember(tx, key, pageId, externalSlug),
  );
  if (page.slug !== page.asked) context.note(`the page's address /${page.asked} was taken: imported at /${page.slug}`);
}
