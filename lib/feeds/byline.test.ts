import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Feed } from "feed";
import { itemByline, withDublinCore } from "./byline";

function rssWith(item: { content?: string }, authors = [{ name: "Ann Example", link: "https://example.org/authors/ann" }]) {
  const feed = new Feed({ title: "Gazette", id: "https://example.org/", link: "https://example.org/", copyright: "" });
  feed.addItem({ title: "A", id: "https://example.org/a", link: "https://example.org/a", date: new Date("2026-01-01T00:00:00Z"), ...item, ...itemByline("rss", authors) });
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

  it("names every co-author of an RSS entry with its own dc:creator, in byline order", () => {
    const rss = rssWith({}, [
      { name: "Ann Example", link: "https://example.org/authors/ann" },
      { name: "Bo Sample", link: "https://example.org/authors/bo" },
    ]);
    assert.deepEqual([...rss.matchAll(/<dc:creator>([^<]*)<\/dc:creator>/g)].map((match) => match[1]), ["Ann Example", "Bo Sample"]);
  });

  it("gives Atom and JSON Feed every byline's name and profile link", () => {
    const authors = [
      { name: "Ann", link: "https://example.org/authors/ann" },
      { name: "Bo", link: "https://example.org/authors/bo" },
    ];
    assert.deepEqual(itemByline("atom", authors), { author: authors });
    assert.deepEqual(itemByline("json", authors), { author: authors });
  });
});
