import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Feed } from "feed";
import { itemByline, withDublinCore } from "./byline";

function rssWith(item: { content?: string }) {
  const feed = new Feed({ title: "Gazette", id: "https://example.org/", link: "https://example.org/", copyright: "" });
  const author = { name: "Ann Example", link: "https://example.org/authors/ann" };
  feed.addItem({ title: "A", id: "https://example.org/a", link: "https://example.org/a", date: new Date("2026-01-01T00:00:00Z"), ...item, ...itemByline("rss", author) });
  return withDublinCore(feed.rss2());
}

describe("itemByline", () => {
  it("names an RSS entry's author with dc:creator, in a declared namespace, and writes no <author>", () => {
    for (const rss of [rssWith({ content: "<p>x</p>" }), rssWith({})]) {
      assert.match(rss, /<dc:creator>Ann Example<\/dc:creator>/);
      assert.doesNotMatch(rss, /<author>/);
      assert.equal(rss.match(/xmlns:dc="http:\/\/purl.org\/dc\/elements\/1.1\/"/g)?.length, 1);
    }
  });

  it("gives Atom and JSON Feed the name and profile link", () => {
    const author = { name: "Ann", link: "https://example.org/authors/ann" };
    assert.deepEqual(itemByline("atom", author), { author: [author] });
    assert.deepEqual(itemByline("json", author), { author: [author] });
  });
});
