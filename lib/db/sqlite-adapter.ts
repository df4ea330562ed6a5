// The SQLite (libsql) driver adapters: one for the app, one for the Prisma CLI.
import { PrismaLibSQL } from "@prisma/adapter-libsql";
import type { SqlDriverAdapter, SqlQuery } from "@prisma/driver-adapter-utils";

/**
 * The web server, scripts and tests share one database file. Write-ahead logging lets readers and a
 * writer work at once, and a busy timeout makes a second writer wait its turn instead of failing
 * with SQLITE_BUSY. foreign_keys is on so ON DELETE rules hold as they do on PostgreSQL. The busy
 * timeout comes first: a new connection's first statement (even `journal_mode`) may meet a lock.
 */
const CONNECTION_PRAGMAS = ["PRAGMA busy_timeout = 10000", "PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON"];

type LibsqlClient = { execute(sql: string): Promise<unknown>; transaction(mode?: string): Promise<unknown> };

/**
 * libsql's client hands its connection to every transaction and opens a new one for what comes next
 * (@libsql/client, sqlite3.js `transaction()`), and a new connection has none of the settings above:
 * after the first transaction busy_timeout was 0, so a write that met another process's write (the
 * test runner's, a second instance's) failed at once with SQLITE_BUSY instead of waiting its turn.
 * So each replacement connection gets them too, before anything else can use it (the adapter holds
 * its lock for the whole transaction).
 */
function configureEveryConnection(client: LibsqlClient): void {
  const transaction = client.transaction.bind(client);
  // Prisma's adapter asks for a "deferred" transaction (BEGIN): it reads, then upgrades to a write
  // lock, and SQLite refuses that upgrade at once (SQLITE_BUSY, no waiting) when another connection
  // wrote in between. "write" (BEGIN IMMEDIATE) takes the write lock first and waits its turn.
  client.transaction = async () => {
    const tx = await transaction("write");
    for (const pragma of CONNECTION_PRAGMAS) await client.execute(pragma);
    return tx;
  };
}

class ConfiguredPrismaLibSQL extends PrismaLibSQL {
  async connect() {
    const adapter = await super.connect();
    for (const pragma of CONNECTION_PRAGMAS) await adapter.queryRaw({ sql: pragma, args: [], argTypes: [] });
    configureEveryConnection((adapter as unknown as { client: LibsqlClient }).client);
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
