import { diffWords } from "diff";

export type DiffPart = { kind: "same" | "added" | "removed"; text: string };

/** Word-level differences from `before` to `after`, for "what changed" between revisions. */
export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((part) => ({
    kind: part.added ? "added" : part.removed ? "removed" : "same",
    text: part.value,
  }));
}
