import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { editorValues, restorableAutosave } from "./editor-values";

const at = (iso: string) => new Date(iso);
const kept = (data: Record<string, string>, updatedAt = at("2026-12-05T22:30:00Z")) => ({ data, updatedAt });

describe("restorableAutosave", () => {
  it("a new article never takes an earlier unsaved draft into its form: it is offered instead", () => {
    const draft = kept({ title: "Flood barrier delayed", standfirst: "The first story.", body: '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"First."}]}]}' });
    assert.deepEqual(restorableAutosave(null, draft), { restore: null, offer: draft });
  });

  it("offers nothing when nothing was typed (only the form's defaults were kept)", () => {
    assert.deepEqual(restorableAutosave(null, null), { restore: null, offer: null });
    assert.deepEqual(restorableAutosave(null, kept({ title: " ", repliesOpen: "on", bylines: "a1", body: '{"type":"doc","content":[{"type":"paragraph"}]}' })), { restore: null, offer: null });
    assert.deepEqual(restorableAutosave(null, kept({ title: "", body: '{"type":"doc","content":[]}' })), { restore: null, offer: null });
  });

  it("an untitled draft with a body is still offered", () => {
    const draft = kept({ title: "", body: '{"type":"doc","content":[{"type":"paragraph","content":[{"type":"text","text":"Words."}]}]}' });
    assert.equal(restorableAutosave(null, draft).offer, draft);
  });

  it("an existing article gets its own newer unsaved changes back, and not older ones", () => {
    const changes = kept({ title: "Changed" }, at("2026-12-05T22:30:00Z"));
    assert.deepEqual(restorableAutosave({ updatedAt: at("2026-12-05T22:00:00Z") }, changes), { restore: changes, offer: null });
    assert.deepEqual(restorableAutosave({ updatedAt: at("2026-12-05T23:00:00Z") }, changes), { restore: null, offer: null });
  });
});

describe("editorValues", () => {
  it("a new article is blank under the writer's own byline, or none when they have no profile yet", () => {
    assert.deepEqual(editorValues(null, "author-1"), { repliesOpen: "on", bylines: "author-1" });
    assert.deepEqual(editorValues(null, null), { repliesOpen: "on", bylines: "" });
  });
});
