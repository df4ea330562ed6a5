// The SQLite (libsql) driver adapters: one for the app, one for the Prisma CLI.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * The web server, scripts and tests share one database file. Write-ahead logging lets readers and a
 * writer work at once, and a busy timeout makes a second writer wait its turn instead of failing
 * with SQLITE_BUSY. foreign_keys is on so ON DELETE rules hold as they do on PostgreSQL.
 */
const CONNECTION_PRAGMAS = ["PRAGMA journal_mode = WAL", "PRAGMA busy_timeout = 10000", "PRAGMA foreign_keys = ON"];

class ConfiguredPrismaLibSQL extends PrismaLibSQL {
  async connect() {
    const adapter = await super.connect();
    for (const pragma of CONNECTION_PRAGMAS) await adapter.queryRaw({ sql: pragma, args: [], argTypes: [] });
    return adapter;
  }
}

export function createSqliteAdapter(url: string) {
  return new ConfiguredPrismaLibSQL({ url });
}

/** Does this SQL hold more than one statement? (A `;` followed by anything but whitespace.) */
function hasSeveralStatements(sql: string): boolean {
  return /;\s*\S/.test(sql);
}

/**
 * Fix 3 (docs/decisions/002-prisma-two-databases.md). libsql's execute() runs only the first
 * statement of a multi-statement string, so replaying migrations into the shadow database silently
 * skipped most of them and `migrate diff --from-migrations` reported false drift. Parameterless
 * multi-statement SQL goes to executeScript instead.
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
