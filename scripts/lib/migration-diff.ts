// `prisma migrate diff` between committed migrations and the schema, minus the database objects we
// manage in raw SQL on purpose (full-text search: prisma/sql/sqlite-article-search.sql, and the
// PostgreSQL migrations that add "searchVector" and "searchConfig"), which Prisma cannot model.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { root } from "./run";

/** Objects outside the Prisma schema, by name. A statement touching only these is expected. */
const RAW_SQL_OBJECTS = /"?(ArticleSearch\w*|Article_search_idx|searchVector|searchConfig)"?/;

export function unexpectedStatements(script: string): string[] {
  return script
    .split(/;\s*\n/)
    .map((statement) => statement.replace(/^\s*--.*$/gm, "").trim().replace(/;$/, ""))
    .filter((statement) => statement && !/^PRAGMA /i.test(statement) && !RAW_SQL_OBJECTS.test(statement));
}

export function migrationDiff(target: { url: string; migrations: string; schema: string }): { ok: true; sql: string[] } | { ok: false; error: string } {
  const result = spawnSync(
    "prisma",
    ["migrate", "diff", "--from-migrations", target.migrations, "--to-schema-datamodel", target.schema, "--script"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: target.url, PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` },
    },
  );
  if (result.status !== 0) return { ok: false, error: `${result.stdout}\n${result.stderr}` };
  const script = result.stdout.trim();
  return { ok: true, sql: script === "-- This is an empty migration." ? [] : unexpectedStatements(script) };
}
