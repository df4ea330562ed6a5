// Which edition a piece of content belongs to when whoever writes it names none: the default
// edition, read from the database at the moment of the write (not the reader's in-memory registry,
// which may be a few seconds old after "Make default" in another process). Every article, section,
// tag, site page, old slug and front-page version has one (docs/decisions/054-content-belongs-to-an-edition.md).
//
// No "server-only": the command line (imports, restore, seed) writes content too.
import { db, type Prisma } from "@/lib/db";
import { MIGRATION_DEFAULT_EDITION } from "./default-edition";

type Reader = Pick<Prisma.TransactionClient, "edition">;

/** Whether an edition a form names still exists (it may have been deleted since the form was opened). */
export async function editionExists(id: string, client: Reader = db): Promise<boolean> {
  return (await client.edition.count({ where: { id } })) > 0;
}

/** The default edition's id, read now (inside the caller's transaction when it passes one). */
export async function defaultEditionId(client: Reader = db): Promise<string> {
  const edition = await client.edition.findFirst({ where: { isDefault: true }, select: { id: true } });
  // The editions' mutation keeps exactly one default; a database without any (restored from a file
  // that predates editions, before the restore put it back) falls to the migration's row.
  return edition?.id ?? MIGRATION_DEFAULT_EDITION.id;
}
