// A correction or update note on a published article: one schema for the form and the action.
import { z } from "zod";
import { storable } from "@/lib/content/storable-text";

export const CORRECTION_KINDS = ["correction", "update"] as const;
export type CorrectionKind = (typeof CORRECTION_KINDS)[number];
export const CORRECTION_TEXT_MAX = 2_000;

/** How a note starts for readers: "Correction, 27 November 2026: …". */
export const CORRECTION_LABEL: Record<CorrectionKind, string> = { correction: "Correction", update: "Update" };

export function isCorrectionKind(value: string): value is CorrectionKind {
  return (CORRECTION_KINDS as readonly string[]).includes(value);
}

export const CorrectionInputSchema = z.object({
  kind: z.enum(CORRECTION_KINDS, { message: "Choose whether this is a correction or an update." }),
  text: storable(
    z
      .string({ message: "Say what was corrected or updated." })
      .trim()
      .min(1, "Say what was corrected or updated.")
      .max(CORRECTION_TEXT_MAX, `Keep the note under ${CORRECTION_TEXT_MAX.toLocaleString("en-GB")} characters.`),
  ),
});
export type CorrectionInput = z.output<typeof CorrectionInputSchema>;
