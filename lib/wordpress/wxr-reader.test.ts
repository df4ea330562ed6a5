import assert from "node:assert/strict";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { after, describe, it } from "node:test";
import { readWxr, WxrSyntaxError, type WxrItem } from "./wxr-reader";

const scratch = mkdtempSync(path.join(tmpdir(), "gazette-wxr-"));
after(() => rmSync(scratch, { recursive: true, force: true }));
const file = (name: string, xml: string) => {
  const full = path.join(scratch, name);
  writeFileSync(full, xml);
  return full;
};

// WXR 1.1 (http namespace, another prefix than "wp" for the excerpt), as WordPress 3.x exported it.
const WXR_11 = `<?xml version="1.0" encoding="UTF-8" ?>
<rss version="2.0" xmlns:excerpt="http://wordpress.org/export/1.1/excerpt/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:w="http://wordpress.org/export/1.1/">
<channel><title>Old blog</title><link>http://old.example</link><w:wxr_version>1.1</w:wxr_version><w:base_blog_url>http://old.example</w:base_blog_url>
<w:author><w:author_login>ann</w:author_login><w:author_display_name><![CDATA[Ann Writer]]></w:author_display_name></w:author>
<item><title>Hello &amp; welcome</title><dc:creator>ann</dc:creator><content:encoded><![CDATA[<p>Body]]]]><![CDATA[></p>]]></content:encoded><excerpt:encoded><![CDATA[Short]]></excerpt:encoded>
<w:post_id>7</w:post_id><w:status>publish</w:status><w:post_type>post</w:post_type><category domain="post_tag" nicename="news">News</category>
<w:comment><w:comment_id>3</w:comment_id><w:comment_approved>1</w:comment_approved><w:comment_content>Nice</w:comment_content><w:comment_parent>0</w:comment_parent></w:comment></item>
</channel></rss>`;

describe("readWxr", () => {
  it("reads WXR 1.1 by namespace, whatever the prefix", async () => {
    const items: WxrItem[] = [];
    const authors: string[] = [];
    const { channel } = await readWxr(file("old.xml", WXR_11), { item: (item) => void items.push(item), author: (author) => void authors.push(author.displayName) });
    assert.equal(channel.wxrVersion, "1.1");
    assert.deepEqual(authors, ["Ann Writer"]);
    assert.equal(items.length, 1);
    assert.equal(items[0]!.title, "Hello & welcome");
    assert.equal(items[0]!.content, "<p>Body]]></p>");
    assert.equal(items[0]!.excerpt, "Short");
    assert.deepEqual(items[0]!.terms, [{ domain: "post_tag", nicename: "news", name: "News" }]);
    assert.equal(items[0]!.comments[0]!.content, "Nice");
  });

  it("reads the site's language and the terms of other taxonomies (Polylang's languages and groups)", async () => {
    const xml = `<?xml version="1.0"?>
<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><language>fr-FR</language><wp:wxr_version>1.2</wp:wxr_version>
<wp:term><wp:term_id>11</wp:term_id><wp:term_taxonomy><![CDATA[language]]></wp:term_taxonomy><wp:term_slug><![CDATA[fr]]></wp:term_slug><wp:term_parent><![CDATA[]]></wp:term_parent><wp:term_name><![CDATA[Français]]></wp:term_name><wp:term_description><![CDATA[a:1:{s:6:"locale";s:5:"fr_FR";}]]></wp:term_description><wp:termmeta><wp:meta_key>x</wp:meta_key><wp:meta_value>y</wp:meta_value></wp:termmeta></wp:term>
</channel></rss>`;
    const terms: unknown[] = [];
    const { channel } = await readWxr(file("terms.xml", xml), { term: (term) => void terms.push(term) });
    assert.equal(channel.language, "fr-FR");
    assert.deepEqual(terms, [{ termId: "11", taxonomy: "language", slug: "fr", parent: "", name: "Français", description: 'a:1:{s:6:"locale";s:5:"fr_FR";}' }]);
  });

  it("refuses RSS that is not a WordPress export, and a file that is not XML, with a position", async () => {
    await assert.rejects(readWxr(file("rss.xml", "<rss><channel><title>x</title></channel></rss>"), {}), /not a WordPress export/);
    await assert.rejects(readWxr(file("html.xml", "<html><body>x</body></html>"), {}), WxrSyntaxError);
    await assert.rejects(readWxr(file("junk.xml", "not xml at all"), {}), (error: unknown) => error instanceof WxrSyntaxError && error.line === 1);
    await assert.rejects(readWxr(file("empty.xml", ""), {}), WxrSyntaxError);
  });

  it("expands no entity a DOCTYPE declares (no file reads, no billion laughs)", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;"><!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel><title>&b;&x;</title></channel></rss>`;
    await assert.rejects(readWxr(file("entities.xml", xml), {}), /undefined entity/);
  });

  it("refuses elements nested 60,000 deep at once, naming the line, in time linear in the file", async () => {
    const head = `<?xml version="1.0"?>\n<rss xmlns:wp="http://wordpress.org/export/1.2/"><channel><wp:wxr_version>1.2</wp:wxr_version>\n<item><title>Deep</title>\n`;
    const xml = `${head}${"<x>".repeat(60_000)}${"</x>".repeat(60_000)}</item></channel></rss>`;
    const started = performance.now();
    await assert.rejects(readWxr(file("deep.xml", xml), {}), (error: unknown) => error instanceof WxrSyntaxError && error.line === 4 && /nested more than 64 deep/.test(error.message) && /line 4/.test(error.message));
    // Quadratic reading took seconds at this depth; the bound stops it within the first levels.
    assert.ok(performance.now() - started < 2_000, `took ${Math.round(performance.now() - started)} ms`);
  });
});
