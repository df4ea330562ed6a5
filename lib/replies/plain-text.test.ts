import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { parsePlainText, safeWebsite } from "./plain-text";

describe("parsePlainText", () => {
  it("splits paragraphs and lines", () => {
    const parsed = parsePlainText("First line\nsecond line\n\n\nNew paragraph\r\n");
    assert.deepEqual(parsed, [
      [[{ kind: "text", text: "First line" }], [{ kind: "text", text: "second line" }]],
      [[{ kind: "text", text: "New paragraph" }]],
    ]);
  });

  it("turns web addresses into links and leaves everything else as text", () => {
    const [[line]] = parsePlainText("See https://example.org/a?b=1 and <b>bold</b> javascript:alert(1)") as [[
      ReturnType<typeof parsePlainText>[0][0],
    ]];
    assert.deepEqual(line, [
      { kind: "text", text: "See " },
      { kind: "link", text: "https://example.org/a?b=1", href: "https://example.org/a?b=1" },
      { kind: "text", text: " and <b>bold</b> javascript:alert(1)" },
    ]);
  });

  it("does not link bare domains or email addresses", () => {
    const segments = parsePlainText("example.com or me@example.com").flat(2);
    assert.ok(segments.every((s) => s.kind === "text"));
  });
});

describe("safeWebsite", () => {
  it("keeps http and https URLs only", () => {
    assert.equal(safeWebsite("https://example.org/me"), "https://example.org/me");
    assert.equal(safeWebsite("javascript:alert(1)"), null);
    assert.equal(safeWebsite("data:text/html,hi"), null);
    assert.equal(safeWebsite("not a url"), null);
    assert.equal(safeWebsite(null), null);
  });
});
