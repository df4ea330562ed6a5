import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { composeMail, subjectLine, unsubscribeHeaders } from "./compose";

const site = { name: "Gazette", url: "https://news.example.com", postalAddress: "1 Press Street, Springfield" };

describe("composeMail", () => {
  it("writes a text and an HTML version with the site's name and address in the footer", () => {
    const mail = composeMail({ subject: "Hello", paragraphs: ["First.", "Second."], action: { label: "Open", url: "https://news.example.com/x" } }, site);
    assert.match(mail.text, /First\.\n\nSecond\./);
    assert.match(mail.text, /Open:\nhttps:\/\/news\.example\.com\/x/);
    assert.match(mail.text, /-- \nGazette\nhttps:\/\/news\.example\.com\n1 Press Street, Springfield\n$/);
    assert.match(mail.html, /href="https:\/\/news\.example\.com\/x"/);
    assert.match(mail.html, /1 Press Street, Springfield/);
  });
  it("escapes what readers wrote and links only web addresses", () => {
    const mail = composeMail({ subject: "x", paragraphs: ['<script>alert("x")</script>'], items: [{ title: "<b>t</b>", url: "javascript:alert(1)" }] }, site);
    assert.doesNotMatch(mail.html, /<script>|<b>t<\/b>|javascript:/);
    assert.match(mail.html, /&lt;script&gt;/);
  });
  it("adds the unsubscribe link when there is one", () => {
    const mail = composeMail({ subject: "x", paragraphs: [], unsubscribeUrl: "https://news.example.com/email/unsubscribe?t=a" }, site);
    assert.match(mail.text, /Unsubscribe: https:\/\/news\.example\.com\/email\/unsubscribe\?t=a/);
    assert.deepEqual(unsubscribeHeaders("https://x/u"), { "List-Unsubscribe": "<https://x/u>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" });
  });
  it("keeps subjects on one bounded line", () => {
    assert.equal(subjectLine("a\r\nBcc: victim@example.com"), "a Bcc: victim@example.com");
    assert.equal(subjectLine("x".repeat(300)).length, 200);
  });
});
