import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { markdownToText, renderMarkdown } from "./markdown";

describe("renderMarkdown", () => {
  it("renders paragraphs, emphasis, lists and links", () => {
    const html = renderMarkdown("Hello **world**.\n\n- one\n- two\n\n[Source](https://example.org/a)");
    assert.match(html, /<p>Hello <strong>world<\/strong>\.<\/p>/);
    assert.match(html, /<ul>\s*<li>one<\/li>\s*<li>two<\/li>\s*<\/ul>/);
    assert.match(html, /<a href="https:\/\/example.org\/a">Source<\/a>/);
  });

  it("turns a body h1 into h2 so the headline stays the only h1", () => {
    const html = renderMarkdown("# Inside heading");
    assert.doesNotMatch(html, /<h1/);
    assert.match(html, /<h2>Inside heading<\/h2>/);
  });

  it("removes scripts, event handlers and javascript: URLs", () => {
    const html = renderMarkdown(
      [
        "<script>alert(1)</script>",
        '<img src="https://example.org/x.png" onerror="alert(1)">',
        "[click](javascript:alert(1))",
        '<a href="javascript:alert(1)">raw</a>',
        '<iframe src="https://evil.example"></iframe>',
        '<p style="background:url(x)" onclick="alert(1)">styled</p>',
        '<svg onload="alert(1)"><circle/></svg>',
      ].join("\n\n"),
    );
    assert.doesNotMatch(html, /<script|onerror|onclick|onload|javascript:|<iframe|style=|<svg/i);
    assert.match(html, /<img src="https:\/\/example.org\/x.png" loading="lazy" \/>/);
    assert.match(html, /styled/);
  });

  it("keeps code blocks as text", () => {
    const html = renderMarkdown("```\n<b>not bold</b>\n```");
    assert.match(html, /<pre><code>&lt;b&gt;not bold&lt;\/b&gt;/);
  });

  it("lazy-loads images and drops data: image sources", () => {
    const html = renderMarkdown("![Alt](data:image/png;base64,AAAA)");
    assert.doesNotMatch(html, /data:/);
  });
});

describe("markdownToText", () => {
  it("strips markup and decodes entities", () => {
    assert.equal(markdownToText("# Title\n\nA *b* & <c> \"d\""), 'Title A b & "d"');
  });
});
