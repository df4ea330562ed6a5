// One stylesheet serves both directions: reader code says "start" and "end", never "left" and
// "right", so an Arabic page (`dir="rtl"`) mirrors itself with no second set of rules. This test
// reads the files reader pages are made of (their routes, every component but the dashboard's, and
// the two stylesheets readers load) and fails, file:line, on a physical utility or property. A line
// that must stay physical (a point on a photograph, an icon drawn one way) says why in a comment on
// that line: `physical: <why>`. Arrows in code need `rtl:` mirroring on their element (or live in the
// messages, where each language writes its own). docs/decisions/058-right-to-left.md
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, it } from "node:test";

const root = path.resolve(import.meta.dirname, "../..");

/** What reader pages are made of. components/dashboard is the newsroom's, in English, left to right. */
const READER_SOURCES = ["app/[edition]", "components", "app/globals.css", "app/design.css"];
const NOT_READERS = ["components/dashboard"];

type Rule = { pattern: RegExp; instead: (found: string) => string };

const LOGICAL_SIDE: Record<string, string> = { l: "s", r: "e", left: "start", right: "end" };
const LOGICAL_CORNER: Record<string, string> = { tl: "ss", tr: "se", bl: "es", br: "ee" };

// A Tailwind utility starts a class token (after a space, a quote, a brace, a variant's colon), its
// `-` a negative value; not inside a word or an address ("xml-2", "/ml-2").
const START = String.raw`(?<![\w\-\[\]./#@$])-?`;
// What a spacing or inset utility can be followed by: a number, a fraction, px, auto, full, or an
// arbitrary value. So "left-to-right" in a sentence is not a utility.
const VALUE = String.raw`(?:\d[\d./]*|px|auto|full|\[[^\]\s]*\]|\([^)\s]*\))`;
// The end of a class token.
const END = String.raw`(?![\w\-])`;

const RULES: Rule[] = [
  // ml-4, -mr-2, pl-[3px], pr-(--gap), scroll-ml-2
  {
    pattern: new RegExp(`${START}(?:scroll-)?([mp])([lr])-${VALUE}${END}`, "g"),
    instead: (found) => found.replace(/([mp])([lr])-/, (_, box: string, side: string) => `${box}${LOGICAL_SIDE[side]}-`),
  },
  // left-0, right-2, -left-[10000px]
  { pattern: new RegExp(`${START}(left|right)-${VALUE}${END}`, "g"), instead: (found) => found.replace(/(left|right)-/, (_, side: string) => `${LOGICAL_SIDE[side]}-`) },
  // border-l, border-r-2, border-l-accent
  { pattern: new RegExp(`${START}border-([lr])(?:-[\\w\\-\\[\\]/.#()]+)?${END}`, "g"), instead: (found) => found.replace(/border-([lr])/, (_, side: string) => `border-${LOGICAL_SIDE[side]}`) },
  // rounded-l-lg, rounded-tr
  {
    pattern: new RegExp(`${START}rounded-(?:[lr]|[tb][lr])(?:-[\\w\\[\\]/.]+)?${END}`, "g"),
    instead: (found) => found.replace(/rounded-([tb][lr]|[lr])/, (_, side: string) => `rounded-${LOGICAL_CORNER[side] ?? LOGICAL_SIDE[side]}`),
  },
  // text-left, float-right, clear-left
  { pattern: new RegExp(`${START}(?:text|float|clear)-(?:left|right)${END}`, "g"), instead: (found) => found.replace(/left|right/, (side) => LOGICAL_SIDE[side]!) },
  // origin-left, bg-right, object-left: no logical twin; mirror with rtl: or say why it stays.
  { pattern: new RegExp(`${START}(?:origin|bg|object)-(?:left|right)${END}`, "g"), instead: () => "an rtl: twin, or a physical: comment" },
  // CSS: margin-left, padding-right, border-left(-width), scroll-margin-left, inset-left
  {
    pattern: /(?<![\w-])(margin|padding|border|scroll-margin|scroll-padding)-(left|right)(?=[\s:-])/g,
    instead: (found) => found.replace(/-(left|right)/, (_, side: string) => `-inline-${LOGICAL_SIDE[side]}`),
  },
  { pattern: /(?<![\w-])border-(top|bottom)-(left|right)-radius/g, instead: () => "border-start-start-radius and its siblings" },
  // CSS and style objects: left: 0, right: 1rem (not `cond ? left : right`, which has a space)
  { pattern: /(?<![\w$.\-"'])(left|right)(?=:\s*[^\s:])/g, instead: (found) => `inset-inline-${LOGICAL_SIDE[found]}` },
  { pattern: /(?<![\w-])(text-align|float|clear)\s*:\s*(left|right)\b/g, instead: (found) => found.replace(/left|right/, (side) => LOGICAL_SIDE[side]!) },
  // React style objects: marginLeft, paddingRight, borderLeftWidth, textAlign: "left"
  {
    pattern: /(?<![\w$])(margin|padding|border|scrollMargin|scrollPadding)(Left|Right)(?=\w*\s*:)/g,
    instead: (found) => found.replace(/(Left|Right)/, (side) => `Inline${side === "Left" ? "Start" : "End"}`),
  },
  { pattern: /(?<![\w$])(textAlign|float)\s*:\s*["'`](left|right)["'`]/g, instead: (found) => found.replace(/left|right/, (side) => LOGICAL_SIDE[side]!) },
];

const ARROW = /[←→⟵⟶⇐⇒]/;

export type Finding = { found: string; instead: string };

/**
 * What is physical on one line of code (comments already removed): each utility or property, and
 * what to write instead. An arrow counts when nothing on its line mirrors it (`rtl:`).
 */
export function physicalOn(code: string): Finding[] {
  const findings: Finding[] = [];
  for (const rule of RULES) {
    for (const match of code.matchAll(rule.pattern)) findings.push({ found: match[0], instead: rule.instead(match[0]) });
  }
  const arrow = code.match(ARROW);
  if (arrow && !/(?<![\w-])rtl:/.test(code)) findings.push({ found: arrow[0], instead: "the arrow in the messages, or rtl:-scale-x-100 on its element" });
  return findings;
}

/**
 * Each line of a file with its comments blanked out (`//` to the end of a line, unless it follows a
 * colon as in https://; `/* … *\/` over any number of lines, JSX's `{/* … *\/}` included), and
 * whether the line's comments said `physical:` with a reason.
 */
export function codeLines(text: string): { code: string; physical: boolean }[] {
  let inBlock = false;
  return text.split("\n").map((line) => {
    let code = "";
    let comments = "";
    let i = 0;
    while (i < line.length) {
      if (inBlock) {
        const close = line.indexOf("*/", i);
        if (close === -1) {
          comments += line.slice(i);
          i = line.length;
        } else {
          comments += line.slice(i, close);
          i = close + 2;
          inBlock = false;
        }
      } else if (line.startsWith("/*", i)) {
        inBlock = true;
        i += 2;
      } else if (line.startsWith("//", i) && line[i - 1] !== ":") {
        comments += line.slice(i + 2);
        i = line.length;
      } else {
        code += line[i];
        i += 1;
      }
    }
    return { code, physical: /physical:\s*\S/.test(comments) };
  });
}

function sourceFiles(entry: string): string[] {
  const full = path.join(root, entry);
  if (NOT_READERS.includes(entry)) return [];
  if (/\.(tsx?|css)$/.test(entry)) return entry.endsWith(".test.ts") ? [] : [entry];
  return readdirSync(full, { withFileTypes: true }).flatMap((child) =>
    child.isDirectory() || /\.(tsx?|css)$/.test(child.name) ? sourceFiles(path.posix.join(entry, child.name)) : [],
  );
}

describe("the rules", () => {
  const found = (code: string) => physicalOn(code).map((finding) => `${finding.found} → ${finding.instead}`);

  it("find Tailwind's physical utilities, with variants, negative and arbitrary values, and name the logical one", () => {
    assert.deepEqual(found(`className="ml-2 sm:pr-6 -left-[10000px] focus:left-2"`), ["ml-2 → ms-2", "pr-6 → pe-6", "-left-[10000px] → -start-[10000px]", "left-2 → start-2"]);
    assert.deepEqual(found(`@apply mt-6 border-l-2 border-rule pl-4;`), ["pl-4 → ps-4", "border-l-2 → border-s-2"]);
    assert.deepEqual(found(`"border-r last:border-r-0 rounded-tl-lg rounded-r text-right float-left"`), [
      "border-r → border-e",
      "border-r-0 → border-e-0",
      "rounded-tl-lg → rounded-ss-lg",
      "rounded-r → rounded-e",
      "text-right → text-end",
      "float-left → float-start",
    ]);
    assert.deepEqual(found("`mr-(--gap) pr-px`"), ["mr-(--gap) → me-(--gap)", "pr-px → pe-px"]);
  });

  it("find CSS's physical properties and React's style keys", () => {
    assert.deepEqual(found("  margin-left: 1rem; border-right-width: 2px;"), ["margin-left → margin-inline-start", "border-right → border-inline-end"]);
    assert.deepEqual(found("  left: 0;  text-align: right;"), ["left → inset-inline-start", "text-align: right → text-align: end"]);
    assert.deepEqual(found(`style={{ left: \`\${x}%\`, paddingRight: 4, textAlign: "left" }}`), ["left → inset-inline-start", "paddingRight → paddingInlineEnd", `textAlign: "left" → textAlign: "start"`]);
  });

  it("leave logical and symmetric ones, and words, alone", () => {
    assert.deepEqual(found(`className="ms-2 pe-4 start-0 -end-2 border-s-2 rounded-se text-start mx-auto px-3 inset-x-0 space-x-2 divide-x"`), []);
    assert.deepEqual(found(`  margin-inline-start: 1rem; padding-inline: 2rem; border-inline-start: 1px solid;`), []);
    assert.deepEqual(found(`<option value="RTL">Right to left (RTL)</option> "left-to-right" html xml-2 leftover-2 copyright-2`), []);
    assert.deepEqual(found(`const side = wide ? left : right; const { left } = box;`), []);
  });

  it("find an arrow nothing mirrors", () => {
    assert.deepEqual(found(`<span aria-hidden="true">←</span> {words.newer}`), ["← → the arrow in the messages, or rtl:-scale-x-100 on its element"]);
    assert.deepEqual(found(`<span aria-hidden="true" className="inline-block rtl:-scale-x-100">←</span>`), []);
  });

  it("read comments as comments, and physical: with a reason as the line's exception", () => {
    const lines = codeLines(
      [
        `// the live timeline has a left border: 2px (margin-left)`,
        `/* a rule`,
        `   ml-2 → ms-2 */ .a { margin-left: 0 }`,
        `<a href="https://example.com/ml-2" className="ml-2" /* physical: a point on the photograph */>`,
        `{/* physical: */} <div className="pl-2">`,
        `.b { left: 0 } /* physical: the photograph's own coordinates */`,
      ].join("\n"),
    );
    assert.deepEqual(
      lines.map((line) => [physicalOn(line.code).map((finding) => finding.found), line.physical]),
      [
        [[], false],
        [[], false],
        [["margin-left"], false],
        [["ml-2"], true],
        [["pl-2"], false],
        [["left"], true],
      ],
    );
  });
});

describe("reader sources", () => {
  it("use logical properties (start and end), or say on the line why not", () => {
    const files = READER_SOURCES.flatMap(sourceFiles);
    assert.ok(files.includes("app/design.css") && files.some((file) => file.startsWith("components/replies/")), "the scan reads the reader's files");
    assert.ok(!files.some((file) => file.startsWith("components/dashboard/")), "the dashboard is not a reader's");
    const problems: string[] = [];
    for (const file of files) {
      codeLines(readFileSync(path.join(root, file), "utf8")).forEach((line, index) => {
        if (line.physical) return;
        for (const finding of physicalOn(line.code)) problems.push(`${file}:${index + 1}: ${finding.found} (instead: ${finding.instead})`);
      });
    }
    assert.deepEqual(problems, [], "physical properties in reader code; use the logical ones, or add `physical: <why>` in a comment on the line");
  });
});
