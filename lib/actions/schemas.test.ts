import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ARTICLE_FIELD_MAX, AutosaveFieldsSchema } from "@/lib/articles/schemas";
import { ModerateFormSchema } from "@/lib/replies/schemas";
import { ArticleInputSchema } from "@/lib/articles/schemas";
import { MediaFieldsSchema, MediaUploadSchema } from "@/lib/media/schemas";
import { ReplyInputSchema } from "@/lib/replies/schemas";
import { TaxonomyCreateSchema } from "@/lib/taxonomy/schemas";
import { CreateUserSchema, ProfileSchema } from "@/lib/users/schemas";
import { z } from "zod";
import { ArticleIdOrNewSchema, RecordIdSchema, SINGLE_LINE_MESSAGE, singleLine } from "./schemas";

describe("arguments a client could forge", () => {
  it("accepts ids as the database makes them, nothing else", () => {
    assert.equal(RecordIdSchema.safeParse("cmf3k2l0x0000abcd1234efgh").success, true);
    for (const forged of ["", "a b", "x".repeat(65), "../etc", "1;DROP TABLE", 42, null, {}, ["id"]]) {
      assert.equal(RecordIdSchema.safeParse(forged).success, false, JSON.stringify(forged));
    }
  });

  it("binds the editor to an article id or to a new article, nothing else", () => {
    assert.equal(ArticleIdOrNewSchema.safeParse(null).success, true);
    assert.equal(ArticleIdOrNewSchema.safeParse(undefined).success, false);
    assert.equal(ArticleIdOrNewSchema.safeParse({ id: "x" }).success, false);
  });

  it("keeps autosaved fields within the limits of saving: the form's own fields, strings only", () => {
    assert.deepEqual(AutosaveFieldsSchema.parse({ title: "A", body: "B" }), { title: "A", body: "B" });
    assert.equal(AutosaveFieldsSchema.safeParse({ "$ACTION_1": "x" }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse({ __proto__x: "x" }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse({ title: 5 }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse({ body: "x".repeat(ARTICLE_FIELD_MAX.body + 1) }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse({ title: "x".repeat(201) }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse({ toString: "x" }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse({ notAField: "x" }).success, false);
    assert.equal(AutosaveFieldsSchema.safeParse("title=x").success, false);
  });

  it("reads the moderation queue's single and bulk buttons, and refuses forged ids", () => {
    assert.deepEqual(ModerateFormSchema.parse({ do: "approve:abc123" }), { action: "approve", replyIds: ["abc123"] });
    assert.deepEqual(ModerateFormSchema.parse({ action: "spam", replyIds: ["a", "b"] }), { action: "spam", replyIds: ["a", "b"] });
    assert.deepEqual(ModerateFormSchema.parse({ action: "trash", replyIds: "a" }), { action: "trash", replyIds: ["a"] });
    assert.equal(ModerateFormSchema.safeParse({ do: "approve:../x" }).success, false);
    assert.equal(ModerateFormSchema.safeParse({ do: "publish:abc" }).success, false);
    assert.equal(ModerateFormSchema.safeParse({ action: "approve" }).success, false);
  });
});

describe("single-line fields", () => {
  const line = singleLine(z.string().trim().max(50));
  const message = (schema: z.ZodType, value: unknown) => {
    const result = schema.safeParse(value);
    return result.success ? null : result.error.issues.map((issue) => issue.message);
  };

  it("refuses CR, LF, CRLF, tabs and Unicode line separators inside the text", () => {
    for (const text of ["Budget\nvote", "Budget\r\nvote", "Budget\rvote", "Budget\tvote", "Budget\u2028vote", "Budget\u0085vote", "Budget\vvote"]) {
      assert.deepEqual(message(line, text), [SINGLE_LINE_MESSAGE], JSON.stringify(text));
    }
  });

  it("trims a pasted trailing newline instead of refusing it, and keeps ordinary text", () => {
    assert.equal(line.parse("  Budget vote passes\r\n"), "Budget vote passes");
    assert.equal(line.parse("Élan — “quoted” 東京"), "Élan — “quoted” 東京");
  });

  it("refuses what a database cannot store, and lets an empty optional field through", () => {
    assert.match(message(line, "nul\u0000byte")![0]!, /control characters/);
    assert.equal(singleLine(z.string().nullable()).parse(null), null);
  });

  it("is the rule of every single-line field in the schemas", () => {
    const cases: [string, z.ZodType, Record<string, unknown>, string][] = [
      ["article title", ArticleInputSchema, { title: "Budget\r\nvote" }, "title"],
      ["article SEO title", ArticleInputSchema, { title: "ok", seoTitle: "a\nb" }, "seoTitle"],
      ["article SEO description", ArticleInputSchema, { title: "ok", seoDescription: "a\nb" }, "seoDescription"],
      ["hero alt text", ArticleInputSchema, { title: "ok", heroImageAlt: "a\nb" }, "heroImageAlt"],
      ["source name", ArticleInputSchema, { title: "ok", sourceName: "a\nb" }, "sourceName"],
      ["tags", ArticleInputSchema, { title: "ok", tags: "one, two\nthree" }, "tags"],
      ["staff name", CreateUserSchema, { name: "Ann\nLee", email: "ann@example.com", role: "AUTHOR" }, "name"],
      ["byline", ProfileSchema, { displayName: "Ann\r\nLee" }, "displayName"],
      ["reader's name", ReplyInputSchema, { name: "Ann\nLee", email: "ann@example.com", body: "Hello" }, "name"],
      ["category or tag name", TaxonomyCreateSchema, { kind: "category", name: "World\nNews" }, "name"],
      ["media alt text", MediaFieldsSchema, { alt: "a\nb" }, "alt"],
      ["media credit", MediaFieldsSchema, { credit: "a\nb" }, "credit"],
      ["uploaded image's alt text", MediaUploadSchema, { alt: "a\nb" }, "alt"],
    ];
    for (const [what, schema, input, field] of cases) {
      const result = schema.safeParse(input);
      assert.equal(result.success, false, what);
      const fieldErrors = z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
      assert.match(fieldErrors[field]?.join(" ") ?? "", /one line/, what);
    }
  });
});
