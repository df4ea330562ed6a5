import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { FrontPageLayoutSchema, TOP_STORIES_MAX, TakeDownFormSchema, breakingNewsFormSchema, breakingNewsKey, frontPageFormSchema } from "./schemas";

const zone = "Europe/London";
const now = () => Date.parse("2026-12-06T12:00:00Z");
const form = frontPageFormSchema(zone, now);
const layout = (value: unknown) => form.safeParse({ layout: JSON.stringify(value), editionId: "default-edition" });
const errors = (result: { success: boolean; error?: z.ZodError }) => (result.success ? [] : result.error!.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`));

describe("the front page's form", () => {
  it("reads a pin typed on the site's clocks as an instant, and no pin as null", () => {
    const result = layout({ lead: { articleId: "lead1", until: "2026-12-06T18:30" }, top: [{ articleId: "top1", until: "" }, { articleId: "top2" }], blocks: [{ kind: "category", slug: "world", count: "4", pictures: false }] });
    assert.ok(result.success, errors(result).join());
    assert.deepEqual(result.data.layout, {
      lead: { articleId: "lead1", until: "2026-12-06T18:30:00.000Z" },
      top: [{ articleId: "top1", until: null }, { articleId: "top2", until: null }],
      blocks: [{ kind: "category", slug: "world", count: 4, pictures: false }],
    });
  });

  it("says what is wrong, at the field: a past or unreadable pin, a story twice, too many, a block twice", () => {
    assert.deepEqual(errors(layout({ lead: { articleId: "a", until: "2026-12-06T11:00" } })), ["layout.lead.until: Choose a time in the future."]);
    assert.deepEqual(errors(layout({ top: [{ articleId: "a", until: "tomorrow" }] })), ["layout.top.0.until: Enter a date and time, like 2026-12-06 18:00."]);
    assert.deepEqual(errors(layout({ lead: { articleId: "a" }, top: [{ articleId: "a" }] })), ["layout.top: A story can be in one slot only."]);
    assert.match(errors(layout({ top: Array.from({ length: TOP_STORIES_MAX + 1 }, (_, index) => ({ articleId: `s${index}` })) })).join(), /At most 8 top stories/);
    assert.match(errors(layout({ blocks: [{ kind: "tag", slug: "x", count: 2 }, { kind: "tag", slug: "x", count: 3 }] })).join(), /one block/);
    assert.match(errors(layout({ blocks: [{ kind: "category", slug: "x", count: 40 }] })).join(), /at most 12/);
  });

  it("refuses what no page of ours sends: bad JSON, forged ids, other kinds, huge bodies", () => {
    assert.equal(form.safeParse({ layout: "{not json" }).success, false);
    assert.equal(layout({ lead: { articleId: "../etc" } }).success, false);
    assert.equal(layout({ blocks: [{ kind: "author", slug: "x", count: 1 }] }).success, false);
    assert.equal(form.safeParse({ layout: "x".repeat(40_000) }).success, false);
    assert.equal(form.safeParse({}).success, false);
  });

  it("reads a saved arrangement back, and refuses one that is not", () => {
    assert.deepEqual(FrontPageLayoutSchema.parse({}), { lead: null, top: [], blocks: [] });
    assert.equal(FrontPageLayoutSchema.safeParse({ lead: { articleId: "a", until: "soon" } }).success, false);
  });
});

describe("the breaking-news form", () => {
  const banner = breakingNewsFormSchema(zone, now);
  const editionId = "default-edition";
  it("keeps the words on one line, a link to our pages or the web, and an optional expiry in the future", () => {
    assert.deepEqual(banner.parse({ editionId, text: " Storm closes the harbour ", link: "", expiresAt: "" }), { editionId, text: "Storm closes the harbour", link: null, expiresAt: null });
    assert.deepEqual(banner.parse({ editionId, text: "Storm", link: "/articles/storm", expiresAt: "2026-12-06T13:00" }).expiresAt, new Date("2026-12-06T13:00:00Z"));
    assert.equal(banner.parse({ editionId, text: "Storm", link: "https://example.com/x" }).link, "https://example.com/x");
    for (const link of ["javascript:alert(1)", "//evil.example", "ftp://x", "data:text/html,x"]) assert.equal(banner.safeParse({ editionId, text: "Storm", link }).success, false, link);
    assert.equal(banner.safeParse({ editionId, text: "", link: "" }).success, false);
    assert.equal(banner.safeParse({ editionId, text: "Storm\nsurge", link: "" }).success, false);
    assert.equal(banner.safeParse({ editionId, text: "x".repeat(201), link: "" }).success, false);
    assert.equal(banner.safeParse({ editionId, text: "Storm", link: "", expiresAt: "2026-12-06T11:00" }).success, false);
    assert.equal(banner.safeParse({ editionId, text: "Storm", link: "", expiresAt: "2029-01-01T00:00" }).success, false);
  });
  it("belongs to one edition, kept under its own key (the first edition's under the key it had before editions)", () => {
    assert.equal(banner.safeParse({ text: "Storm", link: "" }).success, false, "no edition");
    assert.equal(TakeDownFormSchema.safeParse({}).success, false);
    assert.equal(breakingNewsKey("default-edition"), "breaking-news");
    assert.equal(breakingNewsKey("cm1fr"), "breaking-news:cm1fr");
  });
});
