// The command line's half of "a write is visible at once": a script that wrote through the domain's
// mutations (which expire what they changed: lib/cache/tags.ts collects it outside Next.js) tells the
// site running on the same database, through POST /api/revalidate with the site's REVALIDATE_SECRET
// (`npm run setup` writes one into .env). Bounded in time; a site that is not running, or a setup
// without the secret, is said plainly and never fails the script: its pages then follow within their
// cache lifetime (docs/decisions/011-caching-reader-pages.md). A dashboard import's process hands
// its expirations to the dashboard's server instead (applyExpirations), which expires them itself.
import { expireEverything, expireTags, takeCollectedExpirations } from "./tags";

const TIMEOUT_MS = 5_000;
/** What happens to a site that was not told: its cached reader pages end on their own. */
const CACHE_LIFETIME_NOTE = "its cached pages follow within a few minutes";
/** The most tags one POST /api/revalidate takes (lib/cache/revalidate-request.ts). */
export const TAGS_PER_REQUEST = 1_000;
/**
 * Past this many tags (an import of thousands of articles) so much of the site changed that every
 * page expires instead: it costs the site about the same, and the message stays small.
 */
export const MOST_TAGS_SENT = 10_000;

export type RunningSite = { siteUrl: string; secret: string | undefined };
export type Expirations = { everything: true } | { tags: string[] };

/** What the script expired since the last call, ready to send (null: nothing). */
export function takeExpirationsToSend(): Expirations | null {
  const expired = takeCollectedExpirations();
  return expired && "tags" in expired && expired.tags.length > MOST_TAGS_SENT ? { everything: true } : expired;
}

/** In the site's own process: expire what another process collected (a dashboard import's). */
export function applyExpirations(expired: Expirations | null | undefined): void {
  if (!expired) return;
  if ("everything" in expired) expireEverything();
  else expireTags(expired.tags);
}

/** Sends what the script expired; returns one sentence for the script's output. */
export async function tellRunningSite(site: RunningSite): Promise<string> {
  const expired = takeExpirationsToSend();
  if (!expired) return "Nothing on the site's pages changed.";
  if (!site.secret) return `REVALIDATE_SECRET is not set, so the running site was not told: ${CACHE_LIFETIME_NOTE}.`;
  const address = new URL("/api/revalidate", site.siteUrl);
  const requests: Expirations[] = [];
  if ("everything" in expired) requests.push(expired);
  else for (let start = 0; start < expired.tags.length; start += TAGS_PER_REQUEST) requests.push({ tags: expired.tags.slice(start, start + TAGS_PER_REQUEST) });
  try {
    for (const body of requests) {
      const response = await fetch(address, {
        method: "POST",
        headers: { Authorization: `Bearer ${site.secret}`, "Content-Type": "application/json" },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(TIMEOUT_MS),
      });
      if (!response.ok) return `The site at ${site.siteUrl} refused to expire its pages (HTTP ${response.status}; is its REVALIDATE_SECRET the same?): ${CACHE_LIFETIME_NOTE}.`;
    }
    return `The site at ${site.siteUrl} shows the changes now.`;
  } catch {
    return `No site answered at ${site.siteUrl}: when it starts it shows the changes.`;
  }
}
