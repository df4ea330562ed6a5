// Writing author profiles (bylines): the one made for a signed-in user the first time they need one,
// and the profile form's save. Each records its audit event in the same transaction and expires the
// pages it changed (the author's page under its old and new handle, every byline and author box, the
// lists whose cards carry the byline), whoever called: the dashboard's actions, the article editor,
// a script, a test. No "server-only": unit tests and the command line load it, as they load the
// import's entry (./import.ts).
import type { Refusal } from "@/lib/actions/state";
import { cacheTags, expireTags } from "@/lib/cache/tags";
import { db } from "@/lib/db";
import { uniqueAuthorHandle } from "./handles";

/** Who writes: the signed-in user whose profile it is. */
type ProfileOwner = { id: string; name: string };

export type ProfileInput = {
  displayName: string;
  handle: string;
  bio: string;
  website: string | null;
  links: { label: string; url: string }[];
  removeAvatar: boolean;
};

/** The public byline of a user, created from their name the first time they need one. */
export async function ensureAuthorProfile(user: ProfileOwner): Promise<{ id: string; handle: string }> {
  const existing = await db.author.findUnique({ where: { userId: user.id }, select: { id: true, handle: true } });
  if (existing) return existing;
  const handle = await uniqueAuthorHandle(user.name);
  const created = await db.$transaction(async (tx) => {
    const row = await tx.author.create({ data: { userId: user.id, handle, displayName: user.name }, select: { id: true, handle: true } });
    await tx.auditEvent.create({ data: { actorId: user.id, action: "author.create", entityType: "author", entityId: row.id, detail: `${handle}: ${user.name}`.slice(0, 500) } });
    return row;
  });
  // Its page, which a reader may have been shown as missing (its articles expire the lists when they come).
  expireTags([cacheTags.author(created.handle)]);
  return created;
}

/** The profile form's save: the byline's name, handle, bio, links and portrait, and the account's name. */
export async function updateAuthorProfile(
  user: ProfileOwner,
  input: ProfileInput,
  avatarUrl: string | null,
): Promise<{ ok: true; authorId: string; before: string; after: string } | Refusal> {
  const author = await ensureAuthorProfile(user);
  const clash = await db.author.findFirst({ where: { handle: input.handle, id: { not: author.id } }, select: { id: true } });
  if (clash) return { ok: false, fieldErrors: { handle: ["Someone else already uses this handle."] } };
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { name: input.displayName }, select: { id: true } });
    await tx.authorLink.deleteMany({ where: { authorId: author.id } });
    await tx.author.update({
      where: { id: author.id },
      data: {
        displayName: input.displayName,
        handle: input.handle,
        bio: input.bio,
        website: input.website,
        ...(avatarUrl ? { avatarUrl } : input.removeAvatar ? { avatarUrl: null } : {}),
        links: { create: input.links.map((link, position) => ({ ...link, position })) },
      },
      select: { id: true },
    });
    const renamed = author.handle === input.handle ? input.handle : `${author.handle} → ${input.handle}`;
    await tx.auditEvent.create({ data: { actorId: user.id, action: "author.profile", entityType: "author", entityId: author.id, detail: `${renamed}: ${input.displayName}`.slice(0, 500) } });
  });
  expireTags(profileTags(author.id, author.handle, input.handle));
  return { ok: true, authorId: author.id, before: author.handle, after: input.handle };
}

/**
 * What a profile's change touches: its page under the old and the new handle, every byline and author
 * box (by id), and the lists whose cards carry the byline.
 */
function profileTags(authorId: string, ...handles: string[]): string[] {
  return [...new Set([...handles.map(cacheTags.author), cacheTags.authorProfile(authorId), cacheTags.articleLists()])];
}
