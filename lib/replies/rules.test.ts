import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { classifyReply, countLinks, findListedWord, type ReplyCandidate } from "./rules";
import type { ReplySettings } from "./schemas";

const settings: ReplySettings = { holdWords: ["refund"], blockWords: ["cheap pills"], linkThreshold: 2, firstReplyApproval: true, closeAfterDays: 0 };
const reply = (overrides: Partial<ReplyCandidate> = {}): ReplyCandidate => ({
  name: "Ann",
  email: "ann@example.net",
  website: null,
  body: "A thoughtful reply.",
  honeypot: "",
  secondsSinceFormOpened: 30,
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

  it("marks honeypots, missing tokens, haste and block-list words as spam", () => {
    assert.deepEqual(classifyReply(reply({ honeypot: "Acme" }), settings).reasons.map((r) => r.code), ["honeypot"]);
    assert.deepEqual(classifyReply(reply({ secondsSinceFormOpened: null }), settings).reasons.map((r) => r.code), ["no-token"]);
    const fast = classifyReply(reply({ secondsSinceFormOpened: 1.2 }), settings);
    assert.equal(fast.status, "SPAM");
    assert.match(fast.reasons[0]!.detail, /1\.2 s/);
    assert.equal(classifyReply(reply({ website: "https://cheap pills.example", body: "Buy CHEAP PILLS now" }), settings).status, "SPAM");
  });

  it("spam wins over holding", () => {
    assert.equal(classifyReply(reply({ knownCommenter: false, honeypot: "x" }), settings).status, "SPAM");
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
