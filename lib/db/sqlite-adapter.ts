// The SQLite (libsql) driver adapter for the Prisma CLI, with the one workaround the wasm schema
// engine needs on Prisma 6.19 (docs/decisions/002-prisma-two-databases.md).
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";

/** Does this SQL hold more than one statement? (A `;` followed by anything but whitespace.) */
function hasSeveralStatements(sql: string): boolean {
  return /;\s*\S/.test(sql);
}

/**
 * Fix 3. libsql's execute() runs only the first statement of a multi-statement string, so replaying
 * migrations into the shadow database silently skipped most of them and `migrate diff
 * --from-migrations` reported false drift. Parameterless multi-statement SQL goes to executeScript.
 */
function runScriptsWhole(adapter: SqlDriverAdapter): SqlDriverAdapter {
  const executeRaw = adapter.executeRaw.bind(adapter);
  adapter.executeRaw = async (query: SqlQuery) => {
    if (query.args.length === 0 && hasSeveralStatements(query.sql)) {
      await adapter.executeScript(query.sql);
      return 0;
    }
    return executeRaw(query);
  };
  return adapter;
}

class MigrationPrismaLibSQL extends PrismaLibSQL {
  async connect() {
    return runScriptsWhole(await super.connect());
  }

  async connectToShadowDb() {
    return runScriptsWhole(await super.connectToShadowDb());
  }
}

export function createSqliteCliAdapter(url: string) {
  return new MigrationPrismaLibSQL({ url });
}
