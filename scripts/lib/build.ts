// "Build if needed": a production build is reused until a source file is newer than it.
import { readdirSync, rmSync, statSync } from "node:fs";
import path from "node:path";
import { root, run } from "./run";

/**
 * Everything `next build` reads, relative to the project root: the routes and the code they import,
 * the static files, the proxy and instrumentation hooks (read when present), Next's, PostCSS's and
 * TypeScript's configuration, the dependencies, and the Prisma schema (the generated client in
 * lib/generated follows it and is skipped below, as `npm install` rewrites it unchanged).
 */
export const BUILD_SOURCES = [
  "app",
  "components",
  "lib",
  "i18n", // next-intl's request config (docs/decisions/048-reader-messages.md)
  "messages", // reader strings per language
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "instrumentation-client.ts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
  "prisma/schema.prisma",
];

/** Build sources a project may do without. */
export const OPTIONAL_BUILD_SOURCES = new Set(["instrumentation.ts", "instrumentation-client.ts"]);

/**
 * Top-level entries that do not change what `next build` produces. A new top-level file must be put
 * in one list or the other (scripts/lib/build.test.ts), so that a new `instrumentation.ts` or
 * `middleware.ts` cannot be missed.
 */
export const NOT_BUILD_SOURCES = [
  ".ci", // CI script
  ".gitignore",
  "README.md",
  "bench", // benchmark results
  "docs",
  "e2e", // Playwright specs
  "eslint.config.mjs", // `npm run lint`; Next.js 16's build does not lint
  "playwright.config.ts",
  "playwright.fleet.config.ts", // `npm run test:fleet`
  "prisma.config.ts", // Prisma CLI only
  "prisma", // seed, factories, migrations; its schema.prisma is a build source
  "scripts", // setup, tests, bench
  "server.ts", // the HTTP server, run by tsx around Next.js; not part of what `next build` compiles
];

const SKIP = new Set(["generated", "node_modules", ".next"]);

function newestMtime(entry: string): number {
  let stat;
  try {
    stat = statSync(entry);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const child of readdirSync(entry)) {
    if (!SKIP.has(child)) newest = Math.max(newest, newestMtime(path.join(entry, child)));
  }
  return newest;
}

export function buildIsCurrent(): boolean {
  let built: number;
  try {
    built = statSync(path.join(root, ".next", "BUILD_ID")).mtimeMs;
  } catch {
    return false;
  }
  return BUILD_SOURCES.every((source) => newestMtime(path.join(root, source)) <= built);
}

export function buildIfNeeded(): void {
  if (buildIsCurrent()) {
    console.log("setup: the production build is up to date.");
    return;
  }
  console.log("setup: building for production …");
  try {
    run("next", ["build"], { NEXT_TELEMETRY_DISABLED: "1" });
  } catch (error) {
    // Next.js writes BUILD_ID before it prerenders: a build that failed there must not count as current.
    rmSync(path.join(root, ".next", "BUILD_ID"), { force: true });
    throw error;
  }
}
