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
