import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { z } from "zod";
import { ModerateSchema, ReplyInputSchema, ReplySettingsSchema } from "./schemas";

const errors = (input: Record<string, unknown>) => {
  const parsed = ReplyInputSchema.safeParse(input);
  return parsed.success ? {} : z.flattenError(parsed.error).fieldErrors;
};

describe("ReplyInputSchema", () => {
  it("requires name, email and comment, and normalises them", () => {
    assert.deepEqual(Object.keys(errors({})).sort(), ["body", "email", "name"]);
    const reply = ReplyInputSchema.parse({ name: " Ann ", email: "ANN@Example.NET", body: " Hi ", website: "" });
    assert.deepEqual([reply.name, reply.email, reply.body, reply.website, reply.parentId], ["Ann", "ann@example.net", "Hi", null, null]);
  });

  it("limits lengths and checks the email and website", () => {
    assert.ok(errors({ name: "n".repeat(101), email: "a@b.co", body: "x" }).name);
    assert.ok(errors({ name: "n", email: "a@b.co", body: "x".repeat(5001) }).body);
    assert.deepEqual(errors({ name: "n", email: "a@b.co", body: "x".repeat(5000) }), {});
    assert.ok(errors({ name: "n", email: "nope", body: "x" }).email);
    assert.ok(errors({ name: "n", email: "a@b.co", body: "x", website: "javascript:alert(1)" }).website);
    assert.ok(errors({ name: "n", email: "a@b.co", body: "x", website: "example.org" }).website);
  });
});

describe("ModerateSchema and ReplySettingsSchema", () => {
  it("needs an action and at least one reply", () => {
    assert.equal(ModerateSchema.safeParse({ action: "approve", replyIds: [] }).success, false);
    assert.equal(ModerateSchema.safeParse({ action: "bless", replyIds: ["a"] }).success, false);
    assert.deepEqual(ModerateSchema.parse({ action: "trash", replyIds: "a" }).replyIds, ["a"]);
  });

  it("reads word lists one per line or comma, lower-cased and unique", () => {
    const settings = ReplySettingsSchema.parse({ holdWords: "Refund\nrefund, Free Money\n\n", blockWords: "", linkThreshold: "3", closeAfterDays: "0" });
    assert.deepEqual(settings.holdWords, ["refund", "free money"]);
    assert.equal(settings.firstReplyApproval, false);
    assert.equal(ReplySettingsSchema.safeParse({ linkThreshold: "0", closeAfterDays: "0" }).success, false);
  });
});
