import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { scratchDatabase } from "@/lib/db/scratch-database";

const DAY = 24 * 60 * 60 * 1000;

describe("pruning the outbox", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  before(async () => {
    scratch = await scratchDatabase();
  });
  after(() => scratch.close());

  it("deletes delivered messages older than the retention and spent links; keeps recent, waiting and failed ones", async () => {
    const { db } = scratch;
    const { pruneOutbox } = await import("./prune");
    const now = new Date("2026-11-27T12:00:00Z");
    const ago = (days: number) => new Date(now.getTime() - days * DAY);
    const message = (subject: string, status: string, sentAt: Date | null, createdAt: Date) => ({ kind: "editorial", to: "x@example.net", subject, text: "", html: "", status, sentAt, createdAt });
    await db.outboxMessage.createMany({
      data: [
        ...Array.from({ length: 1_203 }, (_, i) => message(`old sent ${i}`, "SENT", ago(31), ago(31))),
        message("recent sent", "SENT", ago(29), ago(29)),
        message("old waiting", "PENDING", null, ago(60)),
        message("old failed", "FAILED", null, ago(60)),
      ],
    });
    const user = await db.user.create({ data: { email: "u@example.com", name: "U", passwordHash: "x" } });
    const token = (tokenHash: string, expiresAt: Date, usedAt: Date | null) => ({ userId: user.id, purpose: "invitation", tokenHash, expiresAt, usedAt });
    await db.emailToken.createMany({
      data: [
        token("used", new Date(now.getTime() + DAY), ago(0.01)),
        token("expired long ago", ago(31), null),
        token("expired yesterday", ago(1), null),
        token("valid", new Date(now.getTime() + DAY), null),
      ],
    });

    assert.deepEqual(await pruneOutbox(30, now), { messages: 1_203, tokens: 2 });
    const left = (await db.outboxMessage.findMany({ select: { subject: true }, orderBy: { subject: "asc" } })).map((row) => row.subject);
    assert.deepEqual(left, ["old failed", "old waiting", "recent sent"]);
    const tokens = (await db.emailToken.findMany({ select: { tokenHash: true }, orderBy: { tokenHash: "asc" } })).map((row) => row.tokenHash);
    assert.deepEqual(tokens, ["expired yesterday", "valid"]);
    assert.deepEqual(await pruneOutbox(30, now), { messages: 0, tokens: 0 });
  });
});
