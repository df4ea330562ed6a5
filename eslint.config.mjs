// ESLint: Next.js's own rules (core web vitals, TypeScript) and the React hooks rules they include.
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

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
    // Every spec's `test` waits for a page's scripts after each load (e2e/fixtures.ts): never Playwright's own.
    files: ["e2e/**/*.ts"],
    ignores: ["e2e/fixtures.ts", "e2e/fleet/**"],
    rules: {
      "no-restricted-imports": ["error", { paths: [{ name: "@playwright/test", importNames: ["test"], message: "Import test from e2e/fixtures.ts: its page waits for the page's scripts as a person would." }] }],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "lib/generated/**", "next-env.d.ts", "test-results/**", "playwright-report/**", "bench/results/**", "uploads/**"]),
]);
