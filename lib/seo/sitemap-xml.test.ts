import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { XMLParser } from "fast-xml-parser";
import {
  SITEMAP_PART_SIZE,
  SITEMAP_PROTOCOL_LIMIT,
  articlePartCount,
  articlePartWindow,
  parsePartParam,
  sitemapIndexXml,
  sitemapPaths,
  urlsetXml,
} from "./sitemap-xml";

const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@" });

describe("sitemap parts", () => {
  it("split 100,000 articles into parts within the protocol's 50,000 addresses, each article in exactly one", () => {
    const total = 100_000;
    const parts = articlePartCount(total);
    assert.ok(parts >= 2, "one file cannot hold them");
    assert.ok(SITEMAP_PART_SIZE <= SITEMAP_PROTOCOL_LIMIT);
    let covered = 0;
    for (let part = 1; part <= parts; part++) {
      const { skip, take } = articlePartWindow(part);
      assert.equal(skip, covered, `part ${part} starts where the previous ended`);
      const listed = Math.min(take, total - skip);
      assert.ok(listed > 0 && listed <= SITEMAP_PROTOCOL_LIMIT, `part ${part} lists ${listed}`);
      covered += listed;
    }
    assert.equal(covered, total);
    assert.ok(parts + 1 <= SITEMAP_PROTOCOL_LIMIT, "the index names every part and the pages");
  });

  it("need no article part without articles, one for a few, one more past each full part", () => {
    assert.equal(articlePartCount(0), 0);
    assert.equal(articlePartCount(1), 1);
    assert.equal(articlePartCount(SITEMAP_PART_SIZE), 1);
    assert.equal(articlePartCount(SITEMAP_PART_SIZE + 1), 2);
  });

  it("are numbered from 1 in their addresses", () => {
    assert.equal(parsePartParam("1"), 1);
    assert.equal(parsePartParam("12"), 12);
    for (const bad of ["0", "-1", "01", "1.5", "x", "", "1234567"]) assert.equal(parsePartParam(bad), null, bad);
    assert.equal(sitemapPaths.articles(3), "/sitemap-articles-3.xml");
  });
});

describe("sitemap XML", () => {
  it("writes an index of absolute sitemap addresses", () => {
    const text = sitemapIndexXml([sitemapPaths.pages, sitemapPaths.articles(1)], "https://news.example.com");
    assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<sitemapindex /);
    const index = xml.parse(text).sitemapindex;
    assert.equal(index["@xmlns"], "http://www.sitemaps.org/schemas/sitemap/0.9");
    assert.deepEqual(index.sitemap, [{ loc: "https://news.example.com/sitemap-pages.xml" }, { loc: "https://news.example.com/sitemap-articles-1.xml" }]);
  });

  it("writes a urlset of absolute, escaped addresses, in the protocol's element order", () => {
    const text = urlsetXml([{ path: "/", lastModified: new Date("2026-05-01T10:00:00Z"), changeFrequency: "hourly", priority: 1 }, { path: "/tag/a&b" }], "https://news.example.com");
    assert.match(text, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
    assert.match(text, /<url>\s*<loc>[^<]+<\/loc>\s*<lastmod>[^<]+<\/lastmod>\s*<changefreq>hourly<\/changefreq>\s*<priority>1.0<\/priority>\s*<\/url>/);
    assert.match(text, /<loc>https:\/\/news.example.com\/tag\/a&amp;b<\/loc>/);
    assert.equal(xml.parse(text).urlset.url.length, 2);
  });

  it("names a page's versions in other languages as xhtml:link alternates, itself included", () => {
    const alternates = { "en-GB": "/articles/harbour", fr: "/fr/articles/port", "x-default": "/articles/harbour" };
    const text = urlsetXml([{ path: "/fr/articles/port", alternates }], "https://news.example.com");
    assert.match(text, /<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9" xmlns:xhtml="http:\/\/www.w3.org\/1999\/xhtml">/);
    assert.match(text, /<xhtml:link rel="alternate" hreflang="en-GB" href="https:\/\/news.example.com\/articles\/harbour"\/>/);
    assert.match(text, /<xhtml:link rel="alternate" hreflang="fr" href="https:\/\/news.example.com\/fr\/articles\/port"\/>/);
    assert.match(text, /<xhtml:link rel="alternate" hreflang="x-default" href="https:\/\/news.example.com\/articles\/harbour"\/>/);
    assert.equal(xml.parse(text).urlset.url.loc, "https://news.example.com/fr/articles/port");
  });
});
