// The author profiles' write path (./mutations.ts) against a throwaway SQLite database: a byline made
// for a user the first time they need one, and the profile form's save, each with its audit event
// and the expiry of exactly the pages it changed, collected here as the command line collects them.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;

/** The tags collected since the last call, sorted. */
function collected(): string[] {
  const taken = takeCollectedExpirations();
  assert.ok(taken && "tags" in taken, "tags, not every page");
  return [...taken.tags].sort();
}

describe("writing author profiles", () => {
  before(async () => {
    database = await scratchDatabase();
  });
  after(async () => {
    await database?.close();
  });

  it("make a user's byline once, with its audit event, and expire its page", async () => {
    const { db } = database!;
    const { ensureAuthorProfile } = await import("./mutations");
    const user = await db.user.create({ data: { email: "ines@example.com", name: "Inès Duarte", passwordHash: "x", role: "AUTHOR" }, select: { id: true, name: true } });
    takeCollectedExpirations();

    const author = await ensureAuthorProfile(user);
    assert.equal(author.handle, "ines-duarte");
    assert.deepEqual(collected(), ["author:ines-duarte"]);
    assert.deepEqual(await ensureAuthorProfile(user), author, "the same byline the second time");
    assert.equal(takeCollectedExpirations(), null, "nothing written the second time");
    const events = await db.auditEvent.findMany({ where: { entityType: "author" }, select: { action: true, actorId: true, entityId: true } });
    assert.deepEqual(events, [{ action: "author.create", actorId: user.id, entityId: author.id }]);
  });

  it("save the profile form with its audit event, and expire the author's old and new page, bylines and lists", async () => {
    const { db } = database!;
    const { updateAuthorProfile } = await import("./mutations");
    const user = await db.user.create({ data: { email: "kofi@example.com", name: "Kofi Mensah", passwordHash: "x", role: "AUTHOR" }, select: { id: true, name: true } });
    const author = await db.author.create({ data: { userId: user.id, handle: "kofi", displayName: "Kofi Mensah" }, select: { id: true } });
    await db.author.create({ data: { handle: "taken", displayName: "Someone Else" } });
    takeCollectedExpirations();
    const input = { displayName: "Kofi A. Mensah", handle: "kofi-mensah", bio: "Courts.", website: null, links: [{ label: "Mastodon", url: "https://social.example/@kofi" }], removeAvatar: false };

    assert.deepEqual(await updateAuthorProfile(user, { ...input, handle: "taken" }, null), { ok: false, fieldErrors: { handle: ["Someone else already uses this handle."] } });
    assert.equal(takeCollectedExpirations(), null, "a refusal changes nothing");

    assert.deepEqual(await updateAuthorProfile(user, input, null), { ok: true, authorId: author.id, before: "kofi", after: "kofi-mensah" });
    assert.deepEqual(collected(), ["articles", `author-id:${author.id}`, "author:kofi", "author:kofi-mensah"]);
    const saved = await db.author.findUniqueOrThrow({ where: { id: author.id }, select: { handle: true, displayName: true, bio: true, links: { select: { label: true } }, user: { select: { name: true } } } });
    assert.deepEqual(saved, { handle: "kofi-mensah", displayName: "Kofi A. Mensah", bio: "Courts.", links: [{ label: "Mastodon" }], user: { name: "Kofi A. Mensah" } });
    const events = await db.auditEvent.findMany({ where: { entityId: author.id }, select: { action: true, actorId: true, detail: true } });
    assert.deepEqual(events, [{ action: "author.profile", actorId: user.id, detail: "kofi → kofi-mensah: Kofi A. Mensah" }]);
  });
});
