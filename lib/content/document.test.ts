import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { BODY_LIMITS, LINK_MESSAGE, checkBodyDocument, isSafeHref, isSafeImageSrc, parseBodyJson, type BodyDocument } from "./document";
import { documentText, documentToHtml } from "./document-render";

const text = (value: string, marks?: unknown[]) => ({ type: "text", text: value, ...(marks ? { marks } : {}) });
const paragraph = (...content: unknown[]) => ({ type: "paragraph", content });
const doc = (...content: unknown[]) => ({ type: "doc", content });

function refused(value: unknown): string {
  const result = checkBodyDocument(value);
  assert.equal(result.ok, false);
  return (result as { message: string }).message;
}

describe("checkBodyDocument", () => {
  it("accepts every block the editor writes and strips attributes it does not know", () => {
    const input = doc(
      { type: "heading", attrs: { level: 2, id: "x" }, content: [text("Section")] },
      paragraph(text("Bold", [{ type: "bold" }]), text(" and "), text("link", [{ type: "link", attrs: { href: "https://example.org", target: "_blank", rel: "noopener", class: "evil" } }])),
      { type: "bulletList", content: [{ type: "listItem", content: [paragraph(text("one"))] }] },
      { type: "orderedList", attrs: { start: 3, type: null }, content: [{ type: "listItem", content: [paragraph(text("three"))] }] },
      { type: "blockquote", content: [paragraph(text("quoted"))] },
      { type: "pullQuote", content: [text("pulled")] },
      { type: "horizontalRule" },
      { type: "figure", attrs: { src: "/uploads/2026/11/a.png", alt: "A harbour", caption: "The harbour", credit: "Photo: Ada", width: "full", mediaId: null } },
      { type: "embed", attrs: { url: "https://youtu.be/dQw4w9WgXcQ" } },
      paragraph(text("line"), { type: "hardBreak" }, text("break")),
    );
    const result = checkBodyDocument(input);
    assert.ok(result.ok, !result.ok ? result.message : "");
    const stored = JSON.stringify(result.document);
    assert.doesNotMatch(stored, /_blank|evil|"id"/);
    // An embed is stored by its canonical address.
    assert.match(stored, /https:\/\/www\.youtube\.com\/watch\?v=dQw4w9WgXcQ/);
  });

  it("refuses unknown node and mark types by name", () => {
    assert.match(refused(doc({ type: "script", content: [text("alert(1)")] })), /does not know \(“script”\)/);
    assert.match(refused(doc(paragraph(text("x", [{ type: "underline" }])))), /text style the editor does not know \(“underline”\)/);
    assert.match(refused({ type: "html", content: [] }), /not a document/);
  });

  it("refuses links other than http(s) and mailto", () => {
    for (const href of ["javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)", "data:text/html,<script>", "vbscript:x", "/relative", "//evil.example", "https://"]) {
      assert.equal(refused(doc(paragraph(text("x", [{ type: "link", attrs: { href } }])))), LINK_MESSAGE, href);
    }
    assert.ok(isSafeHref("mailto:desk@example.org"));
    assert.ok(isSafeHref("http://example.org/a?b=c"));
  });

  it("refuses figures without alt text or from elsewhere, and embeds it cannot build", () => {
    const figure = (attrs: Record<string, unknown>) => doc({ type: "figure", attrs: { src: "/uploads/a.png", alt: "x", ...attrs } });
    assert.match(refused(figure({ alt: "  " })), /alt text/);
    for (const src of ["javascript:alert(1)", "http://example.org/a.png", "/uploads/../.env", "data:image/png;base64,AA", "/etc/passwd"]) {
      assert.match(refused(figure({ src })), /upload or an https address/, src);
    }
    assert.ok(isSafeImageSrc("https://images.example.org/a.jpg"));
    assert.match(refused(doc({ type: "embed", attrs: { url: "https://evil.example/watch?v=dQw4w9WgXcQ" } })), /YouTube, Vimeo/);
  });

  it("refuses blocks in the wrong place", () => {
    assert.ok(!checkBodyDocument(doc(text("bare text at the top"))).ok);
    assert.ok(!checkBodyDocument(doc({ type: "listItem", content: [paragraph(text("x"))] })).ok);
    assert.ok(!checkBodyDocument(doc({ type: "heading", attrs: { level: 1 }, content: [text("x")] })).ok);
    assert.ok(!checkBodyDocument(doc(paragraph({ type: "paragraph" }))).ok);
  });

  it("refuses 10,000 levels of nesting without using the call stack", () => {
    let node: Record<string, unknown> = paragraph(text("deep"));
    for (let depth = 0; depth < 10_000; depth++) node = { type: "blockquote", content: [node] };
    assert.match(refused(doc(node)), /nested too deeply/);
    // The same as JSON text, as the form sends it.
    const json = '{"type":"doc","content":[' + '{"type":"blockquote","content":['.repeat(10_000) + "]}".repeat(10_000) + "]}";
    const result = parseBodyJson(json);
    assert.equal(result.ok, false);
  });

  it("refuses huge documents with a sentence", () => {
    const many = doc(...Array.from({ length: BODY_LIMITS.nodes }, () => paragraph(text("x"))));
    assert.match(refused(many), /more than 30,000 parts/);
    const long = parseBodyJson(JSON.stringify(doc(paragraph(text("x".repeat(BODY_LIMITS.jsonLength))))));
    assert.ok(!long.ok && /too long/.test(long.message));
    assert.ok(!parseBodyJson("{not json").ok);
    assert.ok(parseBodyJson("").ok);
  });
});

describe("documentToHtml and documentText", () => {
  const input = checkBodyDocument(
    doc(
      { type: "heading", attrs: { level: 3 }, content: [text("<Section> & more")] },
      paragraph(text("a "), text("b", [{ type: "italic" }, { type: "link", attrs: { href: "https://example.org/?a=1&b=2" } }])),
      { type: "figure", attrs: { src: "/uploads/a.png", alt: 'A "quoted" alt', caption: "Cap", credit: "Photo: Ada", width: "column" } },
      { type: "embed", attrs: { url: "https://vimeo.com/76979871" } },
    ),
  );
  assert.ok(input.ok);
  const document = (input as { document: BodyDocument }).document;

  it("escapes every text and attribute, writes only our tags", () => {
    const html = documentToHtml(document);
    assert.match(html, /<h3>&lt;Section&gt; &amp; more<\/h3>/);
    assert.match(html, /<a href="https:\/\/example.org\/\?a=1&amp;b=2"><em>b<\/em><\/a>/);
    assert.match(html, /alt="A &quot;quoted&quot; alt"/);
    assert.match(html, /<figcaption><span class="body-caption">Cap<\/span> <span class="body-credit">Photo: Ada<\/span><\/figcaption>/);
    // A static page gets a link to the embed, never a frame.
    assert.match(html, /<a href="https:\/\/vimeo.com\/76979871">Vimeo video<\/a> on Vimeo/);
    assert.doesNotMatch(html, /iframe|script/);
  });

  it("makes upload addresses absolute for feeds", () => {
    assert.match(documentToHtml(document, { absolute: (path) => `https://news.example${path}` }), /src="https:\/\/news.example\/uploads\/a.png"/);
  });

  it("gives the text readers read, captions included", () => {
    assert.equal(documentText(document), "<Section> & more\n\na b\n\nCap Photo: Ada");
  });
});
