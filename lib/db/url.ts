// Which database a DATABASE_URL names. Shared by the Prisma CLI config, scripts and lib/db.ts.

/** The embedded database used when DATABASE_URL is not set: a SQLite file beside the schema. */
export const DEFAULT_DATABASE_URL = "file:./prisma/gazette.db";

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export function databaseUrl(): string {
  return process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}
