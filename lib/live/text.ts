// Words about a live update for titles, share cards and structured data (no server-only code).
import type { PublicLiveUpdate } from "./public";

/** Its headline, or else its first words (at most `max` characters, cut at a word). */
export function updateTitle(update: Pick<PublicLiveUpdate, "headline" | "text">, max = 110): string {
  if (update.headline) return update.headline;
  const text = update.text.replace(/\s+/g, " ").trim();
  if (text.length <= max) return text || "Update";
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}
