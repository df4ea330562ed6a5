import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { scratchDatabase } from "@/lib/db/scratch-database";

describe("newsletter fan-out (INSERT … SELECT in chunks)", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  before(async () => {
    scratch = await scratchDatabase();
  });
  after(() => scratch.close());

  it("writes one message per confirmed subscriber of the issue's frequency, and running again writes none", async () => {
    const { db } = scratch;
    const { fanOutNewsletterIssues } = await import("./issues");
    const confirmedAt = new Date();
    await db.newsletterSubscriber.createMany({
      data: [
        ...Array.from({ length: 2_345 }, (_, i) => ({ email: `daily-${i}@example.net`, frequency: "DAILY", confirmedAt })),
        { email: "unconfirmed@example.net", frequency: "DAILY", confirmedAt: null },
        { email: "weekly@example.net", frequency: "WEEKLY", confirmedAt },
      ],
    });
    const issue = await db.newsletterIssue.create({
      data: { period: "DAILY:2026-11-27T07", frequency: "DAILY", subject: "Gazette Daily", content: "{}", html: "", text: "", articleCount: 1, recipientCount: 2_345, periodStart: new Date(0), periodEnd: confirmedAt },
    });
    const now = new Date("2026-11-27T07:00:00.123Z");
    assert.equal(await fanOutNewsletterIssues(now), 2_345);
    const rows = await db.outboxMessage.findMany({ where: { issueId: issue.id }, select: { id: true, to: true, status: true, nextAttemptAt: true, dedupeKey: true, recipientId: true, subject: true, sensitive: true } });
    assert.equal(rows.length, 2_345);
    assert.equal(new Set(rows.map((row) => row.to)).size, 2_345);
    assert.ok(rows.every((row) => row.to.startsWith("daily-")));
    const sample = rows[0]!;
    assert.equal(sample.status, "PENDING");
    assert.equal(sample.subject, "Gazette Daily");
    assert.equal(sample.sensitive, false);
    assert.equal(sample.nextAttemptAt.toISOString(), now.toISOString());
    assert.equal(sample.dedupeKey, `newsletter:DAILY:2026-11-27T07:${sample.recipientId}`);
    assert.equal((await db.newsletterIssue.findUniqueOrThrow({ where: { id: issue.id } })).fanOutDone, true);
    // Due now for the worker's claim, which compares with a date it binds itself.
    const { claimDueMessages } = await import("@/lib/mail/delivery");
    assert.equal((await claimDueMessages(10, new Date(now.getTime() + 1))).messages.length, 10);

    // A second pass (another instance, or a crash after a chunk) writes nothing twice.
    await db.newsletterIssue.update({ where: { id: issue.id }, data: { fanOutDone: false, fanOutCursor: null } });
    assert.equal(await fanOutNewsletterIssues(now), 0);
    assert.equal(await db.outboxMessage.count({ where: { issueId: issue.id } }), 2_345);
  });
});
