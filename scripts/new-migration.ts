// `npm run db:new-migration -- <name>`: after editing prisma/schema.prisma, write the migration that
// brings each database from its committed migrations to the new schema, for SQLite and PostgreSQL
// alike (one folder each, same name). The PostgreSQL side needs a server to replay migrations into a
// shadow database: set TEST_DATABASE_URL or DATABASE_URL to it (the role needs CREATEDB).
// Why not `prisma migrate dev`: docs/decisions/002-prisma-two-databases.md.
import { spawnSync } from "node:child_process";
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { slugify } from "../lib/content/slug";
import { isPostgresUrl } from "../lib/db/url";
import { loadDotEnv, root, run } from "./lib/run";

loadDotEnv();
const name = slugify(process.argv[2] ?? "").replace(/-/g, "_");
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
  { url: `file:${scratchSqlite}`, migrations: "prisma/migrations", schema: "prisma/schema.prisma" },
  { url: postgresUrl, migrations: "prisma/postgres/migrations", schema: "prisma/postgres/schema.prisma" },
]) {
  const result = spawnSync(
    "prisma",
    ["migrate", "diff", "--from-migrations", target.migrations, "--to-schema-datamodel", target.schema, "--script"],
    {
      cwd: root,
      encoding: "utf8",
      env: { ...process.env, DATABASE_URL: target.url, PATH: `${path.join(root, "node_modules", ".bin")}${path.delimiter}${process.env.PATH}` },
    },
  );
  if (result.status !== 0) throw new Error(`prisma migrate diff failed:\n${result.stderr}`);
  const sql = result.stdout.trim();
  if (!sql || sql === "-- This is an empty migration.") {
    console.log(`db:new-migration: ${target.migrations} already matches the schema.`);
    continue;
  }
  const folder = path.join(root, target.migrations, `${stamp}_${name}`);
  mkdirSync(folder, { recursive: true });
  writeFileSync(path.join(folder, "migration.sql"), sql + "\n");
  console.log(`db:new-migration: wrote ${path.relative(root, folder)}/migration.sql`);
}
rmSync(scratchSqlite, { force: true });
