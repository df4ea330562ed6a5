// The documentation points only at things that exist, and only inside the repository: every relative
// Markdown link, and every path into the project written in the text (`lib/db.ts`,
// docs/decisions/011-caching-reader-pages.md), resolves; nothing refers to files outside the
// repository or to issue numbers, which a reader of the repository cannot follow.
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";
import { root } from "./lib/run";

const SKIP_DIRS = new Set([".git", ".next", "node_modules", "generated", "test-results", "playwright-report", "uploads"]);

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : markdownFiles(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

const files = markdownFiles(root);
const relative = (file: string) => path.relative(root, file);
const insideRepository = (target: string) => !path.relative(root, target).startsWith("..");

/** Relative targets of `[text](target)` and `![alt](target)`, without their #fragment. */
export function markdownLinks(text: string): string[] {
  return [...text.matchAll(/!?\[[^\]]*\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)]
    .map((match) => match[1]!)
    .filter((target) => !/^[a-z][a-z0-9+.-]*:/i.test(target) && !target.startsWith("#"))
    .map((target) => decodeURI(target.replace(/[#?].*$/, "")));
}

/** Paths into the project written in the text, such as `lib/db.ts` or app/(site)/layout.tsx. */
export function projectPaths(text: string, topLevel: string[]): string[] {
  const names = topLevel.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|");
  const pattern = new RegExp(`(?<![\\w./~@-])(?:${names})/[^\\s\`'"<>,;*…]*`, "g");
  return [...text.matchAll(pattern)].map(([token]) => {
    // A path that is also a link's text: [docs/deploy/](docs/deploy/README.md).
    let path = token.split("](")[0]!;
    // Trailing punctuation of the sentence, and the closing parenthesis around the path.
    for (;;) {
      if (/[.:]$/.test(path)) path = path.slice(0, -1);
      else if (path.endsWith(")") && count(path, "(") < count(path, ")")) path = path.slice(0, -1);
      else return path;
    }
  });
}

const count = (text: string, char: string) => text.split(char).length - 1;

/** Files the project makes when it runs (the SQLite database, uploads) are named but not committed. */
function generatedPath(target: string): boolean {
  try {
    execFileSync("git", ["check-ignore", "-q", "--no-index", target], { cwd: root, stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}

describe("documentation links", () => {
  const topLevel = readdirSync(root).filter((name) => !SKIP_DIRS.has(name) && !name.endsWith(".md"));

  it("finds the documentation", () => {
    assert.ok(files.some((file) => relative(file) === "README.md"));
    assert.ok(files.some((file) => relative(file).startsWith(path.join("docs", "decisions"))));
  });

  it("every relative Markdown link resolves, inside the repository", () => {
    const broken = files.flatMap((file) =>
      markdownLinks(readFileSync(file, "utf8"))
        .filter((target) => {
          const resolved = path.resolve(path.dirname(file), target);
          return !insideRepository(resolved) || !existsSync(resolved);
        })
        .map((target) => `${relative(file)}: ${target}`),
    );
    assert.deepEqual(broken, []);
  });

  it("every project path named in the text exists", () => {
    const broken = files.flatMap((file) =>
      projectPaths(readFileSync(file, "utf8"), topLevel)
        .filter((target) => !existsSync(path.join(root, target)) && !generatedPath(target))
        .map((target) => `${relative(file)}: ${target}`),
    );
    assert.deepEqual(broken, []);
  });

  it("nothing points outside the repository or at issue numbers", () => {
    const offending = files.flatMap((file) =>
      readFileSync(file, "utf8")
        .split("\n")
        .flatMap((line, index) =>
          /\.\.\/shared\b|\bissues?\s+#?\d+|(?<![\w&])#\d+\b/i.test(line) ? [`${relative(file)}:${index + 1}: ${line.trim()}`] : [],
        ),
    );
    assert.deepEqual(offending, []);
  });
});

describe("link extraction", () => {
  it("keeps relative links, drops fragments and external addresses", () => {
    assert.deepEqual(markdownLinks("[a](docs/x.md#part) [b](https://example.com) [c](#top) ![d](img/a%20b.png) [e](mailto:x@y.z)"), [
      "docs/x.md",
      "img/a b.png",
    ]);
  });

  it("finds project paths in prose and code, without the sentence's punctuation", () => {
    const text = "See (docs/a.md). Also `lib/db.ts`, app/(site)/page.tsx: and /lib/not-this, mylib/no, @docs/package, [docs/b/](docs/b/README.md)";
    assert.deepEqual(projectPaths(text, ["docs", "lib", "app"]), ["docs/a.md", "lib/db.ts", "app/(site)/page.tsx", "docs/b/"]);
  });
});
