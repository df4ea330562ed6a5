// The command line's half of "a write is visible at once": a script that wrote through the domain's
// mutations (which expire what they changed: lib/cache/tags.ts collects it outside Next.js) tells the
// site running on the same database, through POST /api/revalidate with the site's REVALIDATE_SECRET
// (`npm run setup` writes one into .env). Bounded in time; a site that is not running, or a setup
// without the secret, is said plainly and never fails the script: its pages then follow within their
// cache lifetime (docs/decisions/011-caching-reader-pages.md).
import { takeCollectedExpirations } from "./tags";

const TIMEOUT_MS = 5_000;
/** What happens to a site that was not told: its cached reader pages end on their own. */
const CACHE_LIFETIME_NOTE = "its cached pages follow within a few minutes";

export type RunningSite = { siteUrl: string; secret: string | undefined };

/** Sends what the script expired; returns one sentence for the script's output. */
export async function tellRunningSite(site: RunningSite): Promise<string> {
  const expired = takeCollectedExpirations();
  if (!expired) return "Nothing on the site's pages changed.";
  if (!site.secret) return `REVALIDATE_SECRET is not set, so the running site was not told: ${CACHE_LIFETIME_NOTE}.`;
  const address = new URL("/api/revalidate", site.siteUrl);
  try {
    const response = await fetch(address, {
      method: "POST",
      headers: { Authorization: `Bearer ${site.secret}`, "Content-Type": "application/json" },
      body: JSON.stringify(expired),
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
    if (response.ok) return `The site at ${site.siteUrl} shows the changes now.`;
    return `The site at ${site.siteUrl} refused to expire its pages (HTTP ${response.status}; is its REVALIDATE_SECRET the same?): ${CACHE_LIFETIME_NOTE}.`;
  } catch {
    return `No site answered at ${site.siteUrl}: when it starts it shows the changes.`;
  }
}
