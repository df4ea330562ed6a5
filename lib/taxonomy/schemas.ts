// One schema per taxonomy form (categories and tags), shared by the forms and the actions.
import { z } from "zod";
import { RecordIdSchema } from "@/lib/actions/schemas";
import { singleLine } from "@/lib/actions/schemas";
import { storable } from "@/lib/content/storable-text";

export const TAXONOMY_KINDS = ["category", "tag"] as const;
export type TaxonomyKind = (typeof TAXONOMY_KINDS)[number];

const TermNameSchema = z.object({
  kind: z.enum(TAXONOMY_KINDS),
  name: singleLine(
    storable(z.string().trim().min(1, "Enter a name.").max(60, "Keep the name under 60 characters."), "Remove the invisible control characters or broken symbols from the name."),
    "Keep the name on one line.",
  ),
});
/** A new section or tag, in the edition the dashboard's list shows. */
export const TaxonomyCreateSchema = TermNameSchema.extend({ editionId: RecordIdSchema });
export const TaxonomyRenameSchema = TermNameSchema.extend({ id: RecordIdSchema });
export const TaxonomyMergeSchema = z.object({
  kind: z.enum(TAXONOMY_KINDS),
  id: RecordIdSchema,
  targetId: z.string().min(1, "Choose where to merge it.").pipe(RecordIdSchema),
}).refine((input) => input.id !== input.targetId, { path: ["targetId"], message: "Choose a different one to merge into." });
export const TaxonomyDeleteSchema = z.object({ kind: z.enum(TAXONOMY_KINDS), id: RecordIdSchema });
