// A live update as the desk's composer and edit form send it: one schema for the forms and the actions
// (docs/decisions/037-live-coverage.md).
import { z } from "zod";
import { singleLine } from "@/lib/actions/schemas";
import { parseBodyJson, type BodyDocument } from "@/lib/content/document";
import { UNSTORABLE_MESSAGE, hasUnstorableCharacters } from "@/lib/content/storable-text";
import { MAX_CHANGES_PER_RANGE } from "./limits";

export const LIVE_FIELD_MAX = {
  headline: 120,
  /** The update's document as JSON: an update is a few paragraphs, a figure, an embed. */
  body: 200_000,
  correctionNote: 500,
} as const;

export const EMPTY_UPDATE_MESSAGE = "Write the update before posting it.";

/** A document with something in it: a paragraph with text, a heading, a figure, an embed. */
export function documentHasContent(document: BodyDocument): boolean {
  return document.content.some((block) => block.type !== "paragraph" || (block.content?.length ?? 0) > 0);
}

const checkbox = z.preprocess((value) => value === "on" || value === "true" || value === true, z.boolean()).default(false);

export const LiveUpdateInputSchema = z
  .object({
    /** The version the edit form was opened at (0 for a new update): a later save is refused. */
    version: z.coerce.number().int().min(0).max(1_000_000).default(0),
    headline: singleLine(
      z
        .string({ message: "The headline must be text." })
        .trim()
        .max(LIVE_FIELD_MAX.headline, `Keep the headline under ${LIVE_FIELD_MAX.headline} characters.`)
        .default(""),
      "Keep the headline on one line: remove the line breaks and tabs.",
    ),
    body: z
      .string({ message: EMPTY_UPDATE_MESSAGE })
      .max(LIVE_FIELD_MAX.body, `This update is too long: keep it under ${LIVE_FIELD_MAX.body.toLocaleString("en-GB")} characters of content, or split it in two.`)
      .default("")
      .transform((json, ctx) => {
        if (!json.trim()) {
          ctx.addIssue({ code: "custom", message: EMPTY_UPDATE_MESSAGE });
          return z.NEVER;
        }
        const checked = parseBodyJson(json);
        if (!checked.ok) {
          ctx.addIssue({ code: "custom", message: checked.message });
          return z.NEVER;
        }
        if (!documentHasContent(checked.document)) {
          ctx.addIssue({ code: "custom", message: EMPTY_UPDATE_MESSAGE });
          return z.NEVER;
        }
        return checked.document;
      }),
    keyEvent: checkbox,
    /** An edit that corrects a mistake: kept as such in the update's history and listed on /corrections. */
    correction: checkbox,
    correctionNote: z
      .string({ message: "Say what was corrected." })
      .trim()
      .max(LIVE_FIELD_MAX.correctionNote, `Keep the note under ${LIVE_FIELD_MAX.correctionNote} characters.`)
      .default(""),
  })
  .superRefine((input, ctx) => {
    if (hasUnstorableCharacters(input.correctionNote)) ctx.addIssue({ code: "custom", path: ["correctionNote"], message: UNSTORABLE_MESSAGE });
    if (input.correction && !input.correctionNote) ctx.addIssue({ code: "custom", path: ["correctionNote"], message: "Say what was corrected: readers see it on the corrections page." });
  });

export type LiveUpdateInput = z.output<typeof LiveUpdateInputSchema>;

export { MAX_CHANGES_PER_RANGE };

/** The range of changes a reader's page asks for: `<from>-<to>`, after `from` up to and including `to`. */
export function parseChangeRange(value: string): { from: number; to: number } | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value);
  if (!match) return null;
  const from = Number(match[1]);
  const to = Number(match[2]);
  if (to <= from || to - from > MAX_CHANGES_PER_RANGE) return null;
  return { from, to };
}
