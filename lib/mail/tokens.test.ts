import assert from "node:assert/strict";
import { createHmac } from "node:crypto";
import { describe, it } from "node:test";
import { CONFIRM_LINK_LIFETIME_MS, hashLinkToken, isLinkTokenShape, newLinkToken, signLink, verifyLink } from "./tokens";

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
    assert.deepEqual(verifyLink(link, "secret"), { purpose: "newsletter-unsubscribe", id: "cabc123", expired: false });
    assert.equal(verifyLink(link, "other secret"), null);
    assert.equal(verifyLink(link.replace("cabc123", "cabc124"), "secret"), null);
    assert.equal(verifyLink(link.replace("newsletter-unsubscribe", "reply-unsubscribe"), "secret"), null);
    assert.equal(verifyLink("x".repeat(500), "secret"), null);
    assert.equal(verifyLink(undefined, "secret"), null);
  });

  it("confirmation links work for seven days, then come back expired", () => {
    const issued = new Date("2026-05-01T10:00:00Z");
    const link = signLink("newsletter-confirm", "cabc123", "secret", issued);
    const after = (ms: number) => verifyLink(link, "secret", new Date(issued.getTime() + ms));
    assert.deepEqual(after(0), { purpose: "newsletter-confirm", id: "cabc123", expired: false });
    assert.equal(after(CONFIRM_LINK_LIFETIME_MS - 1000)?.expired, false);
    assert.deepEqual(after(CONFIRM_LINK_LIFETIME_MS + 1000), { purpose: "newsletter-confirm", id: "cabc123", expired: true });
    assert.equal(verifyLink(signLink("reply-confirm", "r1", "secret", issued), "secret", new Date(issued.getTime() + 8 * 86_400_000))?.expired, true);
  });

  it("the date is signed: moving it forward breaks the link", () => {
    const link = signLink("newsletter-confirm", "cabc123", "secret", new Date("2026-05-01T10:00:00Z"));
    const [purpose, id, , sig] = link.split(".");
    const later = Math.floor(Date.parse("2026-06-01T10:00:00Z") / 1000).toString(36);
    assert.equal(verifyLink([purpose, id, later, sig].join("."), "secret", new Date("2026-06-02T10:00:00Z")), null);
  });

  it("a confirmation from before links were dated is expired, not valid", () => {
    // The old form: `<purpose>.<id>.<signature>` over purpose and id only.
    const undated = `newsletter-confirm.cabc123.${createHmac("sha256", "secret").update("mail-link:newsletter-confirm:cabc123").digest("base64url").slice(0, 32)}`;
    assert.deepEqual(verifyLink(undated, "secret"), { purpose: "newsletter-confirm", id: "cabc123", expired: true });
  });

  it("unsubscribe links never expire and stay bound to one record and one purpose", () => {
    const link = signLink("newsletter-unsubscribe", "cabc123", "secret", new Date("2020-01-01T00:00:00Z"));
    assert.equal(link.split(".").length, 3);
    assert.deepEqual(verifyLink(link, "secret", new Date("2030-01-01T00:00:00Z")), { purpose: "newsletter-unsubscribe", id: "cabc123", expired: false });
    // A date added to an unsubscribe link, or a confirmation's date moved onto it, is refused.
    const confirm = signLink("newsletter-confirm", "cabc123", "secret");
    assert.equal(verifyLink(confirm.replace("newsletter-confirm", "newsletter-unsubscribe"), "secret"), null);
  });
});
