import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { SubscribeSchema, csvCell } from "./schemas";

describe("newsletter schemas", () => {
  it("normalises the address and checks the frequency", () => {
    assert.equal(SubscribeSchema.parse({ email: " Reader@Example.COM ", frequency: "DAILY" }).email, "reader@example.com");
    assert.equal(SubscribeSchema.safeParse({ email: "reader@example.com", frequency: "HOURLY" }).success, false);
    assert.equal(SubscribeSchema.safeParse({ email: `${"a".repeat(300)}@example.com`, frequency: "DAILY" }).success, false);
  });
  it("writes CSV cells that spreadsheets do not execute", () => {
    assert.equal(csvCell("a@example.com"), '"a@example.com"');
    assert.equal(csvCell('=HYPERLINK("x")'), `"'=HYPERLINK(""x"")"`);
    assert.equal(csvCell("@SUM(1)"), `"'@SUM(1)"`);
  });
});
