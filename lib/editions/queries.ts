import "server-only";
// Reads of the site's editions. The dashboard's list asks the database; reader code (from the next
// slice) reads the in-process list (./registry.ts) or a query tagged `editions`.
import { requirePermission } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { editionSelect, type RegisteredEdition } from "./registry";

export type { RegisteredEdition as Edition } from "./registry";

/** Every edition, default first then in order, for Settings → Editions. */
export async function listEditionsForSettings(): Promise<RegisteredEdition[]> {
  await requirePermission("settings:manage");
  return db.edition.findMany({ select: editionSelect, orderBy: [{ isDefault: "desc" }, { position: "asc" }, { language: "asc" }], take: 100 });
}
