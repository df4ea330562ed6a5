import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PageFormSchema, PageSlugSchema } from "./schemas";

const doc = JSON.stringify({ type: "doc", content: [{ type: "paragraph", content: [{ type: "text", text: "Who we are." }] }] });

describe("a page of the site's own", () => {
  it("takes a title, an address and a body document", () => {
    const page = PageFormSchema.parse({ title: " About us ", slug: "about", body: doc, published: "on" });
    assert.equal(page.title, "About us");
    assert.equal(page.published, true);
    assert.equal(page.body.content.length, 1);
    assert.deepEqual(PageFormSchema.parse({ title: "Terms", slug: "terms" }).body, { type: "doc", content: [] });
  });

  it("refuses addresses the site already answers, and ones that are not a slug", () => {
    for (const slug of ["search", "articles", "dashboard", "corrections", "api", "About", "a b", "../x", "", "x".repeat(81)]) {
      assert.equal(PageSlugSchema.safeParse(slug).success, false, slug);
    }
    assert.equal(PageSlugSchema.safeParse("corrections-policy").success, true);
  });

  it("refuses a title on two lines and a body that is not a document of ours", () => {
    assert.equal(PageFormSchema.safeParse({ title: "About\nus", slug: "about" }).success, false);
    assert.equal(PageFormSchema.safeParse({ title: "About", slug: "about", body: '{"type":"doc","content":[{"type":"script"}]}' }).success, false);
    assert.equal(PageFormSchema.safeParse({ title: "About", slug: "about", body: "x".repeat(500_000) }).success, false);
  });
});
