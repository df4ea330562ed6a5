import type { Prisma } from "@/lib/db";
import { databaseUrl, isPostgresUrl } from "./url";

/**
 * A case-insensitive "contains" filter on both databases. SQLite's LIKE is already case-insensitive
 * for ASCII (and its client rejects `mode`); PostgreSQL needs `mode: "insensitive"`.
 */
export function containsInsensitive(value: string): Prisma.StringFilter {
  return isPostgresUrl(databaseUrl())
    ? ({ contains: value, mode: "insensitive" } as Prisma.StringFilter)
    : { contains: value };
}
