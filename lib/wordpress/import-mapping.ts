// How WordPress's values become Gazette's: dates, post and comment statuses, slugs, the keys an
// imported item is remembered by, and where an image sits in wp-content/uploads.
import { createHash } from "node:crypto";
import { ArticleStatus, ReplyStatus } from "@/lib/db";
import type { WxrComment, WxrItem } from "./wxr-reader";

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

export function decodeSlug(text: string): string {
  try {
    return decodeURIComponent(text.trim()).toLowerCase();
  } catch {
    return text.trim().toLowerCase();
  }
}

export function cut(text: string, max: number): string {
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

