// The media library's edit (./mutations.ts) against a throwaway SQLite database: who may describe an
// image, the audit event in the same transaction, and the expiry of the pages that show the image,
// done by the mutation itself (collected here as the command line collects it), not left to a caller.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { takeCollectedExpirations } from "@/lib/cache/tags";
import { scratchDatabase } from "@/lib/db/scratch-database";

let database: Awaited<ReturnType<typeof scratchDatabase>> | undefined;

describe("editing an image in the media library", () => {
  before(async () => {
    database = await scratchDatabase();
  });
  after(async () => {
    await database?.close();
  });

  it("records who changed its words and focal point, and expires the pages that show it", async () => {
    const { db } = database!;
    const { updateMedia } = await import("./mutations");
    const editor = await db.user.create({ data: { email: "desk@example.com", name: "Desk", passwordHash: "x", role: "EDITOR" }, select: { id: true, role: true } });
    const author = await db.user.create({ data: { email: "kofi@example.com", name: "Kofi", passwordHash: "x", role: "AUTHOR" }, select: { id: true, role: true } });
    const media = await db.media.create({ data: { url: "/uploads/2026/12/quay.jpg", filename: "quay.jpg", mime: "image/jpeg", uploadedById: editor.id }, select: { id: true } });
    takeCollectedExpirations();
    const fields = { alt: "The quay at dawn", caption: "", credit: "Port authority", focalX: 20, focalY: 70 };

    assert.deepEqual(await updateMedia(author, media.id, fields), { ok: false, message: "You can only describe images you uploaded; ask an editor." });
    assert.equal(takeCollectedExpirations(), null, "a refusal changes nothing");

    const result = await updateMedia(editor, media.id, fields);
    assert.ok(result.ok);
    assert.equal(result.item.credit, "Port authority");
    assert.deepEqual(takeCollectedExpirations(), { tags: ["media:/uploads/2026/12/quay.jpg"] });
    assert.deepEqual(await db.media.findUniqueOrThrow({ where: { id: media.id }, select: { focalX: true, focalY: true } }), { focalX: 20, focalY: 70 });
    const events = await db.auditEvent.findMany({ where: { entityType: "media" }, select: { action: true, actorId: true, entityId: true, detail: true } });
    assert.deepEqual(events, [{ action: "media.update", actorId: editor.id, entityId: media.id, detail: "quay.jpg" }]);
  });
});
