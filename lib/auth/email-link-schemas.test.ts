import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { ChoosePasswordSchema, ForgotPasswordSchema } from "./email-link-schemas";

describe("email link schemas", () => {
  it("normalises the address of a reset request and bounds it", () => {
    assert.equal(ForgotPasswordSchema.parse({ email: " Someone@Example.COM " }).email, "someone@example.com");
    assert.equal(ForgotPasswordSchema.safeParse({ email: `${"a".repeat(260)}@example.com` }).success, false);
  });
  it("asks for two matching passwords of at least 12 characters", () => {
    assert.equal(ChoosePasswordSchema.safeParse({ token: "t", newPassword: "short", confirmPassword: "short" }).success, false);
    assert.equal(ChoosePasswordSchema.safeParse({ token: "t", newPassword: "long enough pass", confirmPassword: "long enough pasS" }).success, false);
    assert.equal(ChoosePasswordSchema.safeParse({ token: "t", newPassword: "long enough pass", confirmPassword: "long enough pass" }).success, true);
    assert.equal(ChoosePasswordSchema.safeParse({ token: "x".repeat(500), newPassword: "long enough pass", confirmPassword: "long enough pass" }).success, false);
  });
});
