import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { PERMISSIONS, can } from "./permissions";

describe("permissions", () => {
  it("lets only editors and admins publish", () => {
    assert.equal(can("ADMIN", "article:publish"), true);
    assert.equal(can("EDITOR", "article:publish"), true);
    assert.equal(can("AUTHOR", "article:publish"), false);
    assert.equal(can("MODERATOR", "article:publish"), false);
  });

  it("keeps moderators to replies", () => {
    const allowed = Object.keys(PERMISSIONS).filter((p) => can("MODERATOR", p as keyof typeof PERMISSIONS));
    assert.deepEqual(allowed.sort(), ["dashboard:view", "reply:moderate"]);
  });

  it("refuses everything without a role", () => {
    for (const permission of Object.keys(PERMISSIONS)) {
      assert.equal(can(null, permission as keyof typeof PERMISSIONS), false);
      assert.equal(can(undefined, permission as keyof typeof PERMISSIONS), false);
    }
  });

  it("gives users and settings to admins only", () => {
    for (const role of ["EDITOR", "AUTHOR", "MODERATOR"] as const) {
      assert.equal(can(role, "user:manage"), false);
      assert.equal(can(role, "settings:manage"), false);
    }
  });
});
