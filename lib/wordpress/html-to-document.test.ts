import assert from "node:assert/strict";
import path from "node:path";
import { describe, it } from "node:test";
import { z } from "zod";
import { singleLine } from "@/lib/actions/schemas";
import { htmlToPlainText, htmlToSingleLine, toSingleLine, wordpressHtmlToDocument } from "./html-to-document";

const types = (html: string) => wordpressHtmlToDocument(html).document.content.map((block) => block.type);

describe("wordpressHtmlToDocument: classic content", () => {
  it("makes paragraphs of blank lines and line breaks of single newlines, as wpautop does", () => {
    const { document, notes } = wordpressHtmlToDocument("First line\nsecond line\n\nSecond <strong>bold</strong> and <em>italic</em> paragraph.");
    assert.deepEqual(notes, []);
    assert.deepEqual(document.content, [
      { type: "paragraph", content: [{ type: "text", text: "First line" }, { type: "hardBreak" }, { type: "text", text: "second line" }] },
      {
        type: "paragraph",
        content: [
          { type: "text", text: "Second " },
          { type: "text", text: "bold", marks: [{ type: "bold" }] },
          { type: "text", text: " and " },
          { type: "text", text: "italic", marks: [{ type: "italic" }] },
          { type: "text", text: " paragraph." },
        ],
      },
    ]);
  });

  it("keeps headings (h1 becomes 2, h5 and h6 become 4), lists, quotes, links and rules", () => {
    const html = `<h1>Top</h1>\n<h5>Small</h5>\n<ul>\n<li>one</li>\n<li>two<ol start="3"><li>nested</li></ol></li>\n</ul>\n<blockquote>Quoted words</blockquote>\n<hr />\nA <a href="https://example.com/x">link</a> and <a href="javascript:alert(1)">a bad one</a>.`;
    const { document } = wordpressHtmlToDocument(html);
    assert.deepEqual(document.content.map((block) => block.type), ["heading", "heading", "bulletList", "blockquote", "horizontalRule", "paragraph"]);
    assert.deepEqual(document.content[0], { type: "heading", attrs: { level: 2 }, content: [{ type: "text", text: "Top" }] });
    assert.equal((document.content[1] as { attrs: { level: number } }).attrs.level, 4);
    const list = document.content[2] as { content: { content: { type: string; attrs?: { start: number } }[] }[] };
    assert.deepEqual(list.content[1]!.content.map((block) => block.type), ["paragraph", "orderedList"]);
    assert.equal(list.content[1]!.content[1]!.attrs!.start, 3);
    const paragraph = document.content[5] as { content: { text: string; marks?: unknown[] }[] };
    assert.deepEqual(paragraph.content[1], { type: "text", text: "link", marks: [{ type: "link", attrs: { href: "https://example.com/x" } }] });
    assert.equal(paragraph.content.map((node) => node.text).join(""), "A link and a bad one.");
  });

  it("turns [caption] into a figure with its caption and alt text", () => {
    const { document } = wordpressHtmlToDocument(
      '[caption id="attachment_754" align="alignnone" width="604"]<a href="https://example.files.wordpress.com/2008/06/bell.jpg"><img src="http://example.files.wordpress.com/2008/06/bell.jpg?w=604" alt="Bell on Wharf" /></a> Bell on wharf in San Francisco[/caption]',
    );
    assert.deepEqual(document.content, [
      {
        type: "figure",
        attrs: { src: "https://example.files.wordpress.com/2008/06/bell.jpg?w=604", alt: "Bell on Wharf", caption: "Bell on wharf in San Francisco", credit: "", width: "column", mediaId: null },
      },
    ]);
  });

  it("makes embeds of YouTube, Vimeo and Twitter addresses on their own line, frames and [embed]", () => {
    const html = [
      "https://www.youtube.com/watch?v=nwe-H6l4beM",
      '<iframe src="https://player.vimeo.com/video/22439234" width="500"></iframe>',
      '<blockquote class="twitter-tweet"><p>Words</p>&mdash; Nacin (@nacin) <a href="https://twitter.com/nacin/status/319508408669708289">April 3, 2013</a></blockquote><script async src="//platform.twitter.com/widgets.js"></script>',
      "[embed]https://youtu.be/dQw4w9WgXcQ[/embed]",
    ].join("\n\n");
    const { document } = wordpressHtmlToDocument(html);
    assert.deepEqual(
      document.content.map((block) => (block.type === "embed" ? block.attrs.url : block.type)),
      ["https://www.youtube.com/watch?v=nwe-H6l4beM", "https://vimeo.com/22439234", "https://x.com/nacin/status/319508408669708289", "https://www.youtube.com/watch?v=dQw4w9WgXcQ"],
    );
  });

  it("fills [gallery] from the attachments it is given", () => {
    const { document } = wordpressHtmlToDocument('[gallery ids="7,9"]', {
      gallery: (ids) => (ids ?? []).map((id) => ({ src: `https://example.com/wp-content/uploads/2020/01/${id}.jpg`, alt: `Picture ${id}`, caption: "" })),
    });
    assert.deepEqual(
      document.content.map((block) => (block.type === "figure" ? block.attrs.alt : block.type)),
      ["Picture 7", "Picture 9"],
    );
  });
});

describe("wordpressHtmlToDocument: block editor content", () => {
  it("ignores block comments and converts their HTML", () => {
    const html = `<!-- wp:heading -->\n<h2 class="wp-block-heading">Title</h2>\n<!-- /wp:heading -->\n\n<!-- wp:paragraph -->\n<p>One\nline</p>\n<!-- /wp:paragraph -->\n\n<!-- wp:image {"id":1} -->\n<figure class="wp-block-image"><img src="https://example.com/wp-content/uploads/2020/01/a.jpg" alt="A"/><figcaption>Cap</figcaption></figure>\n<!-- /wp:image -->\n\n<!-- wp:pullquote -->\n<figure class="wp-block-pullquote"><blockquote><p>Pulled</p><cite>Someone</cite></blockquote></figure>\n<!-- /wp:pullquote -->\n\n<!-- wp:embed {"url":"https://vimeo.com/22439234"} -->\n<figure class="wp-block-embed"><div class="wp-block-embed__wrapper">\nhttps://vimeo.com/22439234\n</div></figure>\n<!-- /wp:embed -->`;
    const { document, notes } = wordpressHtmlToDocument(html);
    assert.deepEqual(notes, []);
    assert.deepEqual(document.content.map((block) => block.type), ["heading", "paragraph", "figure", "pullQuote", "embed"]);
    // Inside block content a newline is a space, not a line break.
    assert.deepEqual(document.content[1], { type: "paragraph", content: [{ type: "text", text: "One line" }] });
  });

  it("keeps each image's caption in a gallery block, and the gallery's own", () => {
    const img = (n: number) => `<figure class="wp-block-image"><img src="https://example.com/wp-content/uploads/2020/01/${n}.jpg" alt="Alt ${n}"/><figcaption>Caption ${n}</figcaption></figure>`;
    const newer = wordpressHtmlToDocument(`<!-- wp:gallery --><figure class="wp-block-gallery">${img(1)}${img(2)}<figcaption class="blocks-gallery-caption">All of them</figcaption></figure><!-- /wp:gallery -->`);
    const older = wordpressHtmlToDocument(`<!-- wp:gallery --><figure class="wp-block-gallery"><ul class="blocks-gallery-grid"><li class="blocks-gallery-item">${img(1)}</li><li class="blocks-gallery-item">${img(2)}</li></ul></figure><!-- /wp:gallery -->`);
    const summary = (document: typeof newer.document) => document.content.map((block) => (block.type === "figure" ? `${block.attrs.alt}: ${block.attrs.caption}` : block.type));
    assert.deepEqual(summary(newer.document), ["Alt 1: Caption 1", "Alt 2: Caption 2", "paragraph"]);
    assert.deepEqual(summary(older.document), ["Alt 1: Caption 1", "Alt 2: Caption 2"]);
  });

  it("notes blocks that have no HTML of their own", () => {
    const { notes } = wordpressHtmlToDocument('<!-- wp:latest-posts {"postsToShow":3} /-->\n<!-- wp:paragraph --><p>Kept</p><!-- /wp:paragraph -->');
    assert.deepEqual(notes, ["block “latest-posts” has no content of its own: left out"]);
  });
});

describe("wordpressHtmlToDocument: what cannot be converted", () => {
  it("keeps the text of tables, unknown shortcodes, video and frames, and lists each in the notes", () => {
    const html = `<table><tr><th>Name</th><th>Age</th></tr><tr><td>Ann</td><td>30</td></tr></table>\n\n[audio src="https://example.com/a.mp3"]\n\n<video src="https://example.com/v.mp4">Your browser</video>\n\n<iframe src="https://maps.example.com/embed?x=1"></iframe>\n\n<script>alert(1)</script>`;
    const { document, notes } = wordpressHtmlToDocument(html);
    const text = JSON.stringify(document);
    for (const kept of ["Name · Age", "Ann · 30", '[audio src=\\"https://example.com/a.mp3\\"]', "https://example.com/v.mp4", "https://maps.example.com/embed?x=1"]) {
      assert.ok(text.includes(kept), `${kept} is kept`);
    }
    assert.ok(!text.includes("alert(1)"), "scripts are not kept as text");
    assert.deepEqual(notes.sort(), ["<script> removed", "<video> kept as text", "frame from maps.example.com kept as a link", "shortcode [audio] kept as text", "table kept as one paragraph per row"]);
  });

  it("never throws on hostile or broken HTML, and what it returns passes the body checks", () => {
    for (const html of ["<p><b><i>unclosed", "\u0000\u0008 control", "<img src=javascript:alert(1)>", "<a href='data:text/html,x'>x</a>", "<div>".repeat(200) + "deep", "x".repeat(50_000)]) {
      const { document } = wordpressHtmlToDocument(html);
      assert.equal(document.type, "doc");
    }
    assert.deepEqual(types(""), []);
  });

  it("plain text of titles, excerpts and comments decodes entities and drops tags", () => {
    assert.equal(htmlToPlainText("Title <em>With</em> <b>Mark<sup>up</sup></b> &amp; more"), "Title With Markup & more");
    assert.equal(htmlToPlainText("Ping 3 &laquo; What&#8217;s a tellyworth?"), "Ping 3 « What’s a tellyworth?");
    assert.equal(htmlToPlainText("one<br>two<p>three</p><p>four</p>"), "one\ntwothree\n\nfour");
    assert.equal(htmlToPlainText("<h1>Headings</h1><ul><li>one</li><li>two</li></ul>"), "Headings\n\none\ntwo");
  });
});

describe("wordpressHtmlToDocument on WordPress's theme unit test posts", () => {
  it("keeps every word a reader saw (outside embed addresses, shortcode attributes and scripts)", async () => {
    const { readWxr } = await import("./wxr-reader");
    const { documentText } = await import("@/lib/content/document-render");
    const fixture = path.resolve(import.meta.dirname, "../../e2e/fixtures/wordpress/themeunittestdata.wordpress.xml");
    const lost: string[] = [];
    await readWxr(fixture, {
      item: (item) => {
        if (item.postType !== "post") return;
        const { document } = wordpressHtmlToDocument(item.content, { gallery: () => [] });
        const kept = documentText(document).toLowerCase().replace(/[\s·]+/g, "");
        const shown = htmlToPlainText(
          item.content
            .replace(/<(script|style)\b[\s\S]*?<\/\1>/gi, "")
            .replace(/\[\/?[a-z][^\]]*\]/gi, " ")
            .replace(/https?:\/\/[^\s<"]+/gi, " "),
        ).toLowerCase();
        for (const word of new Set(shown.match(/[\p{L}\p{N}]{3,}/gu) ?? [])) if (!kept.includes(word)) lost.push(`post ${item.postId}: ${word}`);
      },
    });
    assert.deepEqual(lost, []);
  });
});

describe("wordpressHtmlToDocument: hostile nesting", () => {
  it("keeps the words of 5,000 nested <div> as plain paragraphs, without recursion, and says so", () => {
    const html = `${"<div>".repeat(5_000)}Deep words${"</div>".repeat(5_000)}\n\n<p>After</p>`;
    const { document, notes } = wordpressHtmlToDocument(html);
    assert.ok(JSON.stringify(document).includes("Deep words"));
    assert.ok(notes.some((note) => /nested 5,00\d levels deep/.test(note)), notes.join("; "));
  });

  it("reads the text of 50,000 nested elements for a title or comment", () => {
    assert.equal(htmlToPlainText(`${"<span>".repeat(50_000)}x${"</span>".repeat(50_000)}`), "x");
  });

  it("single-line fields (titles, names, alt text) fold their line breaks and tabs into spaces and pass the forms' rule", () => {
    const rule = singleLine(z.string());
    const cases: [string, string][] = [
      ["Flood\r\nBarrier", "Flood Barrier"],
      ["<p>Flood</p><p>Barrier</p>", "Flood Barrier"],
      ["Flood<br>Barrier\tDelayed", "Flood Barrier Delayed"],
      ["Flood&#13;&#10;Barrier&#x2028;Delayed", "Flood Barrier Delayed"],
      ["  \n  ", ""],
    ];
    for (const [html, expected] of cases) {
      const folded = htmlToSingleLine(html, 200);
      assert.equal(folded, expected, JSON.stringify(html));
      assert.ok(rule.safeParse(folded).success, JSON.stringify(folded));
    }
    // Plain text is not read as HTML; the cut never splits a character in two.
    assert.equal(toSingleLine("a <b> c\nd", 100), "a <b> c d");
    assert.equal(toSingleLine(`${"x".repeat(9)}😀`, 10), "x".repeat(9));
    assert.equal(toSingleLine("Ad\u0000min\u0007", 100), "Admin");
    assert.equal(toSingleLine("Flood\u0085Barrier\u2029Delayed\vagain", 100), "Flood Barrier Delayed again");
  });
});
