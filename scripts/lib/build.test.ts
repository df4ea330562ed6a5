import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { BUILD_SOURCES, NOT_BUILD_SOURCES, OPTIONAL_BUILD_SOURCES } from "./build";
import { root } from "./run";

/** The project's top-level files and folders under version control, or null outside a git checkout. */
function trackedTopLevel(): string[] | null {
  try {
    const files = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" }).split("\n").filter(Boolean);
    return [...new Set(files.map((file) => file.split("/")[0]!))].sort();
  } catch {
    return null;
  }
}

describe("build sources", () => {
  it("every top-level entry is either a build source or known not to be one", (t) => {
    const entries = trackedTopLevel();
    if (!entries) return t.skip("not a git checkout");
    const classified = new Set([...BUILD_SOURCES.map((source) => source.split("/")[0]!), ...NOT_BUILD_SOURCES]);
    assert.deepEqual(
      entries.filter((entry) => !classified.has(entry)),
      [],
      "add these to BUILD_SOURCES or NOT_BUILD_SOURCES in scripts/lib/build.ts",
    );
  });

  it("names files that exist", () => {
    for (const source of BUILD_SOURCES) {
      if (!OPTIONAL_BUILD_SOURCES.has(source)) assert.ok(existsSync(path.join(root, source)), `${source} is missing`);
    }
  });

  it("includes the proxy and every Next.js configuration file present", () => {
    for (const file of ["proxy.ts", "middleware.ts", "instrumentation.ts", "next.config.js", "next.config.mjs", "next.config.ts", "postcss.config.mjs", "tsconfig.json"]) {
      if (existsSync(path.join(root, file))) assert.ok(BUILD_SOURCES.includes(file), `${file} is not a build source`);
    }
  });
});
