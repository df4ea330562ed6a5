// ESLint: Next.js's own rules (core web vitals, TypeScript) and the React hooks rules they include.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// The layers of docs/decisions/001-stack-and-structure.md and docs/architecture.md, enforced here so
// that breaking them fails `npm run lint`.
const DATABASE = {
  group: ["@/lib/db", "@/lib/db/*", "@/lib/generated/*", "@prisma/*", "**/lib/db", "**/lib/generated/*"],
  message: "Routes and components never touch the database: read through lib/<domain>/queries.ts, write through an action or lib/<domain>/mutations.ts.",
};
const HTTP_LAYER = {
  group: ["@/lib/http/*", "**/http/*", "!node:*"],
  message: "The domain layer never imports the HTTP layer (lib/http, in front of Next.js): it reaches it through lib/cache/expiry-channel.ts or lib/request.ts.",
};
const UPWARD = {
  group: ["@/app/*", "@/components/*"],
  message: "lib/ never imports routes or components: they sit on top of it.",
};

/**
 * Reader pages and the components only they render: their links are `ReaderLink`, a plain `<a>`
 * (docs/decisions/050-reader-links-without-hydration.md). A `next/link` there is a client component
 * again: hydrated, watched and prefetched on sight, on a phone's main thread.
 */
const READER_FILES = [
  "app/[[]edition]/**/*.{ts,tsx}",
  "app/{error,not-found,global-not-found,global-error,layout}.tsx",
  "components/{articles,authors,replies,search,seo,site,i18n}/**/*.{ts,tsx}",
  "components/front-page/{breaking-news-banner,front-page-view}.tsx",
  "components/live/live-updates.tsx",
  "components/media/{card-image,responsive-image}.tsx",
  "components/newsletter/subscribe-form.tsx",
  "components/ui/{pagination,reader-date-time,reader-pagination,server-image,hydration-mark}.tsx",
];
const NEXT_LINK = {
  name: "next/link",
  message: "Reader pages link with ReaderLink (components/site/reader-link.tsx), a plain <a>: next/link is a client component hydrated and prefetched on a phone (docs/decisions/050).",
};

/**
 * Reader pages' client islands get their words as props, made on the server with next-intl/server
 * (docs/decisions/056-the-article-page-without-a-message-formatter.md): next-intl's client provider
 * and message formatter (about 41 KB) would be in the page's scripts, on a phone's main thread.
 */
const NEXT_INTL_CLIENT = {
  name: "next-intl",
  message: "Reader files translate on the server (next-intl/server) and hand client components their words as props (lib/i18n/plain-messages.ts): next-intl's client code stays off reader pages (docs/decisions/056).",
};

/** `queries.ts` files are `server-only`: a client component that imports one fails the build instead of shipping a query. */
const gazette = {
  rules: {
    "queries-server-only": {
      meta: { type: "problem", messages: { missing: 'A queries file starts with `import "server-only";` (docs/decisions/001).' }, schema: [] },
      create(context) {
        return {
          Program(program) {
            const serverOnly = program.body.some((node) => node.type === "ImportDeclaration" && node.source.value === "server-only");
            if (!serverOnly) context.report({ node: program, messageId: "missing" });
          },
        };
      },
    },
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // A leading underscore marks a value left out on purpose (`{ tags: _tags, ...card }`).
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", ignoreRestSiblings: true }],
    },
  },
  {
    files: ["app/**/*.{ts,tsx}", "components/**/*.{ts,tsx}"],
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE] }] },
  },
  {
    // The same rule, with next/link and next-intl's client entry refused too (a later block replaces the rule's options).
    files: READER_FILES,
    rules: { "no-restricted-imports": ["error", { patterns: [DATABASE], paths: [NEXT_LINK, NEXT_INTL_CLIENT] }] },
  },
  {
    files: ["lib/**/*.{ts,tsx}"],
    // The HTTP layer itself, and its two faces to actions and route handlers (headers, body limits).
    ignores: ["lib/http/**", "lib/security/**", "lib/request.ts", "lib/generated/**"],
    rules: { "no-restricted-imports": ["error", { patterns: [HTTP_LAYER, UPWARD] }] },
  },
  {
    files: ["lib/**/queries.ts", "lib/**/*-queries.ts"],
    plugins: { gazette },
    rules: { "gazette/queries-server-only": "error" },
  },
  {
    // Every spec's `test` waits for a page's scripts after each load (e2e/fixtures.ts): never Playwright's own.
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/fixtures.ts", "e2e/fleet/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from e2e/fixtures.ts: its page waits for the page's scripts as a person would." }] }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/results/**", "uploads/**"]),
]);
