import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { Feed } from "feed";
import { JSON_FEED_VERSION, toJsonFeed11 } from "./json-feed";

describe("toJsonFeed11", () => {
  it("upgrades feed's JSON Feed 1 output to 1.1 with authors arrays and the required fields", () => {
    const feed = new Feed({ title: "Gazette", id: "https://example.org/", link: "https://example.org/", author: { name: "Desk" } });
    feed.addItem({ title: "A", id: "https://example.org/a", link: "https://example.org/a", date: new Date("2026-01-01T00:00:00Z"), content: "<p>x</p>", author: [{ name: "Ann", link: "https://example.org/authors/ann" }] });
    const json = JSON.parse(toJsonFeed11(feed.json1()));
    assert.equal(json.version, JSON_FEED_VERSION);
    assert.equal(json.title, "Gazette");
    assert.deepEqual(json.authors, [{ name: "Desk" }]);
    assert.equal(json.author, undefined);
    const [item] = json.items;
    assert.equal(item.id, "https://example.org/a");
    assert.equal(item.content_html, "<p>x</p>");
    assert.deepEqual(item.authors, [{ name: "Ann", url: "https://example.org/authors/ann" }]);
    assert.equal(item.author, undefined);
  });
});
