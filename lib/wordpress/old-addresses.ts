import "server-only";
// Old WordPress addresses of imported content, answered with a permanent redirect to the Gazette
// address (next.config.js rewrites them to app/[edition]/wordpress/[kind]/[key]): /?p=ID,
// /YYYY/MM/DD/slug/, /YYYY/MM/slug/ and /slug/ (posts), /category/parent/child/ (categories),
// /author/login/ (authors). Only what an import remembered (ImportedItem) is redirected, and an
// article only while readers may see it: anything else is the usual 404. Where two imported sites
// had one address, the first imported keeps it (old-address-owner.ts).
import { isPublished } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { oldAddressOwner } from "./old-address-owner";

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

/** The Gazette address an old WordPress address now lives at, or null (answer 404). */
export async function findOldAddressTarget(kind: string, rawKey: string): Promise<string | null> {
  if (!(OLD_ADDRESS_KINDS as readonly string[]).includes(kind)) return null;
  const key = oldAddressKey(rawKey);
  if (!key) return null;
  if (kind === "p" && !/^\d{1,20}$/.test(key)) return null;
  const item = await oldAddressOwner(kind === "p" ? "post" : KIND_OF[kind as OldAddressKind], kind === "p" ? { externalId: key } : { externalSlug: key });
  if (!item) return null;
  switch (KIND_OF[kind as OldAddressKind]) {
    case "post": {
      const article = await db.article.findUnique({ where: { id: item.entityId }, select: { slug: true, status: true, publishedAt: true } });
      return article && isPublished(article) ? `/articles/${article.slug}` : null;
    }
    case "category": {
      const category = await db.category.findUnique({ where: { id: item.entityId }, select: { slug: true } });
      return category ? `/category/${category.slug}` : null;
    }
    case "tag": {
      const tag = await db.tag.findUnique({ where: { id: item.entityId }, select: { slug: true } });
      return tag ? `/tag/${tag.slug}` : null;
    }
    case "author": {
      const author = await db.author.findUnique({ where: { id: item.entityId }, select: { handle: true } });
      return author ? `/authors/${author.handle}` : null;
    }
  }
  return null;
}
