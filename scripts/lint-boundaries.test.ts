// The layering rules in eslint.config.mjs (docs/architecture.md) fail `npm run lint` when broken:
// each case lints a line as if it were written in the file named, with the project's own configuration.
import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { ESLint } from "eslint";

const eslint = new ESLint({ cwd: path.resolve(import.meta.dirname, "..") });

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  assert.ok(result);
  return result.messages.map((message) => message.ruleId ?? message.message);
}

describe("layering rules", () => {
  it("routes and components never import the database", async () => {
    for (const file of ["app/[edition]/example/page.tsx", "components/site/example.tsx"]) {
      for (const source of ["@/lib/db", "@/lib/db/unavailable", "@/lib/generated/sqlite/client"]) {
        assert.deepEqual(await ruleIds(file, `import { x } from "${source}";\nexport const y = x;\n`), ["no-restricted-imports"], `${file} ← ${source}`);
      }
    }
    assert.deepEqual(await ruleIds("app/[edition]/example/page.tsx", 'import { x } from "@/lib/articles/queries";\nexport const y = x;\n'), []);
  });

  it("the domain layer never imports the HTTP layer, routes or components", async () => {
    for (const source of ["@/lib/http/page-memory", "../http/body", "@/app/layout", "@/components/site/site-header"]) {
      assert.deepEqual(await ruleIds("lib/articles/example.ts", `import { x } from "${source}";\nexport const y = x;\n`), ["no-restricted-imports"], source);
    }
    assert.deepEqual(await ruleIds("lib/articles/example.ts", 'import http from "node:http";\nexport const y = http;\n'), []);
    assert.deepEqual(await ruleIds("lib/http/example.ts", 'import { x } from "@/lib/http/body";\nexport const y = x;\n'), []);
  });

  it("reader pages and their components link with ReaderLink, never next/link", async () => {
    const code = 'import Link from "next/link";\nexport const y = Link;\n';
    for (const file of ["app/[edition]/articles/[slug]/page.tsx", "app/not-found.tsx", "components/site/site-header.tsx", "components/articles/article-card.tsx", "components/front-page/front-page-view.tsx", "components/replies/reply-list.tsx"]) {
      assert.deepEqual(await ruleIds(file, code), ["no-restricted-imports"], file);
    }
    // The database stays refused there too (the reader block replaces the rule's options).
    assert.deepEqual(await ruleIds("components/site/example.tsx", 'import { x } from "@/lib/db";\nexport const y = x;\n'), ["no-restricted-imports"]);
    // The dashboard and sign-in pages keep next/link.
    for (const file of ["app/(dashboard)/dashboard/page.tsx", "components/dashboard/dashboard-nav.tsx", "components/front-page/front-page-desk.tsx", "app/(auth)/layout.tsx"]) {
      assert.deepEqual(await ruleIds(file, code), [], file);
    }
  });

  it("reader client components get their words as props, never through next-intl's client entry", async () => {
    const code = 'import { useTranslations } from "next-intl";\nexport const y = useTranslations;\n';
    for (const file of ["components/replies/reply-form.tsx", "components/live/live-updates.tsx", "components/newsletter/subscribe-form.tsx", "app/[edition]/articles/[slug]/page.tsx"]) {
      assert.deepEqual(await ruleIds(file, code), ["no-restricted-imports"], file);
    }
    // The server's translations stay open to them.
    assert.deepEqual(await ruleIds("components/replies/reply-form-text.tsx", 'import { getTranslations } from "next-intl/server";\nexport const y = getTranslations;\n'), []);
  });

  it("a queries file is server-only", async () => {
    assert.deepEqual(await ruleIds("lib/articles/queries.ts", "export const y = 1;\n"), ["gazette/queries-server-only"]);
    assert.deepEqual(await ruleIds("lib/replies/moderation-queries.ts", "export const y = 1;\n"), ["gazette/queries-server-only"]);
    assert.deepEqual(await ruleIds("lib/articles/queries.ts", 'import "server-only";\nexport const y = 1;\n'), []);
  });
});
