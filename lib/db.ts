// The one Prisma client. The driver adapter is chosen from DATABASE_URL: SQLite through libsql for
// the embedded default, PostgreSQL through pg in production. Both clients are generated from the same
// schema (scripts/prisma-schemas.mjs), so they share one API; we type everything with the SQLite one.
import { PrismaClient as PostgresClient } from "./generated/postgres/client";
import { PrismaClient as SqliteClient } from "./generated/sqlite/client";
import { createPostgresAdapter } from "./db/postgres-adapter";
import { createSqliteAdapter } from "./db/sqlite-adapter";
import { DatabaseUnavailableError, isDatabaseUnavailable, noteDatabaseUnavailable } from "./db/unavailable";
import { databaseUrl, isPostgresUrl } from "./db/url";
import { processShared } from "./process-shared";

export type Db = SqliteClient;

function createBaseClient(): Db {
  const url = databaseUrl();
  if (isPostgresUrl(url)) {
    return new PostgresClient({ adapter: createPostgresAdapter(url) }) as unknown as Db;
  }
  return new SqliteClient({ adapter: createSqliteAdapter(url) });
}

/**
 * Every query that fails because the database cannot be reached throws DatabaseUnavailableError,
 * which the pages, actions and the HTTP layer turn into "temporarily unavailable" (lib/db/unavailable.ts).
 * The extended client has the same API as the base one (models, raw queries, $transaction), hence the cast.
 */
function createClient(): Db {
  return createBaseClient().$extends({
    query: {
      async $allOperations({ args, query }) {
        try {
          return await query(args);
        } catch (error) {
          if (!isDatabaseUnavailable(error)) throw error;
          noteDatabaseUnavailable(error);
          throw new DatabaseUnavailableError(error);
        }
      },
    },
  }) as unknown as Db;
}

// One client per process (lib/process-shared.ts), also across Next's hot reloads in development.
export const db: Db = processShared("db", createClient);

export { ArticleStatus, ReplyStatus, Role } from "./generated/sqlite/enums";
// A value, not only types: Prisma.sql and Prisma.join build parameterised raw SQL. Both generated
// clients take them from the one runtime they share (@prisma/client/runtime/client), so SQL built
// here runs on either database (lib/db.test.ts).
export { Prisma } from "./generated/sqlite/client";
