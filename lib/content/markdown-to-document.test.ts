import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { demoArticles, demoQuotes, sectionParagraphs } from "../../prisma/demo-content";
import { articleBody } from "../../prisma/seed";
import { convertedArticleBody } from "../../scripts/convert-bodies";
import { documentText, documentToHtml } from "./document-render";
import { markdownToText } from "./markdown";
import { markdownToDocument } from "./markdown-to-document";
import { readStoredBody } from "./stored-body";

const words = (text: string) => text.replace(/\s+/g, " ").trim();

/** A demo article's body as the seed wrote it before the editor: Markdown. */
function legacyDemoMarkdown(index: number, lead: string, paragraphs: string[]): string {
  const p = (n: number) => paragraphs[(index + n) % paragraphs.length];
  return [
    lead,
    p(0),
    `> ${demoQuotes[index % demoQuotes.length]}`,
    p(1),
    "## What comes next",
    p(2),
    index % 3 === 0 ? "Three questions remain open:\n\n- who pays,\n- how quickly it can happen,\n- and who checks that it worked." : p(3),
  ].join("\n\n");
}

describe("the Markdown-to-document migration", () => {
  it("keeps every demo article's text exactly, and the seed writes the same text as a document", () => {
    for (const [index, article] of demoArticles.entries()) {
      const markdown = legacyDemoMarkdown(index, article.lead, sectionParagraphs[article.category]);
      const before = words(markdownToText(markdown));
      assert.equal(words(documentText(markdownToDocument(markdown))), before, article.title);
      assert.equal(words(documentText(articleBody(index, article.lead, sectionParagraphs[article.category]))), before, `seed: ${article.title}`);
    }
  });

  it("keeps the blocks: headings, quotes, lists, emphasis and links", () => {
    const html = documentToHtml(markdownToDocument("# Top\n\n## Section\n\n##### Small\n\nSome **bold**, *italic* and [a link](https://example.org).\n\n> Quoted\n\n1. one\n2. two\n\n- a\n  - nested\n\n---"));
    assert.equal(
      html,
      [
        "<h2>Top</h2>",
        "<h2>Section</h2>",
        "<h4>Small</h4>",
        '<p>Some <strong>bold</strong>, <em>italic</em> and <a href="https://example.org">a link</a>.</p>',
        "<blockquote><p>Quoted</p></blockquote>",
        "<ol><li><p>one</p></li><li><p>two</p></li></ol>",
        "<ul><li><p>a</p><ul><li><p>nested</p></li></ul></li></ul>",
        "<hr>",
      ].join("\n"),
    );
  });

  it("keeps the text of what the editor has no block for, and drops unsafe links but not their words", () => {
    const markdown =
      "Use `npm start` &amp; ~~strike~~ [click](javascript:alert(1)) <span style=\"color:red\">red</span>.\n\n| a | b |\n|---|---|\n| c | d |\n\n```\ncode block\n```\n\n<div><script>alert(1)</script>raw</div>\n\n![A harbour](https://images.example.org/h.jpg \"The harbour\")";
    const document = markdownToDocument(markdown);
    const after = words(documentText(document));
    for (const word of words(markdownToText(markdown)).split(" ")) assert.ok(after.includes(word.replace(/[.]/g, "")), `${word} in ${after}`);
    const html = documentToHtml(document);
    assert.doesNotMatch(html, /javascript:|<script|style=|alert/);
    assert.match(html, /<figure class="body-figure body-figure-column"><img src="https:\/\/images.example.org\/h.jpg" alt="A harbour"/);
  });

  it("converts stored Markdown once, and leaves documents alone", () => {
    const converted = convertedArticleBody({ body: "Hello **world**.", bodyText: "" });
    assert.ok(converted);
    assert.equal(converted.bodyText, "Hello world.");
    assert.equal(convertedArticleBody(converted), null);
    assert.deepEqual(readStoredBody(converted.body), markdownToDocument("Hello **world**."));
  });
});
