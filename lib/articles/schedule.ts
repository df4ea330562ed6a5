import "server-only";
import { cache } from "react";
import { VISIBLE_STATUSES } from "@/lib/articles/visibility";
import { db } from "@/lib/db";
import { beginScheduledPublishRead, rememberedScheduledPublish } from "./schedule-memo";

/**
 * When the set of published articles next changes by itself: the earliest publish time still in the
 * future. Reader pages are cached until then at the latest, so a scheduled article goes live on time
 * with no cron job and no rebuild (docs/decisions/011-caching-reader-pages.md). Once per request, and
 * remembered by the process until a write changes it (./schedule-memo.ts).
 */
export const nextScheduledPublishAt = cache(async (): Promise<Date | null> => {
  const now = Date.now();
  const remembered = rememberedScheduledPublish(now);
  if (remembered) return remembered.value;
  const store = beginScheduledPublishRead(now);
  const next = await db.article.findFirst({
    where: { status: { in: [...VISIBLE_STATUSES] }, publishedAt: { gt: new Date() } },
    select: { publishedAt: true },
    orderBy: [{ publishedAt: "asc" }, { id: "asc" }],
  });
  const value = next?.publishedAt ?? null;
  store(value);
  return value;
});
