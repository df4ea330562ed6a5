import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { hashLinkToken, isLinkTokenShape, newLinkToken, signLink, verifyLink } from "./tokens";

describe("link tokens", () => {
  it("stores only a hash of a random token", () => {
    const { token, tokenHash } = newLinkToken();
    assert.ok(isLinkTokenShape(token));
    assert.notEqual(token, tokenHash);
    assert.equal(hashLinkToken(token), tokenHash);
    assert.notEqual(newLinkToken().token, token);
  });
  it("refuses tokens of the wrong shape", () => {
    assert.equal(isLinkTokenShape("short"), false);
    assert.equal(isLinkTokenShape("a".repeat(43) + "'"), false);
    assert.equal(isLinkTokenShape(42), false);
  });
  it("verifies signed links and refuses forged or altered ones", () => {
    const link = signLink("newsletter-unsubscribe", "cabc123", "secret");
    assert.deepEqual(verifyLink(link, "secret"), { purpose: "newsletter-unsubscribe", id: "cabc123" });
    assert.equal(verifyLink(link, "other secret"), null);
    assert.equal(verifyLink(link.replace("cabc123", "cabc124"), "secret"), null);
    assert.equal(verifyLink(link.replace("newsletter-unsubscribe", "reply-unsubscribe"), "secret"), null);
    assert.equal(verifyLink("x".repeat(500), "secret"), null);
    assert.equal(verifyLink(undefined, "secret"), null);
  });
});
