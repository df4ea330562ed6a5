// The site's own pages brought in from elsewhere (the WordPress importer's pages,
// lib/wordpress/import-pages.ts): the import's entry into the pages' write path. The page gets an
// address the page form would accept (its pattern, no address another part of the site or an edition
// answers, unique) and the form's title limit, its audit event in the same transaction, and the pages it
// changes expire as the dashboard's save expires them (./expiry.ts). No "server-only": the command
// line imports too (docs/decisions/045-imports-through-the-domains.md).
import { expireTags } from "@/lib/cache/tags";
import type { BodyDocument } from "@/lib/content/document";
import { SLUG_MAX_LENGTH, slugify, uniqueSlug } from "@/lib/content/slug";
import { bodyColumns } from "@/lib/content/stored-body";
import { db, type Prisma } from "@/lib/db";
import { defaultEditionId } from "@/lib/editions/owner";
import { isEditionPath } from "@/lib/editions/registry";
import { importAuditDetail, type ImportActor } from "@/lib/import-actor";
import { sitePageWriteTags } from "./expiry";
import { PAGE_TITLE_MAX, PageSlugSchema } from "./schemas";

export type ImportedSitePage = {
  /** The address it had (a slug or a title): made a page address, and unique. */
  wantedSlug: string;
  title: string;
  body: BodyDocument;
  published: boolean;
  /** Where it comes from, for the audit log. */
  source: string;
  /** The edition it belongs to; the default edition when not given. */
  editionId?: string;
};

/** The address asked for as a page address; an address the site keeps for itself gets "page-" before it. */
function pageSlugFor(asked: string): string {
  return PageSlugSchema.safeParse(asked).success ? asked : `page-${asked}`.slice(0, SLUG_MAX_LENGTH).replace(/-+$/, "");
}

/**
 * Create an imported page. Answers its address and the one asked for (they differ when that was
 * taken). `alongside` runs in the same transaction (the importer remembers where the page came from).
 */
export async function importSitePage(
  actor: ImportActor,
  page: ImportedSitePage,
  alongside?: (tx: Prisma.TransactionClient, pageId: string) => Promise<unknown>,
): Promise<{ id: string; slug: string; asked: string }> {
  const title = page.title.trim().slice(0, PAGE_TITLE_MAX) || "Untitled page";
  const asked = slugify(page.wantedSlug) || slugify(title) || "page";
  // Taken: by another page, or by an edition's path (/fr is the French edition's home), as saveSitePage refuses.
  const editionId = page.editionId ?? (await defaultEditionId());
  const taken = async (candidate: string) =>
    !PageSlugSchema.safeParse(candidate).success || (await db.sitePage.count({ where: { slug: candidate, editionId } })) > 0 || (await isEditionPath(candidate));
  const slug = await uniqueSlug(pageSlugFor(asked), taken);
  const id = await db.$transaction(async (tx) => {
    const row = await tx.sitePage.create({ data: { slug, editionId, title, published: page.published, ...bodyColumns(page.body) }, select: { id: true } });
    await tx.auditEvent.create({ data: { actorId: actor?.id ?? null, action: "page.import", entityType: "page", entityId: row.id, detail: importAuditDetail(`${slug}: ${title}`, page.source, actor) } });
    await alongside?.(tx, row.id);
    return row.id;
  });
  // A draft is on no reader page: nothing to expire.
  if (page.published) expireTags(sitePageWriteTags(slug));
  return { id, slug, asked };
}
