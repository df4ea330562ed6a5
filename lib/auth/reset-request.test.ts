import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { answerResetRequest, type ResetRequestSteps } from "./reset-request";

/** Steps that record what ran before the answer and what ran after it. */
function recorder(accounts: Set<string>) {
  const log: string[] = [];
  const deferred: (() => Promise<void>)[] = [];
  let answered = false;
  const steps: ResetRequestSteps = {
    throttleAddress: async () => (log.push("throttle address"), 0),
    throttleAccount: async () => (log.push("throttle account"), 0),
    afterResponse: (work) => (log.push("defer"), void deferred.push(work)),
    sendLinkIfAccount: async (email) => {
      assert.equal(answered, true, "the account is looked up only after the answer");
      log.push(accounts.has(email) ? "issue link and queue mail" : "nothing to send");
    },
  };
  return {
    log,
    steps,
    answer: async (email: string) => {
      const answer = await answerResetRequest(email, steps);
      answered = true;
      const before = [...log];
      for (const work of deferred.splice(0)) await work();
      return { answer, before };
    },
  };
}

describe("answerResetRequest", () => {
  it("does the same work before answering, whether or not an account uses the address", async () => {
    const accounts = new Set(["editor@example.com"]);
    const known = await recorder(accounts).answer("editor@example.com");
    const unknown = await recorder(accounts).answer("nobody@example.com");
    assert.deepEqual(known.answer, { status: "sent" });
    assert.deepEqual(unknown.answer, known.answer);
    assert.deepEqual(known.before, ["throttle address", "throttle account", "defer"]);
    assert.deepEqual(unknown.before, known.before);
  });

  it("sends the link after the answer, to an existing account only", async () => {
    const accounts = new Set(["editor@example.com"]);
    const known = recorder(accounts);
    await known.answer("editor@example.com");
    assert.equal(known.log.at(-1), "issue link and queue mail");
    const unknown = recorder(accounts);
    await unknown.answer("nobody@example.com");
    assert.equal(unknown.log.at(-1), "nothing to send");
  });

  it("a throttled network is told to wait; an address asked for too often gets the same answer and no link", async () => {
    const steps = recorder(new Set()).steps;
    assert.deepEqual(await answerResetRequest("a@example.com", { ...steps, throttleAddress: async () => 120 }), { status: "wait", waitMs: 120 });
    let sent = false;
    const deferred: (() => Promise<void>)[] = [];
    const answer = await answerResetRequest("a@example.com", {
      ...steps,
      throttleAccount: async () => 60,
      afterResponse: (work) => void deferred.push(work),
      sendLinkIfAccount: async () => void (sent = true),
    });
    for (const work of deferred) await work();
    assert.deepEqual(answer, { status: "sent" });
    assert.equal(sent, false);
  });
});
