// A live update row as readers see it (lib/live/public.ts), shared by the queries and by the
// mutations, which keep a copy of it with every numbered change.
import { documentToHtml } from "@/lib/content/document-render";
import { readStoredBody } from "@/lib/content/stored-body";
import type { Prisma } from "@/lib/db";
import type { PublicLiveUpdate } from "./public";

export const publicUpdateSelect = {
  id: true,
  headline: true,
  body: true,
  bodyText: true,
  keyEvent: true,
  pinned: true,
  createdAt: true,
  updatedAt: true,
  // The poster's byline name: their author profile's, else their staff name. Never their email.
  author: { select: { name: true, author: { select: { displayName: true, handle: true } } } },
  // An imported update's byline, when its writer has no login here.
  byline: { select: { displayName: true, handle: true } },
  changes: { where: { correction: true }, select: { id: true }, take: 1 },
} satisfies Prisma.LiveUpdateSelect;

export type PublicUpdateRow = Prisma.LiveUpdateGetPayload<{ select: typeof publicUpdateSelect }>;

export function toPublicUpdate(row: PublicUpdateRow): PublicLiveUpdate {
  return {
    id: row.id,
    headline: row.headline,
    html: documentToHtml(readStoredBody(row.body)),
    text: row.bodyText,
    keyEvent: row.keyEvent,
    pinned: row.pinned,
    corrected: row.changes.length > 0,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    author: row.author?.author
      ? { name: row.author.author.displayName, handle: row.author.author.handle }
      : row.byline
        ? { name: row.byline.displayName, handle: row.byline.handle }
        : { name: row.author?.name ?? "The newsroom", handle: null },
  };
}
