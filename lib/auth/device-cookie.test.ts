import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { issueDeviceToken, readCookie, verifyDeviceToken } from "./device-cookie";

const secret = "test-secret-0123456789abcdef0123456789";

describe("device cookie", () => {
  it("is accepted for the account it was issued for", () => {
    const token = issueDeviceToken("owner@example.com", secret);
    assert.equal(typeof verifyDeviceToken(token, "owner@example.com", secret), "string");
  });

  it("is refused for another account, another secret, or when altered", () => {
    const token = issueDeviceToken("owner@example.com", secret);
    assert.equal(verifyDeviceToken(token, "someone@example.com", secret), null);
    assert.equal(verifyDeviceToken(token, "owner@example.com", `${secret}x`), null);
    const [nonce, signature] = token.split(".") as [string, string];
    assert.equal(verifyDeviceToken(`${nonce}A.${signature}`, "owner@example.com", secret), null);
    assert.equal(verifyDeviceToken(`${nonce}.${signature.slice(0, -2)}`, "owner@example.com", secret), null);
    for (const junk of [null, "", ".", "a.b", `${nonce}.${signature}.x`, "x".repeat(500)]) {
      assert.equal(verifyDeviceToken(junk, "owner@example.com", secret), null);
    }
  });

  it("gives every sign-in its own nonce", () => {
    assert.notEqual(issueDeviceToken("a@example.com", secret), issueDeviceToken("a@example.com", secret));
  });

  it("reads one cookie from a Cookie header", () => {
    assert.equal(readCookie("a=1; gazette-device=abc.def; b=2", "gazette-device"), "abc.def");
    assert.equal(readCookie("xgazette-device=1", "gazette-device"), null);
    assert.equal(readCookie(null, "gazette-device"), null);
  });
});
