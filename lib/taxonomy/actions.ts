"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { formAction } from "@/lib/actions/form-action";
import { errorState, successState } from "@/lib/actions/state";
import { expireTags } from "@/lib/cache/tags";
import { createTerm, deleteTerm, mergeTerm, renameTerm } from "@/lib/taxonomy/mutations";
import { TaxonomyCreateSchema, TaxonomyDeleteSchema, TaxonomyMergeSchema, TaxonomyRenameSchema } from "@/lib/users/schemas";

const LABEL = { category: "Category", tag: "Tag" } as const;

function done(result: Awaited<ReturnType<typeof createTerm>>, formData: FormData, message: string) {
  if (!result.ok) return errorState(result.message, formData, result.fieldErrors);
  expireTags(result.tags);
  revalidatePath("/dashboard/taxonomy");
  return successState(message);
}

export const createTermAction = formAction("taxonomy:manage", TaxonomyCreateSchema, async (input, user, formData) =>
  done(await createTerm(user, input.kind, input.name), formData, `${LABEL[input.kind]} “${input.name}” created.`),
);

export const renameTermAction = formAction("taxonomy:manage", TaxonomyRenameSchema, async (input, user, formData) =>
  done(await renameTerm(user, input.kind, input.id, input.name), formData, `Renamed to “${input.name}”.`),
);

// Merging and deleting remove the row whose form made the request, so the outcome is shown on the
// page itself (see TAXONOMY_NOTICES) rather than in the row.
export const mergeTermAction = formAction("taxonomy:manage", TaxonomyMergeSchema, async (input, user, formData) => {
  const state = done(await mergeTerm(user, input.kind, input.id, input.targetId), formData, "");
  if (state.status === "error") return state;
  redirect(`/dashboard/taxonomy?notice=merged-${input.kind}`);
});

export const deleteTermAction = formAction("taxonomy:manage", TaxonomyDeleteSchema, async (input, user, formData) => {
  const state = done(await deleteTerm(user, input.kind, input.id), formData, "");
  if (state.status === "error") return state;
  redirect(`/dashboard/taxonomy?notice=deleted-${input.kind}`);
});
