// Database chores shared by setup, tests and CI: migrate, reset, seed.
import { isPostgresUrl } from "../../lib/db/url";
import { explainPostgresError, postgresTarget } from "./postgres-errors";
import { run } from "./run";

/** `convertBodies: false` for a caller that converts after writing rows itself (a restore). */
export type MigrateOptions = { convertBodies?: boolean };

export function migrate(url: string, { convertBodies = true }: MigrateOptions = {}): void {
  run("prisma", ["migrate", "deploy"], { DATABASE_URL: url });
  // The data half of migrations that SQL cannot do: Markdown bodies to body documents.
  if (convertBodies) run("tsx", ["scripts/convert-bodies.ts"], { DATABASE_URL: url });
}

/** A failure setup explains in one sentence (no stack trace needed). */
export class DatabaseSetupError extends Error {}

/**
 * `migrate`, with PostgreSQL failures explained: the connection is tried first (server down, no role,
 * wrong password, no database), and a fresh database is checked for the right to create tables in
 * schema public, which PostgreSQL 15 gives only to the database's owner. A migration that fails for
 * another reason is checked for that right too. Throws DatabaseSetupError with the sentence.
 */
export async function migrateExplained(url: string, options: MigrateOptions = {}): Promise<void> {
  if (!isPostgresUrl(url)) return migrate(url, options);
  const target = postgresTarget(url);
  const explained = (error: unknown) => {
    const sentence = explainPostgresError(error, target);
    return sentence ? new DatabaseSetupError(sentence) : error;
  };

  try {
    await withPostgres(url, async (client) => {
      const { rows } = await client.query<{ migrated: boolean }>(`SELECT to_regclass('public._prisma_migrations') IS NOT NULL AS migrated`);
      if (!rows[0]?.migrated) await probeCreateTable(client);
    });
  } catch (error) {
    throw explained(error);
  }

  try {
    migrate(url, options);
  } catch (error) {
    try {
      await withPostgres(url, probeCreateTable);
    } catch (probeError) {
      throw explained(probeError);
    }
    throw error;
  }
}

type PgClient = import("pg").Client;

async function withPostgres(url: string, work: (client: PgClient) => Promise<void>): Promise<void> {
  const { default: pg } = await import("pg");
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/** Creates a table in schema public and rolls it back: fails with 42501 if the role may not. */
async function probeCreateTable(client: PgClient): Promise<void> {
  await client.query("BEGIN");
  try {
    await client.query(`CREATE TABLE public."_gazette_setup_probe" (id integer)`);
  } finally {
    await client.query("ROLLBACK");
  }
}

/** Drop everything in the database (test databases only). */
export async function resetDatabase(url: string): Promise<void> {
  if (isPostgresUrl(url)) {
    const { default: pg } = await import("pg");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      await client.query("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
    } finally {
      await client.end();
    }
    return;
  }
  const { rmSync } = await import("node:fs");
  const file = url.replace(/^file:/, "");
  for (const suffix of ["", "-journal", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
}

export function seed(url: string, args: string[] = []): void {
  run("tsx", ["prisma/seed.ts", ...args], { DATABASE_URL: url });
}
