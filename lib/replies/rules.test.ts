import assert from "node:assert/strict";
import { describe, it } from "node:test";
process.env.AUTH_SECRET ||= "unit-test-secret";
const { classifyReply, countLinks, findListedWord, formatSeconds } = await import("./rules");
import type { ReplyCandidate } from "./rules";
import type { ReplySettings } from "./schemas";

const settings: ReplySettings = { holdWords: ["refund"], blockWords: ["cheap pills"], linkThreshold: 2, firstReplyApproval: true, closeAfterDays: 0 };
const reply = (overrides: Partial<ReplyCandidate> = {}): ReplyCandidate => ({
  name: "Ann",
  email: "ann@example.net",
  website: null,
  body: "A thoughtful reply.",
  honeypot: "",
  timing: { kind: "timed", seconds: 30 },
  knownCommenter: true,
  ...overrides,
});

describe("classifyReply", () => {
  it("approves a known commenter's plain reply", () => {
    assert.deepEqual(classifyReply(reply(), settings), { status: "APPROVED", reasons: [] });
  });

  it("holds a first reply, many links and hold-list words, with every reason", () => {
    const result = classifyReply(reply({ knownCommenter: false, body: "Refund please: https://a.example and https://b.example" }), settings);
    assert.equal(result.status, "PENDING");
    assert.deepEqual(result.reasons.map((r) => r.code), ["first-reply", "links", "hold-list"]);
    assert.match(result.reasons[1]!.detail, /2 links/);
  });

  it("does not hold first replies when first-reply approval is off", () => {
    assert.equal(classifyReply(reply({ knownCommenter: false }), { ...settings, firstReplyApproval: false }).status, "APPROVED");
  });

  it("marks honeypots, missing or forged tokens and block-list words as spam", () => {
    assert.deepEqual(classifyReply(reply({ honeypot: "Acme" }), settings).reasons.map((r) => r.code), ["honeypot"]);
    assert.deepEqual(classifyReply(reply({ timing: { kind: "missing" } }), settings).reasons.map((r) => r.code), ["no-token"]);
    assert.equal(classifyReply(reply({ website: "https://cheap pills.example", body: "Buy CHEAP PILLS now" }), settings).status, "SPAM");
  });

  it("holds a reply sent fast, even from a known commenter, and says how fast: fast alone is not spam", () => {
    const fast = classifyReply(reply({ timing: { kind: "timed", seconds: 0.8 } }), { ...settings, firstReplyApproval: false });
    assert.equal(fast.status, "PENDING");
    assert.deepEqual(fast.reasons.map((r) => r.code), ["too-fast"]);
    assert.match(fast.reasons[0]!.detail, /^Sent 0\.8 s after typing began/);
    assert.equal(classifyReply(reply({ timing: { kind: "timed", seconds: 2.99 } }), settings).status, "PENDING");
    assert.equal(classifyReply(reply({ timing: { kind: "timed", seconds: 3 } }), settings).status, "APPROVED");
  });

  it("holds a reply that could not be timed, with the reason, whoever sent it", () => {
    for (const why of ["no-script", "stale", "worn-out"] as const) {
      const result = classifyReply(reply({ timing: { kind: "untimed", why } }), { ...settings, firstReplyApproval: false });
      assert.equal(result.status, "PENDING", why);
      assert.deepEqual(result.reasons.map((r) => r.code), [{ "no-script": "untimed", stale: "token-stale", "worn-out": "token-worn-out" }[why]]);
      assert.match(result.reasons[0]!.detail, /could not be measured/);
    }
    const noScript = classifyReply(reply({ timing: { kind: "untimed", why: "no-script" } }), settings).reasons[0]!.detail;
    assert.match(noScript, /without the page's script/);
    assert.match(classifyReply(reply({ timing: { kind: "untimed", why: "stale" } }), settings).reasons[0]!.detail, /6 hours/);
    assert.match(classifyReply(reply({ timing: { kind: "untimed", why: "worn-out" } }), settings).reasons[0]!.detail, /5 replies/);
  });

  it("gives every reason a held reply has, fast and first together", () => {
    const result = classifyReply(reply({ knownCommenter: false, timing: { kind: "timed", seconds: 1 } }), settings);
    assert.deepEqual(result.reasons.map((r) => r.code), ["too-fast", "first-reply"]);
    assert.match(result.reasons[0]!.detail, /^Sent 1 s after typing began/);
  });

  it("spam wins over holding", () => {
    assert.equal(classifyReply(reply({ knownCommenter: false, honeypot: "x" }), settings).status, "SPAM");
    assert.equal(classifyReply(reply({ honeypot: "x", timing: { kind: "timed", seconds: 0.5 } }), settings).status, "SPAM");
    assert.equal(classifyReply(reply({ honeypot: "x", timing: { kind: "untimed", why: "no-script" } }), settings).status, "SPAM");
  });
});

describe("formatSeconds", () => {
  it("writes seconds as a moderator reads them", () => {
    assert.equal(formatSeconds(0.04), "0");
    assert.equal(formatSeconds(0.44), "0.4");
    assert.equal(formatSeconds(1), "1");
    assert.equal(formatSeconds(2.96), "2.9");
    assert.equal(formatSeconds(12.4), "12");
  });
});

describe("word lists and links", () => {
  it("matches whole words in any case, not parts of words", () => {
    assert.equal(findListedWord("A REFUND now", ["refund"]), "refund");
    assert.equal(findListedWord("refunds are", ["refund"]), null);
    assert.equal(findListedWord("Café crème", ["crème"]), "crème");
    assert.equal(findListedWord("a (b) c", ["(b)"]), "(b)");
  });

  it("counts links with and without a scheme", () => {
    assert.equal(countLinks("see https://a.example, www.b.com and HTTP://c.org/x"), 3);
    assert.equal(countLinks("no links here"), 0);
  });
});
