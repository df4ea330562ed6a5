// `npm run db:new-migration -- <name>`: after editing prisma/schema.prisma, write the migration that
// brings each database from its committed migrations to the new schema, for SQLite and PostgreSQL
// alike (one folder each, same name). The PostgreSQL side needs a server to replay migrations into a
// shadow database: set TEST_DATABASE_URL or DATABASE_URL to it (the role needs CREATEDB).
// Why not `prisma migrate dev`: docs/decisions/002-prisma-two-databases.md.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { slugify } from "../lib/content/slug";
import { isPostgresUrl } from "../lib/db/url";
import { migrationDiff } from "./lib/migration-diff";
import { loadDotEnv, root, run } from "./lib/run";

loadDotEnv();
const name = slugify((process.argv[2] ?? "").replace(/_/g, "-")).replace(/-/g, "_");
if (!name) {
  console.error("usage: npm run db:new-migration -- <name>");
  process.exit(1);
}
const postgresUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((url) => url && isPostgresUrl(url));
if (!postgresUrl) {
  console.error("db:new-migration: set TEST_DATABASE_URL or DATABASE_URL to a PostgreSQL server (see the README).");
  process.exit(1);
}

run("node", ["scripts/prisma-schemas.mjs"]);
const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
const scratchSqlite = path.join(tmpdir(), `gazette-new-migration-${process.pid}.db`);

for (const target of [
  { url: `file:${scratchSqlite}`, migrations: "prisma/migrations", schema: "prisma/schema.prisma", searchSql: "prisma/sql/sqlite-article-search.sql" },
  { url: postgresUrl, migrations: "prisma/postgres/migrations", schema: "prisma/postgres/schema.prisma", searchSql: null },
]) {
  const diff = migrationDiff(target);
  if (!diff.ok) throw new Error(`prisma migrate diff failed:\n${diff.error}`);
  if (diff.sql.length === 0) {
    console.log(`db:new-migration: ${target.migrations} already matches the schema.`);
    continue;
  }
  let sql = diff.sql.join(";\n\n") + ";\n";
  // SQLite alters a table by rebuilding it (new_X, copy, DROP X, rename). The diff's PRAGMA lines are
  // left out above (they are not schema), but without them DROP X runs the foreign keys' ON DELETE
  // rules: rebuilding Category set every Article.categoryId to NULL. Put them back around the script.
  if (target.searchSql && /CREATE TABLE "new_/.test(sql)) {
    sql = `PRAGMA defer_foreign_keys=ON;\nPRAGMA foreign_keys=OFF;\n\n${sql}\nPRAGMA foreign_keys=ON;\nPRAGMA defer_foreign_keys=OFF;\n`;
  }
  // SQLite rebuilds a table to alter it, which drops its triggers: put the search index back.
  if (target.searchSql && /"new_Article"/.test(sql)) sql += "\n" + readFileSync(path.join(root, target.searchSql), "utf8");
  const folder = path.join(root, target.migrations, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql);
  console.log(`db:new-migration: wrote ${path.relative(root, folder)}/migration.sql`);
}
rmSync(scratchSqlite, { force: true });
