// Which imported item an old WordPress address belongs to. Addresses are remembered per source site
// (ImportedItem.source); when two sites had the same address (/?p=1, /hello-world/, /author/admin/),
// the site imported first keeps it: its readers and search engines held it first, and a later import
// must not take it from them (the later import's report lists what it could not have).
// No "server-only": the importer (also run from the command line) asks the same question.
import { db } from "@/lib/db";

export type OldAddressMatch = { externalId: string } | { externalSlug: string };

export function oldAddressOwner(kind: string, match: OldAddressMatch): Promise<{ source: string; entityId: string } | null> {
  return db.importedItem.findFirst({
    where: { kind, ...match },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { source: true, entityId: true },
  });
}

/**
 * Every item of the owning site (the one oldAddressOwner names) with this address, oldest first: a
 * site made multilingual with Polylang Pro may give one slug to a post in each language, told apart
 * by the language in front of the address (/fr/…). Bounded: a site has a handful of languages.
 */
export async function oldAddressItems(kind: string, match: OldAddressMatch): Promise<{ source: string; entityId: string }[]> {
  const owner = await oldAddressOwner(kind, match);
  if (!owner) return [];
  return db.importedItem.findMany({
    where: { kind, source: owner.source, ...match },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { source: true, entityId: true },
    take: 20,
  });
}
