// An author profile's handle (its address, /authors/<handle>): the one rule every writer of author
// profiles uses, a byline made for a signed-in user (./mutations.ts) and an imported one (./import.ts)
// alike, within the limits the profile form holds (./limits.ts). No "server-only": the command line
// imports authors too.
import { slugify, uniqueSlug } from "@/lib/content/slug";
import { db } from "@/lib/db";
import { AUTHOR_FIELD_MAX } from "./limits";

/**
 * The first free handle made from the first of `wanted` (a login, then a name) that has letters or
 * digits an address can carry: two to sixty characters, like the form's.
 */
export async function uniqueAuthorHandle(...wanted: string[]): Promise<string> {
  const slug = wanted.map((text) => slugify(text)).find(Boolean) ?? "";
  // Room for "-2", "-3", … within the form's length.
  const base = slug.slice(0, AUTHOR_FIELD_MAX.handle - 4).replace(/-+$/, "");
  const root = base.length >= 2 ? base : base ? `author-${base}` : "author";
  return uniqueSlug(root, async (candidate) => (await db.author.count({ where: { handle: candidate } })) > 0);
}
