// Which story fills which slot of the front page at a given moment: pure, so it has unit tests.
// A slot holds its story until the pin's time; after it, or when the story is no longer published,
// the slot falls back to the latest story not already on the page. Without any arrangement the
// front page is still a newspaper's: the latest story leads, the next ones are the top stories.
import type { FrontPageLayout, Slot } from "./schemas";

/** How many top stories an unarranged front page shows. */
export const DEFAULT_TOP_COUNT = 4;

export function isActive(slot: Slot, now: Date): boolean {
  return slot.until === null || new Date(slot.until).getTime() > now.getTime();
}

/** The stories the arrangement still holds in place at `now`, lead first. */
export function heldStoryIds(layout: FrontPageLayout | null, now: Date): string[] {
  if (!layout) return [];
  return [layout.lead, ...layout.top].flatMap((slot) => (slot && isActive(slot, now) ? [slot.articleId] : []));
}

/** The next time a pin ends (the front page changes by itself then), or null. */
export function nextPinEnd(layout: FrontPageLayout | null, now: Date): Date | null {
  if (!layout) return null;
  let next: number | null = null;
  for (const slot of [layout.lead, ...layout.top]) {
    if (!slot?.until) continue;
    const at = new Date(slot.until).getTime();
    if (at > now.getTime() && (next === null || at < next)) next = at;
  }
  return next === null ? null : new Date(next);
}

/**
 * The lead and top stories. `held` has the published stories among heldStoryIds (others were
 * unpublished since: their slot falls back); `latest` the newest published stories, newest first.
 */
export function fillSlots<S extends { id: string }>(layout: FrontPageLayout | null, now: Date, held: Map<string, S>, latest: S[]): { lead: S | null; top: S[] } {
  const used = new Set<string>(held.keys());
  const fallback = () => {
    const story = latest.find((candidate) => !used.has(candidate.id));
    if (story) used.add(story.id);
    return story ?? null;
  };
  const take = (slot: Slot | null) => {
    const story = slot && isActive(slot, now) ? held.get(slot.articleId) : undefined;
    return story ?? fallback();
  };
  if (!layout) {
    const lead = fallback();
    const top = Array.from({ length: DEFAULT_TOP_COUNT }, fallback).filter((story): story is S => story !== null);
    return { lead, top };
  }
  const lead = take(layout.lead);
  const top = layout.top.map(take).filter((story): story is S => story !== null);
  return { lead, top };
}
