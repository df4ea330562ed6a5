import "server-only";
// Old WordPress addresses of imported content, answered with a permanent redirect to the Gazette
// address (next.config.js rewrites them to app/[edition]/wordpress/[kind]/[key]): /?p=ID,
// /YYYY/MM/DD/slug/, /YYYY/MM/slug/ and /slug/ (posts), /category/parent/child/ (categories),
// /author/login/ (authors). Only what an import remembered (ImportedItem) is redirected, and an
// article only while readers may see it: anything else is the usual 404. Where two imported sites
// had one address, the first imported keeps it (old-address-owner.ts). The address answered is the
// item's own edition's (/fr/articles/x for a French article): an old address under a language's
// prefix (/fr/2019/05/01/x, Polylang's) reaches its edition, and where one slug was several items
// (one per language), the edition the old address named chooses (docs/decisions/057-polylang-editions.md).
import { isPublished } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { editionHref } from "@/lib/editions/href";
import { oldAddressItems } from "./old-address-owner";

export const OLD_ADDRESS_KINDS = ["p", "post", "category", "tag", "author"] as const;
export type OldAddressKind = (typeof OLD_ADDRESS_KINDS)[number];

const KIND_OF: Record<OldAddressKind, string> = { p: "post", post: "post", category: "category", tag: "tag", author: "author" };

/** A path segment as WordPress wrote its slugs: decoded, lower case; null when it cannot be one. */
export function oldAddressKey(raw: string): string | null {
  let key: string;
  try {
    key = decodeURIComponent(raw);
  } catch {
    return null;
  }
  key = key.trim().toLowerCase();
  if (!key || key.length > 200 || /[\u0000-\u001F/\\]/.test(key)) return null;
  return key;
}

const editionSelect = { edition: { select: { path: true, isDefault: true } } } as const;
type Found = { path: string; edition: { path: string; isDefault: boolean } | null };

/** Where one imported item lives now, with its edition (authors belong to none), or null. */
async function targetOf(kind: string, entityId: string): Promise<Found | null> {
  switch (kind) {
    case "post": {
      const article = await db.article.findUnique({ where: { id: entityId }, select: { slug: true, status: true, publishedAt: true, ...editionSelect } });
      return article && isPublished(article) ? { path: `/articles/${article.slug}`, edition: article.edition } : null;
    }
    case "category": {
      const category = await db.category.findUnique({ where: { id: entityId }, select: { slug: true, ...editionSelect } });
      return category ? { path: `/category/${category.slug}`, edition: category.edition } : null;
    }
    case "tag": {
      const tag = await db.tag.findUnique({ where: { id: entityId }, select: { slug: true, ...editionSelect } });
      return tag ? { path: `/tag/${tag.slug}`, edition: tag.edition } : null;
    }
    case "author": {
      const author = await db.author.findUnique({ where: { id: entityId }, select: { handle: true } });
      return author ? { path: `/authors/${author.handle}`, edition: null } : null;
    }
  }
  return null;
}

/**
 * The Gazette address an old WordPress address now lives at, or null (answer 404). `editionPath` is
 * the edition the old address was asked under (its first segment, `en` for the default's): among
 * several items at one address, that edition's comes first.
 */
export async function findOldAddressTarget(kind: string, rawKey: string, editionPath?: string): Promise<string | null> {
  if (!(OLD_ADDRESS_KINDS as readonly string[]).includes(kind)) return null;
  const key = oldAddressKey(rawKey);
  if (!key) return null;
  if (kind === "p" && !/^\d{1,20}$/.test(key)) return null;
  const itemKind = KIND_OF[kind as OldAddressKind];
  const items = await oldAddressItems(itemKind, kind === "p" ? { externalId: key } : { externalSlug: key });
  const found: Found[] = [];
  for (const item of items) {
    const target = await targetOf(itemKind, item.entityId);
    if (target) found.push(target);
  }
  const chosen = found.find((target) => target.edition?.path === editionPath) ?? found[0];
  if (!chosen) return null;
  return chosen.edition ? editionHref(chosen.edition, chosen.path) : chosen.path;
}
