// For unit tests that need the real schema: a fresh SQLite file in a temporary folder with every
// migration applied. scratchDatabase sets it as DATABASE_URL before lib/db is first imported (the one
// client reads it then): mail, newsletter, WordPress import. scratchClient gives each file its own
// client, for a test that needs several databases at once (backup: export from one, restore into others).
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PrismaClient } from "../generated/sqlite/client";
import { createSqliteAdapter } from "./sqlite-adapter";

// `prisma migrate deploy` takes seconds (more on a busy machine): it runs once per process, into a
// file that each database then starts as a copy of. The migrating process has exited by then, so the
// file is whole (no journal beside it).
let migrated: string | undefined;

function migratedTemplate(): string {
  if (migrated && existsSync(migrated)) return migrated;
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-unit-template-"));
  const file = path.join(folder, "migrated.db");
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: `file:${file}` }, encoding: "utf8" });
  if (result.status !== 0) {
    rmSync(folder, { recursive: true, force: true });
    throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
  }
  process.once("exit", () => rmSync(folder, { recursive: true, force: true }));
  return (migrated = file);
}

function migratedSqliteFile(): { folder: string; url: string } {
  const template = migratedTemplate();
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-unit-"));
  const file = path.join(folder, "unit.db");
  copyFileSync(template, file);
  return { folder, url: `file:${file}` };
}

export async function scratchDatabase() {
  const { folder, url } = migratedSqliteFile();
  process.env.DATABASE_URL = url;
  process.env.AUTH_SECRET ||= "unit-test-secret-not-for-production-0000";
  const { db } = await import("@/lib/db");
  return {
    db,
    close: async () => {
      await db.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}

/** A fresh migrated SQLite file with a client of its own (the same driver adapter as lib/db); DATABASE_URL untouched. */
export async function scratchClient() {
  const { folder, url } = migratedSqliteFile();
  const db = new PrismaClient({ adapter: createSqliteAdapter(url) });
  return {
    db,
    url,
    close: async () => {
      await db.$disconnect();
      rmSync(folder, { recursive: true, force: true });
    },
  };
}
