import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { comparableName, hasUnstorableCharacters, stripBidiControls } from "./storable-text";

describe("storable text", () => {
  it("keeps ordinary text, accents, emoji, tabs and line breaks", () => {
    for (const text of ["Hello", "Zoë, São Paulo", "مرحبا", "日本語", "👍🏽 family: 👨‍👩‍👧", "line\nline\r\n\tindented"]) {
      assert.equal(hasUnstorableCharacters(text), false, text);
    }
  });

  it("finds NUL and other control characters, and lone surrogates", () => {
    for (const text of ["a\u0000b", "\u0007bell", "esc\u001b[31m", "\u007f", "c1\u0085", "\uD83D", "x\uDC00y", "\uDC00\uD83D"]) {
      assert.equal(hasUnstorableCharacters(text), true, JSON.stringify(text));
    }
  });

  it("strips bidirectional controls from names", () => {
    assert.equal(stripBidiControls("Elena\u202E rotidE"), "Elena rotidE");
    assert.equal(stripBidiControls("\u2066Marcus\u2069 \u200FChen\u200E"), "Marcus Chen");
  });

  it("compares names as people read them", () => {
    const editor = comparableName("Elena Editor");
    for (const lookalike of ["ELENA EDITOR", "Elena  Editor", " Elena Editor ", "Elena Ed\u00ADitor", "Elena\u200B Editor", "Ｅｌｅｎａ Editor", "Elena Edi\u034Ftor", "Elena\u2066 Editor\u2069", "Elena Editor\u{E0041}"]) {
      assert.equal(comparableName(lookalike), editor, JSON.stringify(lookalike));
    }
    assert.notEqual(comparableName("Elena Editors"), editor);
  });
});
