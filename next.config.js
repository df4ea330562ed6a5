// @ts-check
import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

// Reader strings come from messages/<language>.json through i18n/request.ts (docs/decisions/048-reader-messages.md).
const withNextIntl = createNextIntlPlugin("./i18n/request.ts");

// Reader lists are paginated with `?page=N` in their public addresses. Next.js caches a page by its
// path, not its query, so `/`, `/category/x`, `/authors/x` and `/tag/x` (with or without `?page=N`)
// are rewritten to routes that carry the page number in the path: each page number is cached on its
// own. A missing or unreadable page number means page 1, as before.
/** @param {string} source @param {string} destination */
const paginated = (source, destination) => [
  { source, has: [{ type: "query", key: "page", value: "(?<page>\\d{1,6})" }], destination: `${destination}/:page` },
  { source, destination: `${destination}/1` },
];

/**
 * An edition's path, as lib/editions/schemas.ts allows it (`en`, `fr`, `pt-br`): the first segment of
 * every reader address once proxy.ts has routed it.
 */
const EDITION = "[a-z]{2,3}(?:-[a-z0-9]{2,8})?";

/** The `q` of a search that is cached per words (see the rewrites below). */
const SEARCH_WORDS = { type: /** @type {const} */ ("query"), key: "q", value: "(?<q>(?=[^/?#%\\\\]*[A-Za-z0-9\\u00C0-\\uFFFF])[^/?#%\\\\]{1,100})" };

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Responses are compressed by the request hook instead (lib/http/compression.ts): the same
  // middleware, and a page that is the same for every reader is compressed once per content.
  compress: false,
  // Several instances must agree on the build ID (a page or a server action from one instance is
  // used on another). Instances started from one build folder share it; machines that build on
  // their own set GAZETTE_BUILD_ID to the same value (the release's commit, for example).
  generateBuildId: async () => process.env.GAZETTE_BUILD_ID || null,
  // With REDIS_URL set (read when the server starts), pages and cached data are shared by every
  // instance through Redis (docs/decisions/017-fleet-on-redis.md); unset, Next's memory cache.
  cacheHandler: process.env.REDIS_URL ? fileURLToPath(new URL("./lib/cache/redis-cache-handler.mjs", import.meta.url)) : undefined,
  // No ETag on pages: Next.js computes it by hashing the whole page on every request, cached or not
  // (about a tenth of the server's work on a cached article page), and reader pages are revalidated
  // by shared caches through s-maxage, not by browsers (docs/decisions/022-speed-against-bare-next.md).
  generateEtags: false,
  reactStrictMode: true,
  // The SQLite/PostgreSQL drivers and argon2 are native or Node-only: load them from node_modules at
  // run time instead of bundling them.
  // @opentelemetry/api too (installed with Lighthouse): bundled, its classes lose their names, and
  // Next.js's tracer, which recognises "no tracing configured" by the class name NoopTracerProvider,
  // then traces every request into nowhere (docs/decisions/025-cached-pages-at-full-speed.md).
  serverExternalPackages: ["@libsql/client", "libsql", "pg", "@node-rs/argon2", "pino", "redis", "@opentelemetry/api"],
  typedRoutes: false,
  // Types are checked once, by `npm run typecheck` (part of `npm test` and CI), not again by every
  // build (`npm start`'s first build, the suite's, the bench's): 35–46 s of the build on two cores.
  typescript: { ignoreBuildErrors: true },
  // Uploaded hero images and avatars are resized and re-encoded by next/image (sharp), per width.
  images: {
    localPatterns: [{ pathname: "/uploads/**" }],
    formats: ["image/avif", "image/webp"],
  },
  // Cached reader pages send `s-maxage=<revalidate>, stale-while-revalidate=<expireTime - revalidate>`:
  // a CDN may serve a page up to a day old while it fetches a fresh one.
  expireTime: 86_400,
  // Security headers are not configured here: lib/security/response-headers.ts sets them on every
  // response (Next.js would re-compile each header value with a colon on every request,
  // docs/decisions/025-cached-pages-at-full-speed.md).
  // WordPress's feed address, for sites imported from WordPress (docs/decisions/023-wordpress-import.md),
  // and its twin under an edition's path. Redirects run before proxy.ts.
  async redirects() {
    return [
      { source: "/feed", destination: "/feed.xml", permanent: true },
      { source: `/:edition(${EDITION})/feed`, destination: "/:edition/feed.xml", permanent: true },
    ];
  },
  // Next.js applies these after proxy.ts (resolve-routes.js: redirects, proxy, beforeFiles, files,
  // afterFiles, fallback), so they see the edition's path proxy.ts put in front of every reader
  // address (`/` is `/en` by then): each rule starts with `/:edition` (docs/decisions/052-editions-routing.md).
  async rewrites() {
    return {
      beforeFiles: [
        // Old WordPress addresses of imported posts: /?p=123 (before the home page's own rewrite).
        { source: `/:edition(${EDITION})`, has: [{ type: "query", key: "p", value: "(?<p>\\d{1,20})" }], destination: "/:edition/wordpress/p/:p" },
        ...paginated(`/:edition(${EDITION})`, "/:edition/latest"),
        ...paginated(`/:edition(${EDITION})/category/:slug`, "/:edition/category/:slug/page"),
        ...paginated(`/:edition(${EDITION})/authors/:handle`, "/:edition/authors/:handle/page"),
        ...paginated(`/:edition(${EDITION})/tag/:slug`, "/:edition/tag/:slug/page"),
        ...paginated(`/:edition(${EDITION})/corrections`, "/:edition/corrections/page"),
        // Searches, cached per words and page the same way (app/[edition]/search/results/[q]/[page]):
        // words of up to 100 characters with a letter or digit, without the characters a path
        // segment cannot carry as they are. Anything else stays on /search, rendered per request.
        ...paginated(`/:edition(${EDITION})/search`, "/:edition/search/results/:q").map((rule) => ({ ...rule, has: [SEARCH_WORDS, ...(rule.has ?? [])] })),
        // Sitemap parts are served beside the index at the root (a sitemap may only list addresses
        // under its own folder) from one route: lib/seo/sitemap-xml.ts.
        { source: `/:edition(${EDITION})/sitemap-articles-:part(\\d{1,6}).xml`, destination: "/:edition/sitemap-articles/:part" },
      ],
      // Only addresses no route answers: the other old WordPress addresses of imported content, each
      // redirected permanently when an import remembers it (app/[edition]/wordpress/[kind]/[key]).
      fallback: [
        { source: `/:edition(${EDITION})/:year(\\d{4})/:month(\\d{2})/:day(\\d{2})/:slug`, destination: "/:edition/wordpress/post/:slug" },
        { source: `/:edition(${EDITION})/:year(\\d{4})/:month(\\d{2})/:slug`, destination: "/:edition/wordpress/post/:slug" },
        { source: `/:edition(${EDITION})/author/:login`, destination: "/:edition/wordpress/author/:login" },
        { source: `/:edition(${EDITION})/category/:parents+/:slug`, destination: "/:edition/wordpress/category/:slug" },
        { source: `/:edition(${EDITION})/:slug`, destination: "/:edition/wordpress/post/:slug" },
      ],
    };
  },
  turbopack: {
    // Next.js puts the same few polyfills on every page (Array.prototype.at, Object.hasOwn, …), all of
    // which the browsers Next.js 16 supports have natively; this replacement keeps only what one of
    // them lacks (docs/decisions/022-speed-against-bare-next.md).
    // Next's client entry (next/dist/client/app-globals.js) requires it by the relative path; the
    // package path covers any other importer.
    resolveAlias: {
      "next/dist/build/polyfills/polyfill-module": "./lib/browser/polyfills.js",
      "../build/polyfills/polyfill-module": "./lib/browser/polyfills.js",
    },
  },
  experimental: {
    // Addresses that match no route get app/global-not-found.tsx, rendered on its own, instead of a
    // root not-found.tsx, whose whole page (masthead and footer) would travel in every page's payload.
    globalNotFound: true,
    // forbidden() answers 403 with app/(dashboard)/forbidden.tsx when a signed-in user lacks a permission.
    authInterrupts: true,
    // Hero images and avatars are uploaded through server actions (UPLOAD_MAX_MB, default 5).
    serverActions: { bodySizeLimit: "12mb" },
    proxyClientMaxBodySize: "12mb",
    // Cached pages and data live in this process's memory (cacheMaxMemorySize) and not on disk: a
    // restart, or a database reset in tests, starts from an empty cache and never serves pages built
    // from another database (docs/decisions/011-caching-reader-pages.md).
    isrFlushToDisk: false,
    // A reader's browser reuses a prefetched reader page for at most 30 s (the least Next.js allows;
    // the default is 5 minutes), so moving around the site soon shows what was published meanwhile.
    staleTimes: { static: 30 },
  },
};

export default withNextIntl(nextConfig);
