import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import type { Transporter } from "nodemailer";
import { scratchDatabase } from "@/lib/db/scratch-database";

describe("delivering the outbox", () => {
  let scratch: Awaited<ReturnType<typeof scratchDatabase>>;
  before(async () => {
    scratch = await scratchDatabase();
  });
  after(() => scratch.close());

  it("delivers every due message batch after batch, pausing between batches only inside a server, and marks them sent", async () => {
    const { db } = scratch;
    const { deliverDueMessages, BATCH_SIZE } = await import("./delivery");
    const { outboxRow } = await import("./outbox");
    const sent: string[] = [];
    const transport = { sendMail: async (message: { to: string }) => void sent.push(message.to) } as unknown as Transporter;
    const count = BATCH_SIZE * 2 + 7;
    const write = (prefix: string) =>
      db.outboxMessage.createMany({ data: Array.from({ length: count }, (_, i) => outboxRow({ kind: "editorial", to: `${prefix}-${i}@example.net`, content: { subject: "S", paragraphs: ["P"] } })) });

    await write("alone");
    let started = performance.now();
    assert.equal(await deliverDueMessages(transport, { yieldToReaders: false }), count);
    const alone = performance.now() - started;
    assert.equal(new Set(sent).size, count);
    assert.equal(await db.outboxMessage.count({ where: { status: "SENT" } }), count);

    await write("server");
    started = performance.now();
    assert.equal(await deliverDueMessages(transport), count);
    const paced = performance.now() - started;
    assert.equal(sent.length, count * 2);
    // The pauses are bounded: at most 2 s after each of the two full batches (and none after the last).
    assert.ok(paced < alone + 2 * 2_000 + 1_000, `paced ${paced} ms, alone ${alone} ms`);
    assert.equal(await deliverDueMessages(transport), 0);
  });
});
