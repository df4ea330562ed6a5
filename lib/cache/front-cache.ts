// A cache in front of Gazette (nginx's one-second page cache in docs/deploy/nginx.conf, a CDN) is not
// told when a page changes: it serves its copy until the copy's time is up. For a page taken away from
// readers (unpublished, archived) that is not good enough: once the editor is told it is gone, no
// reader may get it. So such a write answers only after FRONT_CACHE_SECONDS (plus the time an answer
// takes to reach the cache) have passed since Gazette stopped serving the page: every copy taken
// before has expired by then (docs/decisions/034-one-request-path.md). The nginx configuration
// serves no stale copy while it fetches a new one, which this relies on.
import { env } from "@/lib/env";

/** Time for an answer that left Gazette before the write to be stored by the cache in front. */
export const IN_FLIGHT_MARGIN_MS = 500;

/** Resolves once no cache in front can serve a copy taken before now (at once when none is configured). */
export async function outlastFrontCaches(seconds = env.FRONT_CACHE_SECONDS): Promise<void> {
  if (seconds <= 0) return;
  await new Promise((resolve) => setTimeout(resolve, seconds * 1000 + IN_FLIGHT_MARGIN_MS));
}
