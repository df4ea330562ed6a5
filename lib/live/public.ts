// What readers get of a live update, on the page, in the poll answers, in the feed and the JSON-LD:
// never an email address, never the raw document (docs/decisions/037-live-coverage.md). No server-only
// import: the reader page's client component renders these too.

export type PublicLiveUpdate = {
  id: string;
  headline: string;
  /** The body as HTML from lib/content/document-render.ts (every text escaped, only our own tags). */
  html: string;
  /** Its words, for descriptions, share cards and JSON-LD's articleBody. */
  text: string;
  keyEvent: boolean;
  pinned: boolean;
  corrected: boolean;
  createdAt: string;
  updatedAt: string;
  author: { name: string; handle: string | null };
};

/** One numbered change as the range answers carry it: the update after it, or null when it is gone. */
export type PublicLiveChange =
  | { seq: number; kind: "post" | "edit" | "pin" | "unpin"; id: string; update: PublicLiveUpdate }
  | { seq: number; kind: "delete"; id: string; update: null }
  | { seq: number; kind: "end" | "resume"; id: null; update: null; at: string };

export type LiveLatest = { seq: number; live: boolean; endedAt: string | null };

export type LiveCoverageView = { startedAt: string; endedAt: string | null; seq: number; updates: PublicLiveUpdate[] };

export const liveUpdateAnchor = (id: string) => `update-${id}`;

/** The JSON a reader's page polls: the latest change's number, then each range of changes after it. */
export const livePaths = {
  latest: (articleId: string) => `/live/${articleId}/latest.json`,
  changes: (articleId: string, from: number, to: number) => `/live/${articleId}/changes/${from}-${to}`,
  update: (slug: string, id: string) => `/articles/${slug}/updates/${id}`,
  /** The update's own share card (app/[edition]/articles/[slug]/updates/[updateId]/og.png). */
  updateCard: (slug: string, id: string) => `/articles/${slug}/updates/${id}/og.png`,
  feeds: (slug: string) => ({ rss: `/articles/${slug}/live/feed.xml`, atom: `/articles/${slug}/live/atom.xml`, json: `/articles/${slug}/live/feed.json` }),
};
