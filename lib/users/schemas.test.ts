import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { CreateUserSchema, PasswordChangeSchema, ProfileSchema, SocialLinksSchema } from "./schemas";

describe("user schemas", () => {
  it("normalises emails and checks roles", () => {
    assert.equal(CreateUserSchema.parse({ name: "A", email: " A@Example.COM ", role: "EDITOR" }).email, "a@example.com");
    assert.equal(CreateUserSchema.safeParse({ name: "A", email: "a@example.com", role: "OWNER" }).success, false);
    assert.equal(CreateUserSchema.safeParse({ name: "A", email: "not-an-email", role: "EDITOR" }).success, false);
  });

  it("parses social links one per line and explains bad lines", () => {
    assert.deepEqual(SocialLinksSchema.parse("Mastodon https://m.example/@me\n\nBluesky  https://bsky.app/profile/me"), [
      { label: "Mastodon", url: "https://m.example/@me" },
      { label: "Bluesky", url: "https://bsky.app/profile/me" },
    ]);
    const bad = SocialLinksSchema.safeParse("just text");
    assert.equal(bad.success, false);
    assert.match(bad.error!.issues[0]!.message, /Line 1/);
    assert.equal(SocialLinksSchema.safeParse("Evil javascript:alert(1)").success, false);
  });

  it("validates handles and website addresses", () => {
    assert.equal(ProfileSchema.safeParse({ displayName: "M", handle: "Marcus-Chen", links: "" }).success, true);
    assert.equal(ProfileSchema.safeParse({ displayName: "M", handle: "marcus chen", links: "" }).success, false);
    assert.equal(ProfileSchema.safeParse({ displayName: "M", handle: "mc", website: "ftp://x", links: "" }).success, false);
  });

  it("requires matching new passwords of at least 12 characters", () => {
    assert.equal(PasswordChangeSchema.safeParse({ currentPassword: "x", newPassword: "short", confirmPassword: "short" }).success, false);
    assert.equal(PasswordChangeSchema.safeParse({ currentPassword: "x", newPassword: "long-enough-pass", confirmPassword: "different-pass!" }).success, false);
    assert.equal(PasswordChangeSchema.safeParse({ currentPassword: "x", newPassword: "long-enough-pass", confirmPassword: "long-enough-pass" }).success, true);
  });
});
