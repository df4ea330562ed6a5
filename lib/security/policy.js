// @ts-check
// The security headers of every response, in one place (docs/decisions/015-security-headers.md).
// lib/security/response-headers.ts sends them on every response (from the request hook in
// lib/peer-address.ts); proxy.ts replaces the CSP with a per-request nonce policy on the dashboard and
// sign-in. Plain JavaScript with types in policy.d.ts, so that Playwright specs import it as it is.
//
// Two Content-Security-Policies, never both on one response (two CSP headers intersect):
// - reader pages are cached and rendered once for everyone (docs/decisions/011-caching-reader-pages.md),
//   so they cannot carry a per-request nonce: a static policy;
// - the dashboard and sign-in are rendered per request anyway: proxy.ts gives each response a nonce
//   and Next.js puts it on its own scripts.

/** Where violations are reported: app/api/csp-report/route.ts. */
export const CSP_REPORT_PATH = "/api/csp-report";
/** The Reporting API group name, declared by the Reporting-Endpoints header. */
const REPORT_GROUP = "csp";

/**
 * Origins allowed beyond our own, by kind. Extend here, nowhere else: an embedded video player on
 * reader pages goes into `readerFrames` (e.g. "https://www.youtube-nocookie.com").
 */
export const ALLOWED_SOURCES = {
  /**
   * Frames on reader pages: the embed providers' players, loaded only when a reader clicks an embed's
   * placeholder (lib/content/embeds.ts builds their addresses; its test checks every one is here).
   */
  readerFrames: /** @type {string[]} */ ([
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
    "https://platform.twitter.com",
    "https://embed.bsky.app",
    "https://www.instagram.com",
  ]),
  /**
   * Images: article bodies may show pictures by https address (the Markdown sanitiser allows
   * http(s) images) and an author's avatar may live elsewhere, so any https image is allowed.
   */
  images: ["data:", "blob:", "https:"],
};

/**
 * The paths that get the nonce policy from proxy.ts (its matcher says the same): the dashboard,
 * sign-in and next-auth's own routes. Everything else gets the static reader policy.
 */
export const NONCE_POLICY_PREFIXES = ["/dashboard", "/login", "/api/auth"];

/** @param {Record<string, string[]>} directives */
function serialise(directives) {
  return Object.entries(directives)
    .map(([name, values]) => [name, ...values].join(" "))
    .join("; ");
}

/** @param {{ frames: string[] }} options */
function common({ frames }) {
  return {
    "default-src": ["'self'"],
    // Nothing on the site sets a <base>; an injected one would redirect every relative script.
    "base-uri": ["'none'"],
    "object-src": ["'none'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'none'"],
    "frame-src": frames.length ? frames : ["'none'"],
    "img-src": ["'self'", ...ALLOWED_SOURCES.images],
    // The site uses system fonts; a font of its own would be served from /_next/static.
    "font-src": ["'self'"],
    "connect-src": ["'self'"],
    "report-uri": [CSP_REPORT_PATH],
    "report-to": [REPORT_GROUP],
  };
}

/**
 * The static policy of reader pages (and every other response outside the nonce paths). Next.js
 * writes its React Server Components payload as inline `<script>self.__next_f.push(…)</script>`
 * tags whose content differs on every page, and a cached page has no nonce: script-src needs
 * 'unsafe-inline'. What the policy still forbids: scripts from any other origin, plugins, <base>,
 * forms posting elsewhere, framing, and fetches to other origins.
 * @param {{ dev?: boolean }} [options]
 */
export function staticContentSecurityPolicy({ dev = false } = {}) {
  return serialise({
    ...common({ frames: ALLOWED_SOURCES.readerFrames }),
    // 'unsafe-eval' only in `next dev`: React rebuilds server error stacks with eval there.
    "script-src": ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    "style-src": ["'self'", "'unsafe-inline'"],
  });
}

/**
 * The per-request policy of the dashboard and sign-in. Only scripts carrying this response's nonce
 * run, and the scripts they load ('strict-dynamic': Next.js loads its chunks from its bootstrap);
 * 'self' is the fallback for browsers without 'strict-dynamic'. Inline event handlers and injected
 * inline scripts are refused. Style elements need the nonce too; style attributes (next/image and
 * our avatars set some) are allowed, since a style attribute cannot run code.
 * @param {string} nonce
 * @param {{ dev?: boolean }} [options]
 */
export function nonceContentSecurityPolicy(nonce, { dev = false } = {}) {
  return serialise({
    ...common({ frames: [] }),
    "script-src": ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(dev ? ["'unsafe-eval'"] : [])],
    // `next dev` injects its styles without a nonce.
    "style-src": dev ? ["'self'", "'unsafe-inline'"] : ["'self'", `'nonce-${nonce}'`],
    "style-src-attr": ["'unsafe-inline'"],
  });
}

/** Headers every response gets, whatever its CSP. */
export const COMMON_SECURITY_HEADERS = [
  // For browsers that predate frame-ancestors; the CSP says the same.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Other sites learn which site a reader came from, not which article; ours get the full address.
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Nothing here uses these; an injected frame or script cannot ask for them either.
  {
    key: "Permissions-Policy",
    value: "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), browsing-topics=()",
  },
  // Another site that opens ours in a window gets no handle on it (and the reverse).
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
  // The Reporting API endpoint that `report-to csp` names; report-uri is the fallback.
  { key: "Reporting-Endpoints", value: `${REPORT_GROUP}="${CSP_REPORT_PATH}"` },
];

/**
 * Strict-Transport-Security, on https only (a browser ignores it over http anyway, but it would be
 * wrong to promise https where there is none). Two years; not includeSubDomains, because the app
 * cannot know whether every subdomain of its host serves https: that is the operator's call.
 */
export const HSTS_HEADER = { key: "Strict-Transport-Security", value: "max-age=63072000" };
