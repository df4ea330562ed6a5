// Database chores shared by setup, tests and CI: migrate, reset, seed.
import { isPostgresUrl } from "../../lib/db/url";
import { run } from "./run";

export function migrate(url: string): void {
  run("prisma", ["migrate", "deploy"], { DATABASE_URL: url });
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
