import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { it } from "node:test";

const root = path.resolve(import.meta.dirname, "..", "..");

function sources(folder: string): string[] {
  return readdirSync(path.join(root, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts"))
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// The reader pages render bodies with our own code: the editor (Tiptap, ProseMirror) never reaches
// them, whatever a later change imports (docs/decisions/019-rich-text-editor.md).
it("no reader page, reader component or content module imports the editor", () => {
  const files = ["app/[edition]", "components/articles", "components/site", "components/authors", "components/replies", "lib/content"].flatMap(sources);
  assert.ok(files.length > 20);
  for (const file of files) {
    const text = readFileSync(file, "utf8");
    assert.doesNotMatch(text, /from\s+["'](@tiptap\/|prosemirror-|@\/components\/editor\/)/, path.relative(root, file));
  }
});
