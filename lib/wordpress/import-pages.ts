// WordPress pages (post_type "page": About, Contact, …) become the site's own pages, at
// the same address they had (/about/ → /about) when it is free, published when they were published
// without a password. Importing again finds them through ImportedItem and creates nothing twice.
import { slugify, uniqueSlug } from "@/lib/content/slug";
import type { BodyDocument } from "@/lib/content/document";
import { bodyColumns } from "@/lib/content/stored-body";
import { db, type Prisma } from "@/lib/db";
import { PageSlugSchema } from "@/lib/pages/schemas";
import { htmlToSingleLine, wordpressHtmlToDocument } from "./html-to-document";
import { decodeSlug } from "./import-mapping";
import type { WxrItem } from "./wxr-reader";

export type PageImportContext = {
  dryRun: boolean;
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
  const title = htmlToSingleLine(item.title, 1_000).slice(0, 120) || "Untitled page";
  const published = status === "publish" && !item.password.trim();
  if (status === "publish" && item.password.trim()) context.note("password-protected on WordPress: imported as a draft page");
  const externalSlug = decodeSlug(item.postName) || null;
  context.count.created++;
  if (context.dryRun) return;

  const base = slugify(externalSlug ?? "") || slugify(title) || "page";
  const wanted = PageSlugSchema.safeParse(base).success ? base : `page-${base}`.slice(0, 80);
  const slug = await uniqueSlug(wanted, async (candidate) => (await db.sitePage.count({ where: { slug: candidate } })) > 0 || !PageSlugSchema.safeParse(candidate).success);
  if (slug !== base) context.note(`the page's address /${base} was taken: imported at /${slug}`);
  await db.$transaction(async (tx) => {
    const page = await tx.sitePage.create({ data: { slug, title, published, ...bodyColumns(document) }, select: { id: true } });
    await context.remember(tx, key, page.id, externalSlug);
  });
}
