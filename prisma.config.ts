// Prisma CLI configuration. Prisma 6.19 with the JavaScript schema engine and driver adapters: the
// native engines cannot be downloaded on our machines (docs/decisions/002-prisma-two-databases.md).
// The database is chosen by DATABASE_URL: file:… is SQLite (libsql), postgres(ql)://… is PostgreSQL.
import path from "node:path";
import type { PrismaConfig } from "prisma";
import { DEFAULT_DATABASE_URL, isPostgresUrl } from "./lib/db/url";

// The CLI falls back to downloading engines with a misleading error when DATABASE_URL is unset.
process.env.DATABASE_URL ||= DEFAULT_DATABASE_URL;
const url = process.env.DATABASE_URL;
const postgres = isPostgresUrl(url);

export default {
  experimental: { adapter: true },
  engine: "js",
  schema: postgres ? path.join("prisma", "postgres", "schema.prisma") : path.join("prisma", "schema.prisma"),
  migrations: {
    path: postgres ? path.join("prisma", "postgres", "migrations") : path.join("prisma", "migrations"),
    seed: "tsx prisma/seed.ts",
  },
  async adapter() {
    if (postgres) {
      const { createPostgresAdapter } = await import("./lib/db/postgres-adapter");
      return createPostgresAdapter(url, { forCli: true });
    }
    const { createSqliteCliAdapter } = await import("./lib/db/sqlite-adapter");
    return createSqliteCliAdapter(url);
  },
} satisfies PrismaConfig;
