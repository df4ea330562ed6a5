import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { oneClickUrl, outboxRow, siteLink } from "./outbox";

describe("outbox rows", () => {
  it("builds links on SITE_URL with encoded parameters", () => {
    const link = new URL(siteLink("/email/confirm", { t: "a b&c" }));
    assert.equal(link.pathname, "/email/confirm");
    assert.equal(link.searchParams.get("t"), "a b&c");
  });
  it("points one-click unsubscribe at the API route that unsubscribes on POST", () => {
    assert.equal(oneClickUrl("https://news.example.com/email/unsubscribe?t=x.y.z"), "https://news.example.com/api/email/unsubscribe?t=x.y.z");
  });
  it("adds List-Unsubscribe headers only to messages with an unsubscribe link", () => {
    const plain = outboxRow({ kind: "password-reset", to: "a@example.com", content: { subject: "Reset", paragraphs: ["x"] }, sensitive: true });
    assert.equal(plain.headers, "{}");
    assert.equal(plain.sensitive, true);
    const notice = outboxRow({ kind: "editorial", to: "a@example.com", content: { subject: "Published", paragraphs: ["x"], unsubscribeUrl: siteLink("/email/unsubscribe", { t: "x" }) } });
    const headers = JSON.parse(notice.headers as string) as Record<string, string>;
    assert.match(headers["List-Unsubscribe"]!, /^<http.*\/api\/email\/unsubscribe\?t=x>$/);
    assert.equal(headers["List-Unsubscribe-Post"], "List-Unsubscribe=One-Click");
  });
});
