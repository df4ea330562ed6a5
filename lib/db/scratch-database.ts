// For unit tests that need the real schema (mail, newsletter, WordPress import): a fresh SQLite file in a temporary folder with every
// migration applied, set as DATABASE_URL before lib/db is first imported (the one client reads it then).
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export async function scratchDatabase() {
  const folder = mkdtempSync(path.join(tmpdir(), "gazette-unit-"));
  const url = `file:${path.join(folder, "unit.db")}`;
  const result = spawnSync(path.join("node_modules", ".bin", "prisma"), ["migrate", "deploy"], { env: { ...process.env, DATABASE_URL: url }, encoding: "utf8" });
  if (result.status !== 0) throw new Error(`prisma migrate deploy failed:\n${result.stdout}\n${result.stderr}`);
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
