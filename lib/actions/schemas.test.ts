import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ARTICLE_FIELD_MAX, AutosaveFieldsSchema } from "@/lib/articles/schemas";
import { ModerateFormSchema } from "@/lib/replies/schemas";
import { ArticleIdOrNewSchema, RecordIdSchema } from "./schemas";

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
