// `npm run db:check`: the committed migrations produce exactly the schema in prisma/schema.prisma,
// for SQLite always and for PostgreSQL when TEST_DATABASE_URL (or DATABASE_URL) names a server.
// Each check replays the migrations into a throwaway shadow database and diffs the result.
import { rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { isPostgresUrl } from "../lib/db/url";
import { migrationDiff } from "./lib/migration-diff";
import { loadDotEnv, run } from "./lib/run";

loadDotEnv();
// The PostgreSQL copy of the schema is derived from the SQLite one; make sure it is current (the
// file only: the generated clients are installing's, and unit tests read them meanwhile).
run("node", ["scripts/prisma-schemas.mjs", "--schema-only"]);

// The CLI opens (and so creates) the SQLite file in the URL; the shadow database itself is in memory.
const scratchSqlite = path.join(tmpdir(), `gazette-migration-check-${process.pid}.db`);
const targets = [{ name: "SQLite", url: `file:${scratchSqlite}`, migrations: "prisma/migrations", schema: "prisma/schema.prisma" }];
const postgresUrl = [process.env.TEST_DATABASE_URL, process.env.DATABASE_URL].find((url) => url && isPostgresUrl(url));
if (postgresUrl) {
  targets.push({ name: "PostgreSQL", url: postgresUrl, migrations: "prisma/postgres/migrations", schema: "prisma/postgres/schema.prisma" });
} else {
  console.log("db:check: no PostgreSQL URL in TEST_DATABASE_URL or DATABASE_URL; checking SQLite only.");
}

let failed = false;
for (const target of targets) {
  const diff = migrationDiff(target);
  if (!diff.ok) {
    failed = true;
    console.error(`db:check: could not compare ${target.name} migrations:\n${diff.error}`);
  } else if (diff.sql.length) {
    failed = true;
    console.error(
      `db:check: ${target.name} migrations do not match ${target.schema}; they would need:\n${diff.sql.join(";\n")};\nCreate a migration with \`npm run db:new-migration -- <name>\`.`,
    );
  } else {
    console.log(`db:check: ${target.name} migrations match the schema.`);
  }
}
rmSync(scratchSqlite, { force: true });
process.exit(failed ? 1 : 0);
