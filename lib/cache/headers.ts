// The Cache-Control of reader responses that set their own (feeds, sitemaps, share images): the same
// as its cached pages send (revalidate 60 in app/(site)/layout.tsx, expireTime in next.config.js).
export const READER_CACHE_CONTROL = "public, max-age=0, s-maxage=60, stale-while-revalidate=86340";
