// The PostgreSQL driver adapter, with the workarounds the wasm schema engine needs on Prisma 6.19.
// Remove each when upstream fixes it (docs/decisions/002-prisma-two-databases.md).
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

// Fix 1. Catalog columns of type `name` (OID 19) and `"char"` (OID 18) appear in the schema engine's
// introspection queries; the pg adapter cannot map them ("Column type 'name' could not be
// deserialized"). Reporting them as text (OID 25) fixes it; their values are plain strings already.
const UNMAPPED_TEXT_OIDS = new Set([18, 19]);
const TEXT_OID = 25;

function retypeCatalogFields(result: pg.QueryResult | undefined) {
  for (const field of result?.fields ?? []) {
    if (UNMAPPED_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class TextCatalogClient extends pg.Client {
  // pg.Pool calls query() with a callback; direct callers get a promise. Both paths are covered.
  query(...args: unknown[]): never {
    const last = args[args.length - 1];
    if (typeof last === "function") {
      args[args.length - 1] = (err: Error | null, res: pg.QueryResult) => last(err, retypeCatalogFields(res));
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) return result.then(retypeCatalogFields) as never;
    return result as never;
  }
}

/** Discrete connection fields: a connectionString would override the shadow database's name. */
function poolConfigFromUrl(connectionString: string): pg.PoolConfig {
  const url = new URL(connectionString);
  return {
    host: decodeURIComponent(url.hostname),
    port: url.port ? Number(url.port) : 5432,
    user: decodeURIComponent(url.username),
    password: decodeURIComponent(url.password),
    database: decodeURIComponent(url.pathname.slice(1)),
    ssl: url.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
  };
}

/**
 * Fix 2 and 4, for the Prisma CLI only. The stock shadow database drops the database before ending
 * its pool ("being accessed by other users"); here the pool ends first. Short idle timeouts let
 * the CLI exit in about two seconds instead of lingering on open connections.
 */
class MigrationPrismaPg extends PrismaPg {
  constructor(private readonly poolConfig: pg.PoolConfig) {
    super(poolConfig);
  }

  async connectToShadowDb() {
    const main = await this.connect();
    const database = `prisma_migrate_shadow_db_${randomUUID()}`;
    await main.executeScript(`CREATE DATABASE "${database}"`);
    const shadow = await new PrismaPg({ ...this.poolConfig, database }).connect();
    const endShadowPool = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await endShadowPool();
      await main.executeScript(`DROP DATABASE IF EXISTS "${database}"`);
      await main.dispose();
    };
    return shadow;
  }
}

export function createPostgresAdapter(connectionString: string, options: { forCli?: boolean } = {}) {
  if (options.forCli) {
    return new MigrationPrismaPg({
      ...poolConfigFromUrl(connectionString),
      Client: TextCatalogClient,
      idleTimeoutMillis: 1000,
      max: 2,
    });
  }
  return new PrismaPg({ connectionString, max: 10 });
}
