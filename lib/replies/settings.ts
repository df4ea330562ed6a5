import "server-only";
import { readerQuery } from "@/lib/cache/reader-cache";
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import type { ReplySettings } from "./schemas";

const KEY = "replies";

/** Defaults as in WordPress: first replies held, two links held; a short block list of obvious spam. */
export const DEFAULT_REPLY_SETTINGS: ReplySettings = {
  holdWords: [],
  blockWords: ["viagra", "cialis", "casino bonus", "payday loan", "crypto giveaway"],
  linkThreshold: 2,
  firstReplyApproval: true,
  closeAfterDays: 0,
};

/** The moderation settings, cached: saving them expires `reply-settings`. */
export const getReplySettings = readerQuery("reply-settings", loadReplySettings, () => [cacheTags.replySettings()]);

async function loadReplySettings(): Promise<ReplySettings> {
  const row = await db.siteSetting.findUnique({ where: { key: KEY }, select: { value: true } });
  if (!row) return DEFAULT_REPLY_SETTINGS;
  try {
    return { ...DEFAULT_REPLY_SETTINGS, ...(JSON.parse(row.value) as Partial<ReplySettings>) };
  } catch {
    return DEFAULT_REPLY_SETTINGS;
  }
}

/** Save the moderation settings as `actor` (an administrator), with its audit event. */
export async function saveReplySettings(actor: { id: string }, settings: ReplySettings): Promise<void> {
  const value = JSON.stringify(settings);
  await db.$transaction([
    db.siteSetting.upsert({ where: { key: KEY }, create: { key: KEY, value }, update: { value } }),
    db.auditEvent.create({ data: { actorId: actor.id, action: "settings.replies", entityType: "setting", entityId: KEY, detail: value.slice(0, 500) } }),
  ]);
  // Closing after N days changes every article page's form.
  expireTags([cacheTags.replySettings()]);
}

/** Are replies open on this article today (its own switch, and the close-after-N-days setting)? */
export function repliesAreOpen(article: { repliesOpen: boolean; publishedAt: Date | null }, settings: ReplySettings, now = new Date()): boolean {
  if (!article.repliesOpen) return false;
  if (settings.closeAfterDays > 0 && article.publishedAt) {
    return now.getTime() - article.publishedAt.getTime() < settings.closeAfterDays * 24 * 60 * 60 * 1000;
  }
  return true;
}
