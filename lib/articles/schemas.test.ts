import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { ArticleInputSchema, DeleteArticleSchema } from "./schemas";

const errors = (input: Record<string, unknown>) => {
  const parsed = ArticleInputSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("ArticleInputSchema", () => {
  it("accepts a minimal draft and normalises empty optional fields to null", () => {
    const parsed = ArticleInputSchema.parse({ title: "  A title  ", sourceName: "", tags: "Energy, energy ,Energy, Climate,," });
    assert.equal(parsed.title, "A title");
    assert.equal(parsed.sourceName, null);
    assert.deepEqual(parsed.tags, ["Energy", "energy", "Climate"]);
    assert.equal(parsed.intent, "save");
    assert.equal(parsed.repliesOpen, false);
  });

  it("requires a title and a well-formed slug", () => {
    assert.deepEqual(errors({ title: "" }).title, ["Enter a title."]);
    assert.match(errors({ title: "x", slug: "Not a slug!" }).slug![0]!, /lower-case/);
    assert.deepEqual(errors({ title: "x", slug: "UPPER-case" }), {});
  });

  it("checks source URLs and asks for a name with a URL", () => {
    assert.match(errors({ title: "x", sourceUrl: "javascript:alert(1)", sourceName: "x" }).sourceUrl![0]!, /https/);
    assert.match(errors({ title: "x", sourceUrl: "https://www.france24.com/x" }).sourceName![0]!, /name/);
  });

  it("needs a future time to schedule", () => {
    assert.match(errors({ title: "x", intent: "schedule" }).publishAt![0]!, /when/);
    assert.match(errors({ title: "x", intent: "schedule", publishAt: new Date(Date.now() - 1000).toISOString() }).publishAt![0]!, /future/);
    assert.deepEqual(errors({ title: "x", intent: "schedule", publishAt: new Date(Date.now() + 60_000).toISOString() }), {});
  });

  it("limits lengths", () => {
    assert.ok(errors({ title: "t".repeat(201) }).title);
    assert.ok(errors({ title: "x", seoTitle: "s".repeat(71) }).seoTitle);
    assert.ok(errors({ title: "x", tags: Array.from({ length: 21 }, (_, i) => `t${i}`).join(",") }).tags);
  });

  it("takes the body as a checked document and says why a hostile one is refused, at the body", () => {
    const body = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Hi", marks: [{ type: "bold" }] }] }] });
    assert.deepEqual(ArticleInputSchema.parse({ title: "x", body }).body, JSON.parse(body));
    assert.deepEqual(ArticleInputSchema.parse({ title: "x" }).body, { type: "doc", content: [] });
    assert.match(errors({ title: "x", body: JSON.stringify({ type: "doc", content: [{ type: "iframe" }] }) }).body![0]!, /does not know/);
    assert.match(errors({ title: "x", body: "## Markdown is not a document" }).body![0]!, /could not be read/);
  });
});

describe("DeleteArticleSchema", () => {
  it("takes the ticked box only", () => {
    assert.equal(DeleteArticleSchema.safeParse({ confirm: "on" }).success, true);
    for (const form of [{}, { confirm: "" }, { confirm: "yes" }, { confirm: ["on", "on"] }]) {
      const parsed = DeleteArticleSchema.safeParse(form);
      assert.equal(parsed.success, false);
      assert.match(parsed.error!.issues[0]!.message, /Tick the box to confirm/);
    }
  });
});
