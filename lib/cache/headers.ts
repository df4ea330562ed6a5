// The Cache-Control of reader responses that set their own (feeds, sitemaps, share images): the same
// as its cached pages send (revalidate 60 in app/[edition]/layout.tsx, expireTime in next.config.js).
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=86340";

// Live coverage's poll answers (docs/decisions/037-live-coverage.md): the latest change's
// number for two seconds in a shared cache (nginx, a CDN), so a thousand readers polling cost one
// answer per two seconds; a range of changes never changes once all of it exists.
export const LIVE_LATEST_CACHE_CONTROL = "public, max-age=0, s-maxage=2";
export const LIVE_RANGE_CACHE_CONTROL = "public, max-age=31536000, s-maxage=31536000, immutable";
/** A range not complete yet on this instance, or nothing there: ask again soon. */
export const LIVE_MISSING_CACHE_CONTROL = "public, max-age=0, s-maxage=1";
