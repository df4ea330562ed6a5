import assert from "node:assert/strict";
import { describe, it } from "node:test";

process.env.AUTH_SECRET ||= "unit-test-secret";
const { TOKEN_LIFETIME_SECONDS, hashIp, issueReplyToken, readReplyToken, replyPageToken } = await import("./token");

describe("reply timing token", () => {
  it("reports the seconds since it was issued, for its own article only", () => {
    const token = issueReplyToken("article-1", 1_000_000);
    assert.deepEqual(readReplyToken(token, "article-1", 1_004_500), { kind: "timed", seconds: 4.5 });
    assert.deepEqual(readReplyToken(token, "article-2", 1_004_500), { kind: "missing" });
  });

  it("times a reply sent within a second of the first keystroke", () => {
    const token = issueReplyToken("a", 1_000_000);
    assert.deepEqual(readReplyToken(token, "a", 1_000_400), { kind: "timed", seconds: 0.4 });
  });

  it("rejects forged, malformed and future tokens; says when a genuine one is too old to time anything", () => {
    const token = issueReplyToken("a", 1_000_000);
    const [id, , signature] = token.split(".");
    assert.deepEqual(readReplyToken(`${id}.999000.${signature}`, "a", 1_004_500), { kind: "missing" });
    assert.deepEqual(readReplyToken("nonsense", "a"), { kind: "missing" });
    assert.deepEqual(readReplyToken("", "a"), { kind: "missing" });
    assert.deepEqual(readReplyToken(token, "a", 999_000), { kind: "missing" });
    assert.deepEqual(readReplyToken(token, "a", 1_000_000 + TOKEN_LIFETIME_SECONDS * 1000 - 1), {
      kind: "timed",
      seconds: TOKEN_LIFETIME_SECONDS - 0.001,
    });
    assert.deepEqual(readReplyToken(token, "a", 1_000_000 + 7 * 3600_000), { kind: "stale" });
  });
});

describe("reply page token", () => {
  it("is the same for every reader and every render of the page, so the cached page can carry it", () => {
    assert.equal(replyPageToken("article-1"), replyPageToken("article-1"));
    assert.notEqual(replyPageToken("article-1"), replyPageToken("article-2"));
  });

  it("says the reply came from this article's page, whenever it is sent, and times nothing", () => {
    const token = replyPageToken("article-1");
    assert.deepEqual(readReplyToken(token, "article-1"), { kind: "page" });
    assert.deepEqual(readReplyToken(token, "article-1", Date.now() + 365 * 86_400_000), { kind: "page" });
    assert.deepEqual(readReplyToken(token, "article-2"), { kind: "missing" });
  });

  it("cannot be forged, nor turned into a timing token or made from one", () => {
    const page = replyPageToken("a");
    const [, , pageSignature] = page.split(".");
    assert.deepEqual(readReplyToken(`a.${Date.now() - 60_000}.${pageSignature}`, "a"), { kind: "missing" });
    const [, , timedSignature] = issueReplyToken("a").split(".");
    assert.deepEqual(readReplyToken(`a.page.${timedSignature}`, "a"), { kind: "missing" });
    assert.deepEqual(readReplyToken("a.page.", "a"), { kind: "missing" });
    assert.deepEqual(readReplyToken(`a.page.${pageSignature}x`, "a"), { kind: "missing" });
  });

  it("is signed with the site's secret", async () => {
    const before = replyPageToken("a");
    const secret = process.env.AUTH_SECRET;
    process.env.AUTH_SECRET = "another-secret";
    try {
      assert.notEqual(replyPageToken("a"), before);
      assert.deepEqual(readReplyToken(before, "a"), { kind: "missing" });
    } finally {
      process.env.AUTH_SECRET = secret;
    }
  });
});

describe("address hash", () => {
  it("hashes addresses without revealing them", () => {
    assert.equal(hashIp("203.0.113.7"), hashIp("203.0.113.7"));
    assert.notEqual(hashIp("203.0.113.7"), hashIp("203.0.113.8"));
    assert.doesNotMatch(hashIp("203.0.113.7"), /203/);
  });
});
