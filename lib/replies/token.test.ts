import assert from "node:assert/strict";
import { describe, it } from "node:test";

process.env.AUTH_SECRET ||= "unit-test-secret";
const { hashIp, issueReplyToken, secondsSinceToken } = await import("./token");

describe("reply timing token", () => {
  it("reports the seconds since it was issued, for its own article only", () => {
    const token = issueReplyToken("article-1", 1_000_000);
    assert.equal(secondsSinceToken(token, "article-1", 1_004_500), 4.5);
    assert.equal(secondsSinceToken(token, "article-2", 1_004_500), null);
  });

  it("rejects forged, malformed and hours-old tokens", () => {
    const token = issueReplyToken("a", 1_000_000);
    const [id, , signature] = token.split(".");
    assert.equal(secondsSinceToken(`${id}.999000.${signature}`, "a", 1_004_500), null);
    assert.equal(secondsSinceToken("nonsense", "a"), null);
    assert.equal(secondsSinceToken("", "a"), null);
    assert.equal(secondsSinceToken(token, "a", 1_000_000 + 7 * 3600_000), null);
  });

  it("hashes addresses without revealing them", () => {
    assert.equal(hashIp("203.0.113.7"), hashIp("203.0.113.7"));
    assert.notEqual(hashIp("203.0.113.7"), hashIp("203.0.113.8"));
    assert.doesNotMatch(hashIp("203.0.113.7"), /203/);
  });
});
