import "server-only";
import { cache } from "react";
import { requirePermission } from "@/lib/auth/session";
import { readerQuery } from "@/lib/cache/reader-cache";
import { sitePageTags } from "@/lib/cache/tags";
import type { BodyDocument } from "@/lib/content/document";
import { readStoredBody } from "@/lib/content/stored-body";
import { db } from "@/lib/db";

export type ReaderSitePage = { slug: string; title: string; body: BodyDocument; updatedAt: Date };

const loadPublishedPage = readerQuery(
  "site-page",
  async (editionId: string, slug: string) =>
    db.sitePage.findFirst({ where: { slug, editionId, published: true }, select: { slug: true, title: true, body: true, updatedAt: true } }),
  (_editionId: string, slug: string) => [sitePageTags.page(slug)],
);

/** A published page of an edition at /<slug>, its body checked, or null. */
export const getPublishedSitePage = cache(async (editionId: string, slug: string): Promise<ReaderSitePage | null> => {
  const row = await loadPublishedPage(editionId, slug);
  return row ? { ...row, body: readStoredBody(row.body) } : null;
});

/** An edition's published pages, for its sitemap and the menus desk. */
export async function listPublishedSitePages(editionId: string): Promise<{ slug: string; title: string; updatedAt: Date }[]> {
  return db.sitePage.findMany({ where: { published: true, editionId }, select: { slug: true, title: true, updatedAt: true }, orderBy: { title: "asc" }, take: 1000 });
}

/** Every page with its edition, for the dashboard's list. */
export async function listSitePagesForDashboard() {
  await requirePermission("pages:manage");
  return db.sitePage.findMany({
    select: { id: true, slug: true, title: true, published: true, updatedAt: true, edition: { select: { name: true, path: true, isDefault: true } } },
    orderBy: [{ edition: { position: "asc" } }, { title: "asc" }],
    take: 1000,
  });
}

/** One page to edit. */
export async function getSitePageForEditing(id: string) {
  await requirePermission("pages:manage");
  return db.sitePage.findUnique({ where: { id }, select: { id: true, slug: true, title: true, body: true, published: true, edition: { select: { path: true, isDefault: true, language: true, direction: true } } } });
}
