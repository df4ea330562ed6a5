import "server-only";
import { db } from "@/lib/db";
import { uniqueAuthorHandle } from "./handles";

/** The public byline of a user, created from their name the first time they need one. */
export async function ensureAuthorProfile(user: { id: string; name: string }): Promise<{ id: string; handle: string }> {
  const existing = await db.author.findUnique({ where: { userId: user.id }, select: { id: true, handle: true } });
  if (existing) return existing;
  const handle = await uniqueAuthorHandle(user.name);
  return db.author.create({
    data: { userId: user.id, handle, displayName: user.name },
    select: { id: true, handle: true },
  });
}
