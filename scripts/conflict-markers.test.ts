// A merge that left its conflict markers behind is caught here, in docs and code alike.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { describe, it } from "node:test";
import { root } from "./lib/run";

describe("merges", () => {
  it("leave no conflict markers in any tracked file", () => {
    let found = "";
    try {
      found = execFileSync("git", ["grep", "-n", "-I", "-E", "^(<<<<<<< |>>>>>>> |=======$)", "--", ".", ":!package-lock.json"], { cwd: root, encoding: "utf8" });
    } catch {
      // git grep exits 1 when nothing matches.
    }
    assert.equal(found.trim(), "");
  });
});
